/** The worker's own refit after the rep's outcomes (issue: fitted weights and recalibration). */
import { describe, expect, it } from 'vitest';
import { refitDue, REFIT_EVERY } from '../../../lib/fit/auto';
import type { OutcomeExample } from '../../../lib/fit/recalibrate';
import { MIN_OUTCOMES } from '../../../lib/fit/recalibrate';
import { autoRecalibrator } from '../../../lib/extension/auto-recalibrate';
import type { Settings } from '../../../lib/settings';
import { DEFAULT_RECALIBRATION, makeSettings } from '../../../lib/settings';

/** A rep whose real buyers write from free mail: free mail became business 3 times out of 4. */
function market(n: number): OutcomeExample[] {
  return Array.from({ length: n }, (_, i) =>
    i % 4 === 3
      ? { ids: ['domain.free-mail', 'vague.generic-phrase'], outcome: 'no-reply' as const }
      : { ids: ['domain.free-mail', 'product.model'], outcome: 'won' as const },
  );
}

function harness(outcomes: OutcomeExample[], initial: Settings = makeSettings({})) {
  let settings = initial;
  const saved: Settings[] = [];
  const recorded = autoRecalibrator({
    outcomes: async () => outcomes,
    settings: () => settings,
    save: async (next) => {
      settings = next;
      saved.push(next);
    },
    now: () => new Date('2026-11-29T12:00:00Z'),
    schedule: (run) => run(),
  });
  return { recorded, saved, current: () => settings };
}

describe('automatic recalibration in the worker', () => {
  it('waits for the threshold, then refits once and again only after more outcomes', () => {
    expect(refitDue(DEFAULT_RECALIBRATION, MIN_OUTCOMES - 1)).toBe(false);
    expect(refitDue(DEFAULT_RECALIBRATION, MIN_OUTCOMES)).toBe(true);
    const fitted = { ...DEFAULT_RECALIBRATION, fittedAt: '2026-11-01T00:00:00Z', used: 40 };
    expect(refitDue(fitted, 40 + REFIT_EVERY - 1)).toBe(false);
    expect(refitDue(fitted, 40 + REFIT_EVERY)).toBe(true);
    expect(refitDue({ ...fitted, enabled: false }, 400)).toBe(false);
  });

  it('moves the free-mail weight towards the rep\u2019s market and saves it with the reason', async () => {
    const h = harness(market(120));
    expect(await h.recorded()).toBe(true);
    const r = h.current().recalibration;
    expect(r.fittedAt).toBe('2026-11-29T12:00:00.000Z');
    expect(r.used).toBe(120);
    const move = r.moves.find((m) => m.id === 'domain.free-mail');
    expect(move && move.to > move.from).toBe(true);
    expect(move?.real).toBe(90);
  });

  it('does nothing below the threshold or when the rep switched it off', async () => {
    expect(await harness(market(MIN_OUTCOMES - 1)).recorded()).toBe(false);
    const off = harness(market(120), makeSettings({ recalibration: { enabled: false } }));
    expect(await off.recorded()).toBe(false);
    expect(off.saved).toHaveLength(0);
  });
});
