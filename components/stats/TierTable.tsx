import { useId } from 'react';
import type { CustomerTier } from '../../lib/history/stats';
import type { Locale } from '../../lib/i18n';
import { t } from '../../lib/i18n';
import { ChartSection, DataTable } from './ChartSection';
import { formatCount, formatPercent, formatValue } from './format';

const TIERS = ['A', 'B', 'C'] as const;
/** A rep reviews the top of the list; hundreds of one-order customers would bury the A tier. */
export const MAX_CUSTOMERS = 100;

export interface TierSummary {
  tier: (typeof TIERS)[number];
  customers: number;
  value: number;
  /** Share of all won value, 0–1; 0 when no order values were recorded. */
  share: number;
}

export function summarizeTiers(tiers: readonly CustomerTier[]): { rows: TierSummary[]; total: number } {
  const total = tiers.reduce((sum, c) => sum + c.wonValue, 0);
  const rows = TIERS.map((tier) => {
    const members = tiers.filter((c) => c.tier === tier);
    const value = members.reduce((sum, c) => sum + c.wonValue, 0);
    return { tier, customers: members.length, value, share: total > 0 ? value / total : 0 };
  });
  return { rows, total };
}

/** The letter for the eye, "Tier A" / "A 类" for screen readers (a bare letter says little when read out). */
function TierBadge({ tier, name }: { tier: string; name: string }) {
  return (
    <>
      <span className={`il-stats-tier il-stats-tier-${tier}`} aria-hidden="true">
        {tier}
      </span>
      <span className="il-sr">{name}</span>
    </>
  );
}

/** A/B/C tiers of customers by won value: how concentrated the revenue is, and who the A customers are. */
export function TierTable({ tiers, locale }: { tiers: readonly CustomerTier[]; locale: Locale }) {
  const title = t(locale, 'stats.tiers');
  const headingId = useId();
  const count = (n: number): string => formatCount(n, locale);
  const value = (n: number): string => formatValue(n, locale);
  if (tiers.length === 0) {
    return (
      <section className="il-stats-card" aria-labelledby={headingId}>
        <h2 id={headingId}>{title}</h2>
        <p className="il-stats-empty">{t(locale, 'stats.noWon')}</p>
      </section>
    );
  }
  const { rows, total } = summarizeTiers(tiers);
  const a = rows[0]!;
  const shown = tiers.slice(0, MAX_CUSTOMERS);
  const tierName = (tier: string): string => t(locale, 'stats.tierName', { tier });
  return (
    <ChartSection
      locale={locale}
      title={title}
      note={t(locale, 'stats.tiersNote')}
      tableOpen
      table={
        <>
          {tiers.length > shown.length && (
            <p className="il-stats-note">{t(locale, 'stats.moreCustomers', { shown: count(shown.length), all: count(tiers.length) })}</p>
          )}
          <DataTable
            caption={title}
            columns={[
              { label: t(locale, 'stats.customerCol') },
              { label: t(locale, 'stats.tierCol') },
              { label: t(locale, 'stats.wonValueCol'), numeric: true },
              { label: t(locale, 'stats.ordersCol'), numeric: true },
            ]}
            rows={shown.map((c) => (
              <tr key={c.companyKey}>
                <th scope="row" className="il-stats-customer">
                  {c.label}
                </th>
                <td>
                  <TierBadge tier={c.tier} name={tierName(c.tier)} />
                </td>
                <td className="il-num">{value(c.wonValue)}</td>
                <td className="il-num">{count(c.orders)}</td>
              </tr>
            ))}
          />
        </>
      }
    >
      {total > 0 ? (
        <p className="il-stats-headline">
          {t(locale, 'stats.tierShare', {
            customers: count(a.customers),
            all: count(tiers.length),
            share: formatPercent(a.share, locale),
            value: value(a.value),
            total: value(total),
          })}
        </p>
      ) : (
        <p className="il-stats-note">{t(locale, 'stats.noValues')}</p>
      )}
      <DataTable
        caption={t(locale, 'stats.tierSummary')}
        columns={[
          { label: t(locale, 'stats.tierCol') },
          { label: t(locale, 'stats.customersCol'), numeric: true },
          { label: t(locale, 'stats.wonValueCol'), numeric: true },
          { label: t(locale, 'stats.shareCol'), numeric: true },
        ]}
        rows={rows.map((r) => (
          <tr key={r.tier}>
            <th scope="row">
              <TierBadge tier={r.tier} name={tierName(r.tier)} />
            </th>
            <td className="il-num">{count(r.customers)}</td>
            <td className="il-num">{value(r.value)}</td>
            <td className="il-num">{total > 0 ? formatPercent(r.share, locale) : '–'}</td>
          </tr>
        ))}
      />
    </ChartSection>
  );
}
