/** The marks of a mass mailing, and the language line. Cases written for this test. */
import { describe, expect, it } from 'vitest';
import { intentSignal } from '../../../lib/signals/intent';
import { languageSignal } from '../../../lib/signals/language';
import { lureSignal } from '../../../lib/signals/lure';
import { vaguenessSignal } from '../../../lib/signals/vagueness';
import { ids, makeCtx } from './ctx';

const COMPANY = { name: 'Ravi Menon', address: 'ravi@menon-imports.example' };

describe('a letter to nobody in particular', () => {
  it('counts "Dear Sir" and urgency only when nothing specific is asked, in several languages', () => {
    for (const body of [
      'Dear Sir, please send your price list urgently.',
      'Sehr geehrte Damen und Herren, bitte senden Sie uns dringend Ihre Preise.',
      'Estimados señores, necesitamos su catálogo urgente.',
    ]) {
      const got = ids(vaguenessSignal.run(makeCtx({ from: COMPANY, body })));
      expect(got, body).toEqual(expect.arrayContaining(['vague.dear-sir', 'vague.urgency']));
    }
    const specific = ids(vaguenessSignal.run(makeCtx({ from: COMPANY, body: 'Dear Sir, please quote 2,000 pcs of HT-2210 urgently, FOB Ningbo.' })));
    expect(specific).not.toContain('vague.dear-sir');
    expect(specific).not.toContain('vague.urgency');
  });
  it('calls a newsletter with an unsubscribe footer a list mailing', () => {
    const body = 'Our weekly sourcing news: steel prices rise again.\n\nYou receive this because you subscribed. To unsubscribe click here.';
    expect(ids(intentSignal.run(makeCtx({ from: COMPANY, body })))).toContain('vague.bulk-mail');
    expect(ids(intentSignal.run(makeCtx({ from: COMPANY, body: 'Please quote 500 pcs of HT-2210, FOB Ningbo.' })))).not.toContain('vague.bulk-mail');
  });
  it('names a stranger’s mass-mail marks together (free mailbox, hidden recipients, "Re:" without a thread)', () => {
    const hits = lureSignal.run(
      makeCtx({
        from: { name: 'Sales', address: 'globalbuyer2291@gmail.com' },
        subject: 'Re: cooperation',
        undisclosedRecipients: true,
        body: 'Hello, we want to cooperate with your company.',
      }),
    );
    expect(ids(hits)).toContain('vague.stranger');
    const one = lureSignal.run(
      makeCtx({ from: { name: 'Ana', address: 'ana.ruiz@gmail.com' }, subject: 'Sofa price', body: 'Hello, what is the price of the corner sofa?' }),
    );
    expect(ids(one)).not.toContain('vague.stranger');
  });
});

describe('the language of the mail', () => {
  it('names the language the buyer wrote in', () => {
    const lang = (body: string) => languageSignal.run(makeCtx({ from: COMPANY, body })).find((h) => h.id === 'meta.language')?.data?.lang;
    expect(lang('We would like to order the pumps and we need the price for the full container, with delivery to our port.')).toBe('en');
    expect(lang('Wir möchten die Pumpen bestellen und brauchen den Preis für den ganzen Container mit Lieferung an unseren Hafen.')).toBe('de');
    expect(lang('我们想订购这些水泵，请报价整柜价格。')).toBe('zh');
  });
});
