import { Bar, BarChart, CartesianGrid, Legend, Tooltip, XAxis, YAxis } from 'recharts';
import type { Band, WeekRow } from '../../lib/history/stats';
import { BANDS } from '../../lib/history/stats';
import type { Locale } from '../../lib/i18n';
import { t } from '../../lib/i18n';
import { ChartSection, DataTable } from './ChartSection';
import { formatCount, formatWeek } from './format';
import { AXIS_LINE, AXIS_TICK, BAND_COLOR, GRID_STROKE, TOOLTIP_CURSOR, TOOLTIP_STYLE } from './theme';

const HEIGHT = 240;

/** Inquiries per week, stacked by validity band. */
export function WeeklyChart({ weeks, locale }: { weeks: readonly WeekRow[]; locale: Locale }) {
  const title = t(locale, 'stats.weekly');
  const bandName = (b: string): string => t(locale, `stats.band.${b}`);
  const count = (n: unknown): string => formatCount(Number(n), locale);
  const data = weeks.map((w) => ({ ...w }));
  return (
    <ChartSection
      locale={locale}
      title={title}
      wide
      note={t(locale, 'stats.weekNote')}
      chart={(width) => (
        <BarChart width={width} height={HEIGHT} data={data} margin={{ top: 8, right: 8, bottom: 0, left: 0 }} accessibilityLayer={false}>
          <CartesianGrid vertical={false} stroke={GRID_STROKE} strokeDasharray="3 3" />
          <XAxis
            dataKey="week"
            tick={AXIS_TICK}
            axisLine={AXIS_LINE}
            tickLine={false}
            tickFormatter={(w: string) => formatWeek(w, locale, 'short')}
            interval="preserveStartEnd"
            minTickGap={12}
          />
          <YAxis allowDecimals={false} width={36} tick={AXIS_TICK} axisLine={false} tickLine={false} tickFormatter={count} />
          <Tooltip
            contentStyle={TOOLTIP_STYLE}
            cursor={TOOLTIP_CURSOR}
            labelFormatter={(w) => formatWeek(String(w), locale, 'long')}
            formatter={(value, name) => [count(value), name]}
          />
          {/* In series order (high → low; inquiries → won), not alphabetical, which differs per language. */}
          <Legend wrapperStyle={{ fontSize: 12 }} itemSorter={(item) => BANDS.indexOf(item.dataKey as Band)} />
          {BANDS.map((band) => (
            <Bar key={band} dataKey={band} name={bandName(band)} stackId="band" fill={BAND_COLOR[band]} isAnimationActive={false} />
          ))}
        </BarChart>
      )}
      table={
        <DataTable
          caption={title}
          columns={[
            { label: t(locale, 'stats.weekCol') },
            ...BANDS.map((b) => ({ label: bandName(b), numeric: true })),
            { label: t(locale, 'stats.totalCol'), numeric: true },
          ]}
          rows={weeks.map((w) => (
            <tr key={w.week}>
              <th scope="row">
                <time dateTime={w.week}>{formatWeek(w.week, locale, 'long')}</time>
              </th>
              {BANDS.map((b) => (
                <td key={b} className="il-num">
                  {count(w[b])}
                </td>
              ))}
              <td className="il-num">{count(w.high + w.medium + w.low)}</td>
            </tr>
          ))}
        />
      }
    />
  );
}
