import { describe, expect, it } from 'vitest';
import { intentSignal } from '../../../lib/signals/intent';
import { ids, makeCtx } from './ctx';

const FROM = { name: 'Buyer', address: 'buyer@acme-trading.example' };
const ctx = (body: string, extra: Parameters<typeof makeCtx>[0] = {}, settings: Parameters<typeof makeCtx>[1] = {}) =>
  makeCtx({ from: FROM, body, ...extra }, settings);

describe('buying intent', () => {
  it('tells a sales pitch and a non-inquiry from a buyer', () => {
    expect(ids(intentSignal.run(ctx('I am a web designer and can redesign your website at affordable rates.')))).toContain('vague.sales-pitch');
    expect(ids(intentSignal.run(ctx('please write me i have something to disclose to you')))).toContain('vague.no-buying-intent');
    expect(intentSignal.run(ctx('Please send your price for 500 pcs.'))).toEqual([]);
    expect(intentSignal.run(ctx('Пришлите, пожалуйста, цену.'))).toEqual([]);
  });
});
