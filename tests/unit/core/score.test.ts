import { describe, expect, it } from 'vitest';
import { bandOf, scoreHits } from '../../../lib/score';
import type { SignalHit } from '../../../lib/signals/types';
import { BASELINE, GROUP_CAPS, RISK_CAP, WEIGHTS } from '../../../lib/weights';
import type { SignalId } from '../../../lib/weights';

const h = (id: SignalId, weight: number = WEIGHTS[id].weight): SignalHit => ({ id, weight, evidence: id });

describe('scoreHits', () => {
  it('starts from the baseline and adds each weight, showing what each hit counted', () => {
    const r = scoreHits([h('website.present'), h('domain.match'), h('domain.free-mail')]);
    expect(r.score).toBe(BASELINE + 12 + 12 - 8);
    expect(r.signals.map((s) => s.counted)).toEqual([12, 12, -8]);
    expect(r.risk).toBe(false);
  });

  it('caps a group so many small hits cannot decide the verdict alone', () => {
    const many = Array.from({ length: 10 }, () => h('trade.certificate'));
    const r = scoreHits(many);
    expect(r.signals.reduce((a, s) => a + s.counted, 0)).toBe(GROUP_CAPS.trade);
    expect(r.score).toBe(BASELINE + GROUP_CAPS.trade);
  });

  it('any scam signal sets risk and caps the score in the low band, however strong the rest', () => {
    const strong = [h('website.present'), h('domain.match'), h('product.catalog'), h('product.quantity'), h('trade.incoterm'), h('trade.payment'), h('contact.company-name')];
    expect(scoreHits(strong).band).toBe('high');
    const r = scoreHits([...strong, h('scam.shortener')]);
    expect(r.risk).toBe(true);
    expect(r.score).toBeLessThanOrEqual(RISK_CAP);
    expect(r.band).toBe('low');
  });

  it('keeps scores within 0–100', () => {
    expect(scoreHits(Array.from({ length: 20 }, () => h('scam.advance-fee'))).score).toBe(0);
    const ids: SignalId[] = ['website.present', 'domain.match', 'product.catalog', 'product.model', 'product.quantity', 'trade.incoterm', 'trade.payment', 'contact.company-name', 'contact.address', 'contact.landline', 'meta.existing-customer', 'memory.existing-contact'];
    expect(scoreHits(ids.map((i) => h(i))).score).toBe(100);
  });

  it('uses the weight each hit carries, so settings overrides change the verdict', () => {
    expect(scoreHits([h('domain.free-mail', -30)]).score).toBe(BASELINE - 30);
  });
});

describe('bandOf', () => {
  it('draws the band lines at 70 and 40', () => {
    expect([bandOf(70), bandOf(69), bandOf(40), bandOf(39)]).toEqual(['high', 'medium', 'medium', 'low']);
  });
});
