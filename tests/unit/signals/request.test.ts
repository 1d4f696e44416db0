/** How real buyers write (issue: judgement on real mail): short, untidy, specific. Cases written for this test. */
import { describe, expect, it } from 'vitest';
import { requestSignal, specificRequest } from '../../../lib/signals/request';
import { ids, makeCtx } from './ctx';

const FROM = { name: '', address: 'dan.giles@northwind-energy.example' };
const run = (body: string, extra: Parameters<typeof makeCtx>[0] = {}) => ids(requestSignal.run(makeCtx({ from: FROM, body, ...extra })));

describe('a request for something named', () => {
  it('recognises a price or quote request for a named thing in several languages', () => {
    for (const body of [
      'What is your price on a Velmar KX220?',
      'I would like to purchase 2 of the $35 tickets for Saturday.',
      'Looking for a two-way quote on Henry Hub, 10,000 MMBtu per day.',
      'Necesitamos cotización de 300 bombas CBN-E310.',
      'Wir benötigen ein Angebot für 40 Stück Ventil VX-200.',
      'Nous souhaitons acheter 500 pièces du modèle TR-45.',
      'Просим выставить коммерческое предложение на 100 шт. насосов НШ-32.',
      'Bucket teeth part no 1U3352, qty 200 pcs. Need CIF price.',
    ]) {
      expect(run(body), body).toContain('request.specific');
    }
  });
  it('counts a named thing without model, quantity or amount for less', () => {
    expect(run('Where can I buy a Kawaro pocket bike and how much are they?')).toContain('request.named');
  });
  it('takes the object from the subject of a real thread: "RE: Grand Tourer" / "Do you have a black one in stock?"', () => {
    const thread = { subject: 'RE: Grand Tourer', quoted: '> We have the Grand Tourer in silver and blue this week, call me.\n'.repeat(2) };
    expect(run('Do you have a black one in stock? If so, what colour interior?', thread)).toEqual(expect.arrayContaining(['request.named', 'request.thread']));
  });
  it('does not credit the mass mailer\u2019s generic request in any language', () => {
    for (const body of [
      'We are interested in your products, please send your catalogue and price list.',
      'Bitte senden Sie uns Ihren Katalog und Ihre Preisliste.',
      'Envíenos su catálogo y lista de precios.',
      'We are looking for new suppliers for our company.',
    ]) {
      expect(specificRequest(makeCtx({ from: FROM, body })), body).toBeUndefined();
    }
  });
  it('reads a platform buying request from its fields, but not the platform\u2019s default text beside a clicked listing', () => {
    const relay = { from: { name: 'Alibaba.com', address: 'rfq@notice.alibaba.com' } };
    expect(
      ids(
        requestSignal.run(
          makeCtx({ ...relay, platform: { product: 'LED panel light 600x600 40W', quantity: '500 Pieces', country: 'Nigeria' }, body: 'Need price' }),
        ),
      ),
    ).toContain('request.specific');
    expect(
      ids(
        requestSignal.run(
          makeCtx({
            ...relay,
            platform: { product: 'SV-H10K-3P Hybrid Inverter', quantity: '1 Set' },
            body: 'I am interested in your product, please send me the price and MOQ.',
          }),
        ),
      ),
    ).not.toContain('request.specific');
  });
});

describe('a person on both ends', () => {
  it('credits a greeting by name, never "Dear Sir", a greeting word or the mailbox name', () => {
    expect(run('Hi Chris,\nI got the pictures.')).toContain('request.named-greeting');
    expect(run('Mary: Please send me prices for the following.')).toContain('request.named-greeting');
    expect(run('Estimada María,\ngracias.')).toContain('request.named-greeting');
    for (const body of ['Dear Sir,\nplease quote.', 'Bonjour,\nmerci.', 'Hola,\nprecio?', 'Dear Manager,\nurgent.'])
      expect(run(body), body).not.toContain('request.named-greeting');
    expect(
      ids(requestSignal.run(makeCtx({ from: FROM, headers: [{ key: 'To', value: 'devlist@lists.example' }], body: 'Dear devlist,\nhello' }))),
    ).not.toContain('request.named-greeting');
  });
  it('credits a sign-off with the name the address carries, not a quoted header line', () => {
    expect(run('Price for the pump?\n\nThanks\nDan Giles')).toContain('request.signed');
    expect(run('Price for the pump?\n\nTo: <dan.giles@northwind-energy.example>')).not.toContain('request.signed');
  });
  it('gives nothing to a list mailing: its requests are not to you', () => {
    expect(run('We need 50 tractor trucks for cash purchase.\n\nTo unsubscribe send a mail to list@x.example')).toEqual([]);
  });
});
