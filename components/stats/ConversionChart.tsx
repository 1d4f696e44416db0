import { Bar, BarChart, CartesianGrid, Legend, Tooltip, XAxis, YAxis } from 'recharts';
import type { ConversionRow } from '../../lib/history/stats';
import type { Locale } from '../../lib/i18n';
import { t } from '../../lib/i18n';
import { ChartSection, DataTable } from './ChartSection';
import { formatCount, formatPercent } from './format';
import { ACCENT, AXIS_LINE, AXIS_TICK, BAND_COLOR, GRID_STROKE, MUTED, TOOLTIP_CURSOR, TOOLTIP_STYLE } from './theme';

const HEIGHT = 250;

interface TickProps {
  x?: number | string;
  y?: number | string;
  payload?: { value?: unknown; index?: number };
}

/** Inquiries, engaged and won per validity band, with the won rate under each band's name. */
export function ConversionChart({ rows, locale }: { rows: readonly ConversionRow[]; locale: Locale }) {
  const title = t(locale, 'stats.conversion');
  const count = (n: unknown): string => formatCount(Number(n), locale);
  const data = rows.map((r) => ({
    ...r,
    name: t(locale, `stats.band.${r.band}`),
    rateText: formatPercent(r.rate, locale),
  }));
  const series = [
    { key: 'total', name: t(locale, 'stats.countCol'), fill: MUTED },
    { key: 'engaged', name: t(locale, 'stats.engagedCol'), fill: ACCENT },
    { key: 'won', name: t(locale, 'stats.wonCol'), fill: 'var(--il-high)' },
  ] as const;

  // Two lines under each group: the band in its colour, then its won rate, readable without hovering.
  function bandTick({ x, y, payload }: TickProps) {
    const row = data[payload?.index ?? -1] ?? data.find((d) => d.name === payload?.value);
    if (!row) return null;
    return (
      <g transform={`translate(${Number(x)},${Number(y)})`}>
        <text textAnchor="middle" fontSize={12}>
          <tspan x={0} dy={12} fill={BAND_COLOR[row.band]} fontWeight={700}>
            {row.name}
          </tspan>
          <tspan x={0} dy={15} fill="var(--il-fg)">
            {t(locale, 'stats.rateCol')} {row.rateText}
          </tspan>
        </text>
      </g>
    );
  }

  return (
    <ChartSection
      locale={locale}
      title={title}
      note={t(locale, 'stats.conversionNote')}
      chart={(width) => (
        <BarChart width={width} height={HEIGHT} data={data} margin={{ top: 8, right: 8, bottom: 8, left: 0 }} accessibilityLayer={false}>
          <CartesianGrid vertical={false} stroke={GRID_STROKE} strokeDasharray="3 3" />
          <XAxis dataKey="name" axisLine={AXIS_LINE} tickLine={false} interval={0} height={38} tick={(p: TickProps) => bandTick(p) ?? <g />} />
          <YAxis allowDecimals={false} width={36} tick={AXIS_TICK} axisLine={false} tickLine={false} tickFormatter={count} />
          <Tooltip contentStyle={TOOLTIP_STYLE} cursor={TOOLTIP_CURSOR} formatter={(value, name) => [count(value), name]} />
          {/* In series order (high → low; inquiries → won), not alphabetical, which differs per language. */}
          <Legend wrapperStyle={{ fontSize: 12 }} itemSorter={(item) => series.findIndex((x) => x.key === item.dataKey)} />
          {series.map((s) => (
            <Bar key={s.key} dataKey={s.key} name={s.name} fill={s.fill} isAnimationActive={false} />
          ))}
        </BarChart>
      )}
      table={
        <DataTable
          caption={title}
          columns={[
            { label: t(locale, 'stats.bandCol') },
            { label: t(locale, 'stats.countCol'), numeric: true },
            { label: t(locale, 'stats.engagedCol'), numeric: true },
            { label: t(locale, 'stats.wonCol'), numeric: true },
            { label: t(locale, 'stats.rateCol'), numeric: true },
          ]}
          rows={data.map((r) => (
            <tr key={r.band}>
              <th scope="row">
                <span className={`il-stats-band il-stats-band-${r.band}`}>{r.name}</span>
                <span className="il-stats-sub">{t(locale, `band.${r.band}`)}</span>
              </th>
              <td className="il-num">{count(r.total)}</td>
              <td className="il-num">{count(r.engaged)}</td>
              <td className="il-num">{count(r.won)}</td>
              <td className="il-num">{r.rateText}</td>
            </tr>
          ))}
        />
      }
    />
  );
}
