import type { ReactNode, RefObject } from 'react';
import { useId, useLayoutEffect, useRef, useState } from 'react';
import type { Locale } from '../../lib/i18n';
import { t } from '../../lib/i18n';

/** Wide enough for a 360 px screen with the page's padding. */
export const FALLBACK_WIDTH = 340;

/**
 * The width of the chart's box, followed as the window resizes. Recharts' ResponsiveContainer renders
 * nothing while the box measures 0 (as in a test DOM, or before layout), so a measured 0 falls back to
 * a fixed width instead of an empty chart.
 */
export function useChartWidth(fallback = FALLBACK_WIDTH): [RefObject<HTMLDivElement>, number] {
  const ref = useRef<HTMLDivElement>(null);
  const [measured, setMeasured] = useState(0);
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return undefined;
    const measure = (): void => setMeasured(Math.floor(el.getBoundingClientRect().width));
    measure();
    if (typeof ResizeObserver === 'undefined') return undefined;
    const observer = new ResizeObserver(measure);
    observer.observe(el);
    return () => observer.disconnect();
  }, []);
  return [ref, measured > 0 ? measured : fallback];
}

interface Props {
  locale: Locale;
  title: string;
  note?: string;
  /** Draws the chart at the given width; omitted for sections that are a table only. */
  chart?: (width: number) => ReactNode;
  /** The same numbers as a table, for screen readers, keyboard users and anyone who wants exact values. */
  table: ReactNode;
  /** Show the table itself instead of folding it away (when the table is the main content). */
  tableOpen?: boolean;
  /** Spans the whole row when the page has two columns (long time axes, wide tables). */
  wide?: boolean;
  children?: ReactNode;
}

/** One statistic: a heading, the chart, and its data table. */
export function ChartSection({ locale, title, note, chart, table, tableOpen, wide, children }: Props) {
  const id = useId();
  const [ref, width] = useChartWidth();
  return (
    <section className={wide ? 'il-stats-card il-stats-wide' : 'il-stats-card'} aria-labelledby={id}>
      <h2 id={id}>{title}</h2>
      {note && <p className="il-stats-note">{note}</p>}
      {chart && (
        // The chart is a picture of the table below it: one accessible name here, the numbers there.
        <div ref={ref} className="il-stats-chart" role="img" aria-label={t(locale, 'stats.chartLabel', { title })}>
          {chart(width)}
        </div>
      )}
      {children}
      {tableOpen ? (
        table
      ) : (
        <details className="il-stats-data">
          <summary>{t(locale, 'stats.dataTable')}</summary>
          {table}
        </details>
      )}
    </section>
  );
}

/** A data table whose caption (hidden visually, the heading shows it) names it for assistive technology. */
/** A column heading; numeric columns align right so digits line up. */
export interface Column {
  label: string;
  numeric?: boolean;
}

export function DataTable({ caption, columns, rows, foot }: { caption: string; columns: readonly Column[]; rows: ReactNode; foot?: ReactNode }) {
  return (
    <div className="il-stats-table-wrap">
      <table className="il-stats-table">
        <caption className="il-sr">{caption}</caption>
        <thead>
          <tr>
            {columns.map((c, i) => (
              <th key={i} scope="col" {...(c.numeric ? { className: 'il-num' } : {})}>
                {c.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>{rows}</tbody>
        {foot && <tfoot>{foot}</tfoot>}
      </table>
    </div>
  );
}
