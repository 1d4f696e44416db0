/** Products named without a digit, and models only in the quoted conversation. Cases written for this test. */
import { describe, expect, it } from 'vitest';
import { modelsIn, productSignal } from '../../../lib/signals/product';
import { ids, makeCtx } from './ctx';

describe('products named without a part number', () => {
  it('reads a labelled style or model in capitals', () => {
    expect(modelsIn('It is a Bernhardt sofa and the style is MONTEREY, fabric code 7063-010.')).toEqual(expect.arrayContaining(['MONTEREY', '7063-010']));
    expect(modelsIn('Model: NIGHTHAWK 2 please')).toContain('NIGHTHAWK 2');
    expect(modelsIn('Modelo: ATLANTA, color gris')).toContain('ATLANTA');
    expect(modelsIn('Modell: BERGEN in Eiche')).toContain('BERGEN');
    expect(modelsIn('Модель: ORION')).toContain('ORION');
  });
  it('reads a brand and its line after a count', () => {
    expect(modelsIn('I have four sleeves of Velora Tour Elite 90 and 8 sleeves of Pinnacle Gold Reach golf balls.')).toEqual([
      'Velora Tour Elite 90',
      'Pinnacle Gold Reach',
    ]);
    expect(modelsIn('We need 500 pairs of Nordkap Trail Runner in sizes 40-46.')).toContain('Nordkap Trail Runner');
  });
  it('leaves generic goods, commodities, places and filler alone', () => {
    for (const text of [
      'We can supply 5 containers of Brazilian Sugar ICUMSA grade.',
      'Send 2 tons of Copper Cathode to our port.',
      'Two of Our Best Customers asked.',
      'the type: standard',
      'Model: TBD',
      'Please register 2 members of my group for both courses.',
    ])
      expect(modelsIn(text), text).toEqual([]);
  });
});

describe('models in the quoted conversation', () => {
  const quoted = '> I have four sleeves of Velora Tour\n> Elite 90 and 8 sleeves of Pinnacle Gold Reach\n> golf balls. Let me know what you would pay.\n';
  it('shows the product the reply is about without giving it credit', () => {
    const hits = productSignal.run(
      makeCtx({ from: { name: '', address: 'r@example.org' }, subject: 'Re: Golf balls', body: 'Yes, please send your best price for all of them.', quoted }),
    );
    const q = hits.find((h) => h.id === 'product.quoted');
    expect(q?.data?.quotedModels).toBe('Velora Tour Elite 90, Pinnacle Gold Reach');
    expect(ids(hits)).not.toContain('product.model');
  });
  it('is silent for a mail that is no reply, such as an advert with someone else’s thread pasted under it', () => {
    const hits = productSignal.run(
      makeCtx({ from: { name: '', address: 'r@example.org' }, subject: 'Home warranty: first 2 months free', body: 'Get a quote today.', quoted }),
    );
    expect(ids(hits)).not.toContain('product.quoted');
  });
  it('is silent when the reply names its own model', () => {
    const hits = productSignal.run(
      makeCtx({ from: { name: '', address: 'r@example.org' }, subject: 'Re: Golf balls', body: 'Price for 3 dozen VT-90 please.', quoted }),
    );
    expect(ids(hits)).toEqual(expect.arrayContaining(['product.model']));
    expect(ids(hits)).not.toContain('product.quoted');
  });
});
