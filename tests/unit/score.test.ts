import { describe, expect, it } from 'vitest';
import { CALIBRATION } from '../../lib/calibration.fitted';
import { bandOf, calibratedScore, scoreHits } from '../../lib/score';
import type { SignalHit } from '../../lib/signals/types';
import { BANDS, BASELINE, GROUP_CAPS, RISK_CAP, WEIGHTS } from '../../lib/weights';
import type { SignalId } from '../../lib/weights';

const h = (id: SignalId, weight: number = WEIGHTS[id].weight): SignalHit => ({ id, weight, evidence: id });

describe('scoreHits', () => {
  it('starts from the baseline and adds each weight, showing what each hit counted', () => {
    const r = scoreHits([h('website.present'), h('domain.match'), h('domain.free-mail')]);
    expect(r.points).toBe(BASELINE + 12 + 12 - 8);
    expect(r.score).toBe(calibratedScore(r.points));
    expect(r.signals.map((s) => s.counted)).toEqual([12, 12, -8]);
    expect(r.risk).toBe(false);
  });

  it('caps a group so many small hits cannot decide the verdict alone', () => {
    const many = Array.from({ length: 10 }, () => h('trade.certificate'));
    const r = scoreHits(many);
    expect(r.signals.reduce((a, s) => a + s.counted, 0)).toBe(GROUP_CAPS.trade);
    expect(r.points).toBe(BASELINE + GROUP_CAPS.trade);
  });

  it('any scam signal sets risk and caps the score in the low band, however strong the rest', () => {
    const strong = [
      h('website.present'),
      h('domain.match'),
      h('product.catalog'),
      h('product.quantity'),
      h('trade.incoterm'),
      h('trade.payment'),
      h('contact.company-name'),
    ];
    expect(scoreHits(strong).band).toBe('high');
    const r = scoreHits([...strong, h('scam.shortener')]);
    expect(r.risk).toBe(true);
    expect(r.score).toBeLessThanOrEqual(RISK_CAP);
    expect(r.band).toBe('low');
  });

  it('keeps points within 0–100, and the score an estimate that never claims certainty', () => {
    const worst = scoreHits(Array.from({ length: 20 }, () => h('scam.advance-fee')));
    expect(worst.points).toBe(0);
    expect(worst.score).toBeLessThan(5);
    const ids: SignalId[] = [
      'website.present',
      'domain.match',
      'product.catalog',
      'product.model',
      'product.quantity',
      'trade.incoterm',
      'trade.payment',
      'contact.company-name',
      'contact.address',
      'contact.landline',
      'meta.existing-customer',
      'memory.existing-contact',
    ];
    const best = scoreHits(ids.map((i) => h(i)));
    expect(best.points).toBe(100);
    expect(best.score).toBeGreaterThan(95);
    expect(best.score).toBeLessThan(100);
  });

  it('uses the weight each hit carries, so settings overrides change the verdict', () => {
    const mild = scoreHits([h('domain.free-mail')]);
    const harsh = scoreHits([h('domain.free-mail', -30)]);
    expect(harsh.points).toBe(BASELINE - 30);
    expect(harsh.score).toBeLessThan(mild.score);
  });
});

describe('calibratedScore', () => {
  it('never falls as the evidence rises, and says 50 % at the calibration centre', () => {
    const scores = Array.from({ length: 101 }, (_, p) => calibratedScore(p));
    expect(scores.every((s, i) => i === 0 || s >= scores[i - 1]!)).toBe(true);
    expect(calibratedScore(Math.round(CALIBRATION.center))).toBeGreaterThanOrEqual(45);
    expect(calibratedScore(Math.round(CALIBRATION.center))).toBeLessThanOrEqual(55);
  });

  it('puts the band lines on the estimate: a mail needs clearly more evidence for high than for medium', () => {
    const firstAt = (line: number) => Array.from({ length: 101 }, (_, p) => p).find((p) => calibratedScore(p) >= line)!;
    expect(firstAt(BANDS.high)).toBeGreaterThan(firstAt(BANDS.medium) + 20);
    expect(bandOf(calibratedScore(firstAt(BANDS.high)))).toBe('high');
    expect(bandOf(calibratedScore(firstAt(BANDS.high) - 1))).toBe('medium');
  });
});

describe('bandOf', () => {
  it('draws the band lines at 88 % and 35 % real buyers', () => {
    expect([bandOf(88), bandOf(87), bandOf(35), bandOf(34)]).toEqual(['high', 'medium', 'medium', 'low']);
  });
});
