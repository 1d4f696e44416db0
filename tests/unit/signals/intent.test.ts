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

describe('buying a service', () => {
  it('reads paid work, a contract or a budget as wanting to buy, in several languages', () => {
    for (const body of [
      'Our firmware hangs on boot. There is a paid contract available for whoever can fix it.',
      'We are happy to pay someone on a contract basis to port the driver.',
      '我们的系统有问题，愿意有偿请人解决。',
      'Queremos contratar a alguien para adaptar el controlador.',
      'Wir möchten einen Entwickler gegen Bezahlung beauftragen.',
    ])
      expect(ids(intentSignal.run(ctx(body))), body).not.toContain('vague.no-buying-intent');
  });

  it('does not take news of payment or a bare mention of contracts as a purchase', () => {
    for (const body of ['Your contract has been renewed, see the portal.', 'The payment was made yesterday, thank you.', '合同已经续签。'])
      expect(ids(intentSignal.run(ctx(body))), body).toContain('vague.no-buying-intent');
  });
});
