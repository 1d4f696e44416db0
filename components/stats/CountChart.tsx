import { Bar, BarChart, CartesianGrid, LabelList, Tooltip, XAxis, YAxis } from 'recharts';
import type { CountRow } from '../../lib/history/stats';
import type { Locale } from '../../lib/i18n';
import { t } from '../../lib/i18n';
import { ChartSection, DataTable } from './ChartSection';
import { formatCount, regionLabel, sourceLabel } from './format';
import { ACCENT, AXIS_LINE, AXIS_TICK, GRID_STROKE, TOOLTIP_CURSOR, TOOLTIP_STYLE } from './theme';

const ROW = 30;

interface Props {
  rows: readonly CountRow[];
  locale: Locale;
  title: string;
  keyHeading: string;
  labelOf: (key: string) => string;
}

/**
 * Inquiries per category as horizontal bars, largest first: long names (“Middle East & North Africa”)
 * stay readable on a narrow screen, where they would not fit under vertical bars.
 */
export function CountChart({ rows, locale, title, keyHeading, labelOf }: Props) {
  const data = rows.map((r) => ({ label: labelOf(r.key), count: r.count }));
  const count = (n: unknown): string => formatCount(Number(n), locale);
  return (
    <ChartSection
      locale={locale}
      title={title}
      chart={(width) => (
        <BarChart
          layout="vertical"
          width={width}
          height={data.length * ROW + 32}
          data={data}
          margin={{ top: 4, right: 32, bottom: 0, left: 0 }}
          accessibilityLayer={false}
        >
          <CartesianGrid horizontal={false} stroke={GRID_STROKE} strokeDasharray="3 3" />
          <XAxis type="number" allowDecimals={false} tick={AXIS_TICK} axisLine={AXIS_LINE} tickLine={false} tickFormatter={count} />
          {/* About 40 % of the width for names: enough for most, and the rest still shows the bars. */}
          <YAxis
            type="category"
            dataKey="label"
            width={Math.round(Math.min(170, width * 0.42))}
            tick={AXIS_TICK}
            axisLine={false}
            tickLine={false}
            interval={0}
          />
          <Tooltip contentStyle={TOOLTIP_STYLE} cursor={TOOLTIP_CURSOR} formatter={(value) => [count(value), t(locale, 'stats.countCol')]} />
          <Bar dataKey="count" name={t(locale, 'stats.countCol')} fill={ACCENT} isAnimationActive={false} barSize={18}>
            <LabelList dataKey="count" position="right" formatter={count} fill="var(--il-fg)" fontSize={12} />
          </Bar>
        </BarChart>
      )}
      table={
        <DataTable
          caption={title}
          columns={[{ label: keyHeading }, { label: t(locale, 'stats.countCol'), numeric: true }]}
          rows={data.map((r, i) => (
            <tr key={rows[i]!.key}>
              <th scope="row">{r.label}</th>
              <td className="il-num">{count(r.count)}</td>
            </tr>
          ))}
        />
      }
    />
  );
}

export function RegionChart({ rows, locale }: { rows: readonly CountRow[]; locale: Locale }) {
  return (
    <CountChart
      rows={rows}
      locale={locale}
      title={t(locale, 'stats.region')}
      keyHeading={t(locale, 'stats.regionCol')}
      labelOf={(k) => regionLabel(locale, k)}
    />
  );
}

export function SourceChart({ rows, locale }: { rows: readonly CountRow[]; locale: Locale }) {
  return (
    <CountChart
      rows={rows}
      locale={locale}
      title={t(locale, 'stats.source')}
      keyHeading={t(locale, 'stats.sourceCol')}
      labelOf={(k) => sourceLabel(locale, k)}
    />
  );
}
