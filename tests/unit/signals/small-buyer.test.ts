/**
 * How a small or consumer buyer commits (the price they will pay, how they will pay), and specifications
 * that are not: times, street directions, house numbers above a postcode. Cases written for this test.
 */
import { describe, expect, it } from 'vitest';
import { productSignal } from '../../../lib/signals/product';
import { tradeSignal } from '../../../lib/signals/trade';
import { vaguenessSignal } from '../../../lib/signals/vagueness';
import { ids, makeCtx } from './ctx';

const FROM = { name: '', address: 'pat.lowry@example.net' };
const hitsOf = (run: (c: ReturnType<typeof makeCtx>) => { id: string; evidence: string }[], body: string) => run(makeCtx({ from: FROM, body }));

describe('a buyer who says how and what they will pay', () => {
  it('reads payment by card, PayPal or cheque and "send payment" as payment terms', () => {
    for (const body of [
      'I can send payment via PayPal once you confirm.',
      'We will pay by credit card.',
      'Please email your payment info and I will wire the funds.',
      'Pagamos con PayPal al confirmar el pedido.',
      'Zahlung per PayPal ist für uns am einfachsten.',
      'Le paiement par carte nous convient.',
      'Оплата через PayPal.',
      '我们可以通过PayPal付款。',
    ])
      expect(ids(tradeSignal.run(makeCtx({ from: FROM, body }))), body).toContain('trade.payment');
  });
  it('reads a price the buyer offers as a target price', () => {
    for (const body of [
      'Would you accept $100 for a dozen?',
      'Ok, I will buy the whole lot for $155 delivered.',
      'Our budget is around EUR 4,000 for the set.',
      'Nuestro presupuesto es de USD 2.500 para el lote.',
      'Unser Budget liegt bei EUR 3.000.',
      '¿Aceptaría $90 por unidad?',
    ])
      expect(ids(tradeSignal.run(makeCtx({ from: FROM, body }))), body).toContain('trade.target-price');
  });
  it('does not read a question about terms or a seller’s price as the buyer’s', () => {
    for (const body of [
      'What payment methods do you accept?',
      'Your price of $155 seems high.',
      'We accept PayPal.',
      '¿Qué formas de pago aceptan?',
      'Welche Zahlungsarten bieten Sie an?',
    ])
      expect(
        ids(tradeSignal.run(makeCtx({ from: FROM, body }))).filter((id) => id === 'trade.payment' || id === 'trade.target-price'),
        body,
      ).toEqual([]);
  });
});

describe('short but specific', () => {
  it('does not call a short request with an amount "very short, nothing specific"', () => {
    expect(ids(hitsOf((c) => vaguenessSignal.run(c), 'Ok, I will buy a dozen Velora Tour golf balls for $155 delivered.'))).not.toContain('vague.very-short');
  });
  it('still calls a short price question about one or two of a thing very short', () => {
    expect(ids(hitsOf((c) => vaguenessSignal.run(c), 'How much does a pair of tickets to the gala run?'))).toContain('vague.very-short');
  });
});

describe('specifications', () => {
  const spec = (body: string) => productSignal.run(makeCtx({ from: FROM, body })).find((h) => h.id === 'product.spec')?.evidence;
  it('reads volts, watts, amperes and newtons written with the number', () => {
    expect(spec('Input 220V, 16 A fuse, 40 N clamping force.')).toBe('220V');
    expect(spec('Motor rated 7.5 kW at 1450 rpm')).toBe('7.5 kW');
  });
  it('does not read a time, a street direction or a house number above a postcode as one', () => {
    for (const body of [
      'Bids are due Thursday by 9 a.m. Pacific time.',
      'Our office is at 100 N. Tryon St., Suite 3900.',
      'Stanley KG\nIndustriering 11\nA-9020 Klagenfurt, Austria',
    ])
      expect(spec(body), body).toBeUndefined();
  });
});
