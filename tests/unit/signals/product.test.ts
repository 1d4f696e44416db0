import { describe, expect, it } from 'vitest';
import { findModels, findQuantities, productSignal } from '../../../lib/signals/product';
import { ids, makeCtx } from './ctx';

const FROM = { name: 'Buyer', address: 'buyer@acme-trading.example' };
const ctx = (body: string, extra: Parameters<typeof makeCtx>[0] = {}, settings: Parameters<typeof makeCtx>[1] = {}) =>
  makeCtx({ from: FROM, body, ...extra }, settings);
const evidence = (hits: { id: string; evidence: string }[], id: string) => hits.find((h) => h.id === id)?.evidence;

describe('product', () => {
  it('finds model and part numbers, not look-alikes', () => {
    const models = findModels(
      ctx(
        'Please quote LX-T8-1200-18W and SG-NT35, flange 4410-B and crystal KT-XTAL-16M-3225. PO 24-0187, 40HQ, ISO9001, 220-240V, 5-year warranty, call +1 419-555-0182, jmorris1987@outlook.com, 2025 catalogue.',
      ),
    );
    expect(models).toEqual(expect.arrayContaining(['LX-T8-1200-18W', 'SG-NT35', '4410-B', 'KT-XTAL-16M-3225']));
    for (const not of ['24-0187', '40HQ', 'ISO9001', '220-240V', '5-year', 'jmorris1987']) expect(models).not.toContain(not);
  });

  it('finds quantities with units in several languages and thousands separators', () => {
    const q = (s: string) => findQuantities(ctx(s)).map((x) => x.value);
    expect(q('12,000 pcs and 6.000 pcs')).toEqual([12000, 6000]);
    expect(q('1000 шт. и 400 шт.')).toEqual([1000, 400]);
    expect(q('20.000 pçs')).toEqual([20000]);
    expect(q('150 Stück')).toEqual([150]);
    expect(findQuantities(ctx('2 x 40HQ mixed'))[0]?.containers).toBe(2);
    expect(q('We are interested in your products')).toEqual([]);
  });

  it('reads the trade and commodity units a platform\u2019s buying request uses', () => {
    const q = (s: string) => findQuantities(ctx(s)).map((x) => x.text);
    expect(q('Quantity: 500 Kilogram/Kilograms')).toEqual(['500 Kilogram']);
    expect(q('Quantity: 20000 Liter/Liters, 300 Square Meter/Square Meters')).toEqual(['20000 Liter', '300 Square Meter']);
    expect(q('5 Metric Ton/Metric Tons, 100 Pack/Packs, 50000 barrels per month')).toEqual(['5 Metric Ton', '100 Pack', '50000 barrels']);
    expect(findQuantities(ctx('Sourcing quantity: 2 Forty-Foot Container'))[0]?.containers).toBe(2);
    // Units count only after a number: "we can" is not a quantity of cans.
    expect(q('We can ship in May and hope you can help.')).toEqual([]);
  });

  it('reports model, quantity and specification hits with evidence', () => {
    const hits = productSignal.run(ctx('LX-T8-1200-18W, 4 ft, 18W, 4000K - 12,000 pcs'));
    expect(ids(hits)).toEqual(expect.arrayContaining(['product.model', 'product.quantity', 'product.spec']));
    expect(hits.find((h) => h.id === 'product.quantity')?.data?.max).toBe(12000);
  });

  it('weighs models from the rep\u2019s own catalog higher, however they are spaced', () => {
    const hits = productSignal.run(ctx('Need lx t8 1200 18w, 500 pcs', {}, { catalog: [{ model: 'LX-T8-1200-18W', name: 'T8 tube' }] }));
    expect(evidence(hits, 'product.catalog')).toBe('LX-T8-1200-18W');
  });

  it('recognises the rep\u2019s industry words', () => {
    expect(ids(productSignal.run(ctx('we sell LED lighting', {}, { industryWords: ['LED lighting'] })))).toContain('product.industry');
  });
});
