import { describe, expect, it } from 'vitest';
import type { ScoredHit } from '../../lib/analysis';
import { adviseSample } from '../../lib/sample';
import type { SampleInput } from '../../lib/sample';
import { DEFAULT_SETTINGS } from '../../lib/settings';
import type { SignalId } from '../../lib/weights';
import { WEIGHTS } from '../../lib/weights';

const hits = (...ids: SignalId[]): ScoredHit[] =>
  ids.map((id) => ({ id, weight: WEIGHTS[id].weight, counted: WEIGHTS[id].weight, evidence: id, kind: WEIGHTS[id].kind, group: WEIGHTS[id].group }));

// 92: a buyer in band high on the calibrated score (lib/weights.ts BANDS).
const advise = (text: string, ids: SignalId[], extra: Partial<SampleInput> = {}) =>
  adviseSample({ hits: hits(...ids), text, risk: false, score: 92, existingCustomer: false, policy: DEFAULT_SETTINGS.samplePolicy, ...extra });

const SPECIFIC: SignalId[] = ['product.model', 'product.quantity', 'trade.incoterm', 'website.present', 'domain.match'];

describe('adviseSample', () => {
  it('never sends anything when scam signals fired', () => {
    const r = advise('Please send samples to our office', SPECIFIC, { risk: true });
    expect(r.advice).toBe('decline');
    expect(r.reasons[0]?.id).toBe('sample.risk');
  });

  it('asks to verify first when the mail is empty, however specific the subject', () => {
    const r = advise('', [...SPECIFIC, 'vague.no-content']);
    expect(r.advice).toBe('verify-first');
    expect(r.reasons[0]?.id).toBe('sample.no-content');
  });

  it('follows the policy for existing customers without qualification', () => {
    expect(advise('samples of the new part please', ['product.model'], { existingCustomer: true }).advice).toBe('send-free');
    const paidPolicy = { ...DEFAULT_SETTINGS.samplePolicy, existingCustomer: 'send-paid' as const };
    expect(advise('samples please', ['meta.reorder'], { policy: paidPolicy }).advice).toBe('send-paid');
  });

  it('answers a generic request with a quotation sheet, not samples', () => {
    const r = advise('We are interested in your products, send samples and price', ['vague.generic-phrase']);
    expect(r.advice).toBe('quote-first');
    expect(r.requested).toBe(true);
  });

  it('declines sample collectors and cost fishers', () => {
    expect(advise('send free samples of every item', ['vague.free-samples', 'vague.all-products']).advice).toBe('decline');
    expect(advise('free samples please, we cannot pay the courier', ['vague.free-samples']).advice).toBe('decline');
    // Someone who merely hopes for a free sample of one kind of product gets a quotation first.
    expect(advise('can you send free samples of your LED bulbs?', ['vague.free-samples']).advice).toBe('quote-first');
    expect(advise('what is your cost structure', ['vague.cost-fishing', 'product.model']).advice).toBe('decline');
  });

  it('asks to verify a specific buyer on free webmail with no website', () => {
    expect(advise('Model SV-5K, 300 units, CFR Lagos, please send 1 sample', ['product.model', 'product.quantity', 'domain.free-mail']).advice).toBe(
      'verify-first',
    );
  });

  it('charges the sample when the buyer offers to pay', () => {
    const r = advise('We need 2 samples; please ship on our FedEx account and send a PI for the sample cost.', SPECIFIC);
    expect(r.advice).toBe('send-paid');
    expect(r.reasons.map((x) => x.id)).toContain('sample.buyer-pays');
  });

  it('quotes first when the buyer wants prices before samples', () => {
    expect(advise('Samples only after the price is agreed.', SPECIFIC).advice).toBe('quote-first');
    expect(advise('Please quote LX-1 FOB Ningbo, 2x40HQ.', SPECIFIC).advice).toBe('quote-first');
  });

  it('sends cheap token samples free to a strong buyer, unless the policy forbids it', () => {
    expect(advise('Please send a few pieces for testing.', SPECIFIC).advice).toBe('send-free');
    const strict = { ...DEFAULT_SETTINGS.samplePolicy, neverFreeToNewBuyers: true };
    expect(advise('Please send a few pieces for testing.', SPECIFIC, { policy: strict }).advice).toBe('send-paid');
    expect(advise('Please send a few pieces for testing.', SPECIFIC, { score: 55 }).advice).toBe('send-paid');
  });

  it('declines what is not a purchase inquiry at all', () => {
    expect(advise('I can redesign your website', ['vague.sales-pitch']).advice).toBe('decline');
    expect(advise('please write me, I have something to tell you', ['vague.no-buying-intent']).advice).toBe('decline');
  });

  it('charges the sample when the buyer only offers to cover freight, unless it is a cheap token sample', () => {
    expect(advise('Please send 2 sample units; use our DHL account for the freight.', SPECIFIC, { score: 60 }).advice).toBe('send-paid');
    expect(advise('Una caja de muestra por talla; si el envío es caro, podemos usar nuestra cuenta de DHL.', SPECIFIC).advice).toBe('send-free');
    expect(advise('Una caja de muestra por talla; enviar con nuestra cuenta de DHL.', SPECIFIC).advice).toBe('send-paid');
  });

  it('charges custom-made samples', () => {
    expect(advise('Please make 2 printed samples with our logo.', SPECIFIC).advice).toBe('send-paid');
  });

  it('recognises sample requests in other languages', () => {
    expect(advise('Bitte senden Sie uns zwei Muster.', SPECIFIC).requested).toBe(true);
    expect(advise('Пожалуйста, пришлите образцы.', SPECIFIC).requested).toBe(true);
    expect(advise('请寄样品', SPECIFIC).requested).toBe(true);
    expect(advise('Please quote FOB.', SPECIFIC).requested).toBe(false);
  });
});

describe('the rep’s catalog price', () => {
  const TOKEN = 'Please send 2 pcs for testing.';
  const cheapAt = (cheapUpTo: number) => ({ ...DEFAULT_SETTINGS.samplePolicy, cheapUpTo });

  it('charges a sample whose catalog price is above what the rep counts as cheap, and says the price', () => {
    const r = advise(TOKEN, SPECIFIC, { policy: cheapAt(20), catalogPrice: { model: 'AQ-HP12-3P', price: 1250 } });
    expect(r.advice).toBe('send-paid');
    expect(r.reasons.map((x) => x.text).join(' ')).toMatch(/AQ-HP12-3P is 1250 a piece, above the 20 you count as cheap/);
  });

  it('sends a cheap one free and rests the advice on the price instead of saying it is unknown', () => {
    const r = advise(TOKEN, SPECIFIC, { policy: cheapAt(20), catalogPrice: { model: 'LX-T8-600-9W', price: 3.5 } });
    expect(r.advice).toBe('send-free');
    const text = r.reasons.map((x) => x.text).join(' ');
    expect(text).toContain('LX-T8-600-9W is 3.5 a piece');
    expect(text).not.toContain('not known');
  });

  it('without a price says the price is not known', () => {
    const r = advise(TOKEN, SPECIFIC, { policy: cheapAt(20) });
    expect(r.advice).toBe('send-free');
    expect(r.reasons.map((x) => x.text).join(' ')).toContain('The price is not known here');
  });
});
