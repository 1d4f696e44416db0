/**
 * Recalibration from the rep's outcomes (issue 10): a rep whose market differs from the shipped data gets
 * a score that ranks their later mail better, scams stay flagged, a few outcomes only nudge the table,
 * and switching it off or resetting brings back the shipped weights.
 */
import { describe, expect, it } from 'vitest';
import { calibratedScore } from '../../../lib/score';
import { analyze } from '../../../lib/analyze';
import { rocAuc } from '../../../lib/evaluation';
import { seededRandom } from '../../../lib/fit/logistic';
import { makeInquiry } from '../../../lib/inquiry';
import type { OutcomeExample, OutcomeValue, Recalibrated } from '../../../lib/fit/recalibrate';
import { MIN_OUTCOMES, recalibrate } from '../../../lib/fit/recalibrate';
import { scoreHits } from '../../../lib/score';
import { DEFAULT_RECALIBRATION, makeSettings } from '../../../lib/settings';
import type { SignalId } from '../../../lib/weights';
import { BASELINE, effectiveWeights, GROUP_CAPS, SIGNAL_IDS, WEIGHTS } from '../../../lib/weights';

const SPECS = Object.fromEntries(SIGNAL_IDS.map((id) => [id, { kind: WEIGHTS[id].kind, group: WEIGHTS[id].group }]));
const SHIPPED = { baseline: BASELINE, weights: Object.fromEntries(SIGNAL_IDS.map((id) => [id, WEIGHTS[id].weight])) };
const OPTIONS = { specs: SPECS, caps: GROUP_CAPS, shipped: SHIPPED };

interface Mail {
  ids: SignalId[];
  buyer: boolean;
  scam: boolean;
}

/**
 * A rep whose buyers are small shops writing short mails from free mailboxes without a signature, while
 * most of what does not become business comes from company domains with full signatures (agents, service
 * sellers, price fishers). The shipped table, made on export mail, ranks these the wrong way round.
 */
function market(n: number, seed: number): Mail[] {
  const rnd = seededRandom(seed);
  const maybe = (p: number, id: SignalId): SignalId[] => (rnd() < p ? [id] : []);
  const mails: Mail[] = [];
  for (let i = 0; i < n; i++) {
    const buyer = rnd() < 0.4;
    const scam = !buyer && rnd() < 0.1;
    const ids: SignalId[] = buyer
      ? [
          ...(rnd() < 0.85 ? (['domain.free-mail', 'domain.no-website'] as SignalId[]) : (['domain.company'] as SignalId[])),
          ...maybe(0.7, 'contact.no-signature'),
          ...maybe(0.6, 'request.named'),
          ...maybe(0.5, 'vague.very-short'),
          ...maybe(0.3, 'product.quantity'),
        ]
      : [
          ...(rnd() < 0.8 ? (['domain.company'] as SignalId[]) : (['domain.free-mail', 'domain.no-website'] as SignalId[])),
          ...maybe(0.7, 'contact.company-name'),
          ...maybe(0.7, 'contact.landline'),
          ...maybe(0.5, 'contact.address'),
          ...maybe(0.4, 'request.named'),
          ...maybe(0.3, 'vague.generic-phrase'),
          ...maybe(0.3, 'product.quantity'),
          ...(scam ? (['scam.lure'] as SignalId[]) : []),
        ];
    mails.push({ ids, buyer, scam });
  }
  return mails;
}

function outcomesOf(mails: readonly Mail[], seed: number): OutcomeExample[] {
  const rnd = seededRandom(seed);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(rnd() * xs.length)]!;
  return mails.map((m) => ({
    ids: m.ids,
    outcome: (m.buyer ? pick(['won', 'quoted', 'sample-sent', 'replied']) : m.scam ? 'confirmed-scam' : 'no-reply') as OutcomeValue,
  }));
}

function judge(mails: readonly Mail[], learned?: Recalibrated | null) {
  const weights = effectiveWeights({}, learned?.weights ?? {});
  const rs = mails.map((m) =>
    scoreHits(
      m.ids.map((id) => ({ id, weight: weights[id], evidence: '' })),
      { baseline: learned?.baseline ?? BASELINE },
    ),
  );
  return {
    auc: rocAuc(
      rs.filter((_, i) => mails[i]!.buyer).map((r) => r.score),
      rs.filter((_, i) => !mails[i]!.buyer).map((r) => r.score),
    )!,
    scamsFlagged: rs.filter((r, i) => mails[i]!.scam && r.risk).length / mails.filter((m) => m.scam).length,
  };
}

const drift = (r: Recalibrated) => r.moves.reduce((a, m) => a + Math.abs(m.to - m.from), 0) + Math.abs(r.baseline - r.baselineFrom);

describe('recalibration from the rep\u2019s outcomes', () => {
  it('ranks the rep\u2019s later mail better after a few hundred outcomes, and still flags every scam', () => {
    const learned = recalibrate(outcomesOf(market(400, 1), 2), OPTIONS);
    expect(learned).not.toBeNull();
    const later = market(400, 3);
    const before = judge(later);
    const after = judge(later, learned);
    expect(after.auc).toBeGreaterThan(before.auc + 0.05);
    expect(after.scamsFlagged).toBe(1);
    expect(before.scamsFlagged).toBe(1);
    // The free-mail penalty is what this market contradicts: it shrinks (never turns into praise).
    const freeMail = learned!.moves.find((m) => m.id === 'domain.free-mail');
    expect(freeMail).toBeDefined();
    expect(freeMail!.to).toBeGreaterThan(freeMail!.from);
    expect(freeMail!.to).toBeLessThanOrEqual(0);
    // Scam weights stay as shipped.
    expect(Object.keys(learned!.weights).filter((id) => WEIGHTS[id as SignalId].kind === 'scam')).toEqual([]);
  });

  it('explains each move with the outcomes behind it', () => {
    const outcomes = outcomesOf(market(300, 4), 5);
    const learned = recalibrate(outcomes, OPTIONS)!;
    const freeMail = learned.moves.find((m) => m.id === 'domain.free-mail')!;
    const fired = outcomes.filter((o) => o.ids.includes('domain.free-mail') && o.outcome !== 'confirmed-scam');
    expect(freeMail.fired).toBe(fired.length);
    expect(freeMail.real).toBe(fired.filter((o) => ['won', 'quoted', 'sample-sent', 'replied'].includes(o.outcome)).length);
  });

  it('waits for enough outcomes, counting only inquiries with one', () => {
    const mails = market(200, 6);
    const outcomes = outcomesOf(mails, 7).filter((o) => o.outcome !== 'confirmed-scam');
    const none: OutcomeExample[] = outcomes.map((o) => ({ ...o, outcome: 'none' }));
    expect(recalibrate([...outcomes.slice(0, MIN_OUTCOMES - 1), ...none], OPTIONS)).toBeNull();
    expect(recalibrate(outcomes.slice(0, MIN_OUTCOMES), OPTIONS)).not.toBeNull();
  });

  it('moves the table a little on a few outcomes and more on many (pulled towards the shipped weights)', () => {
    const mails = market(600, 8);
    const outcomes = outcomesOf(mails, 9);
    const few = recalibrate(outcomes.slice(0, 40), OPTIONS)!;
    const many = recalibrate(outcomes, OPTIONS)!;
    expect(drift(few)).toBeLessThan(drift(many));
  });

  it('is used by the verdict only while switched on, under the rep\u2019s own overrides, and a reset restores the shipped table', () => {
    const learned = recalibrate(outcomesOf(market(400, 10), 11), OPTIONS)!;
    const recalibration = {
      ...DEFAULT_RECALIBRATION,
      enabled: true,
      baseline: learned.baseline,
      weights: learned.weights,
      moves: learned.moves,
      used: learned.used,
      realBuyers: learned.realBuyers,
    };
    const inquiry = makeInquiry({
      source: 'paste',
      id: 'r1',
      from: { name: 'Ana', address: 'ana.shop@gmail.com' },
      subject: 'price',
      body: 'Hi, how much for 50 pcs of the blue ceramic mugs? Ana',
    });
    const on = analyze(inquiry, { settings: makeSettings({ recalibration }) });
    const off = analyze(inquiry, { settings: makeSettings({ recalibration: { ...recalibration, enabled: false } }) });
    const reset = analyze(inquiry, { settings: makeSettings({ recalibration: DEFAULT_RECALIBRATION }) });
    const shipped = analyze(inquiry);
    expect(off.score).toBe(shipped.score);
    expect(reset.score).toBe(shipped.score);
    const free = on.signals.find((s) => s.id === 'domain.free-mail');
    expect(free?.weight).toBe(learned.weights['domain.free-mail']);
    expect(on.baseline).toBe(learned.baseline);
    // Every point is still explained: the baseline plus what each signal counted.
    expect(on.points).toBe(Math.round(Math.min(100, Math.max(0, on.baseline + on.signals.reduce((a, s) => a + s.counted, 0)))));
    expect(on.score).toBe(calibratedScore(on.points));
    const manual = analyze(inquiry, { settings: makeSettings({ recalibration, weightOverrides: { 'domain.free-mail': -20 } }) });
    expect(manual.signals.find((s) => s.id === 'domain.free-mail')?.weight).toBe(-20);
  });

  it('is stored as validated settings: off-scale learned weights are refused, old settings get recalibration on and empty', () => {
    expect(makeSettings({}).recalibration).toEqual(DEFAULT_RECALIBRATION);
    expect(DEFAULT_RECALIBRATION).toMatchObject({ enabled: true, weights: {}, moves: [], used: 0 });
    expect(() => makeSettings({ recalibration: { ...DEFAULT_RECALIBRATION, weights: { 'domain.free-mail': 500 } } })).toThrow();
    expect(() => makeSettings({ recalibration: { ...DEFAULT_RECALIBRATION, baseline: -5 } })).toThrow();
  });
});
