import { describe, expect, it } from 'vitest';
import type { InquiryFacts, QuestionId, ReplyLang, SampleAdvice } from '../../../lib/analysis';
import { REPLY_LANGS } from '../../../lib/analysis';
import type { ReplyInput } from '../../../lib/templates';
import { buildReplies, recommendedKind, REPLY_KINDS } from '../../../lib/templates';

const FACTS: InquiryFacts = {
  buyerName: 'Mark Delaney',
  firstName: 'Mark',
  company: 'Harborline Electric Supply, Inc.',
  products: ['LX-T8-1200-18W', 'LX-T8-600-9W'],
  quantity: '12,000 pcs',
  incoterm: 'FOB Shenzhen',
  destination: '',
  payment: '30% T/T deposit',
  website: 'harborline-electric.example',
};
const EMPTY: InquiryFacts = { buyerName: '', firstName: '', company: '', products: [], quantity: '', incoterm: '', destination: '', payment: '', website: '' };
const SAMPLE: SampleAdvice = { advice: 'send-paid', requested: true, reasons: [] };

function input(over: Partial<ReplyInput> = {}): ReplyInput {
  return {
    lang: 'en',
    facts: FACTS,
    openQuestions: ['experience', 'volume'],
    sample: SAMPLE,
    risk: false,
    band: 'high',
    role: 'trader',
    sender: { companyName: 'Lumora Lighting', signature: '', industryWords: ['LED lighting'] },
    ...over,
  };
}

const byKind = (i: ReplyInput, kind: string) => buildReplies(i).find((r) => r.kind === kind)!;

describe('reply templates in every language', () => {
  for (const lang of REPLY_LANGS) {
    for (const facts of [FACTS, EMPTY]) {
      it(`${lang}: every kind is complete, with only [[marked]] gaps (${facts === FACTS ? 'facts known' : 'nothing known'})`, () => {
        const replies = buildReplies(input({ lang: lang as ReplyLang, facts }));
        expect(replies.map((r) => r.kind)).toEqual([...REPLY_KINDS]);
        expect(replies.filter((r) => r.recommended)).toHaveLength(1);
        for (const r of replies) {
          expect(r.language).toBe(lang);
          expect(r.subject.trim().length).toBeGreaterThan(3);
          expect(r.body.trim().length).toBeGreaterThan(40);
          for (const text of [r.subject, r.body]) {
            expect(text).not.toMatch(/undefined|null|NaN|[{}]|\( ?\)| {2}| [.,]\s/);
            // Placeholders only in [[…]] form, never half-open.
            expect(text.replace(/\[\[[^\]\n]{1,60}\]\]/g, '')).not.toMatch(/\[\[|\]\]/);
          }
          if (facts === FACTS && r.kind !== 'verification' && r.kind !== 'decline') {
            expect(r.body).toContain('Mark');
            expect(`${r.subject}\n${r.body}`).toContain('LX-T8-1200-18W');
          }
        }
      });
    }
  }

  it('greets politely without a name', () => {
    expect(byKind(input({ facts: EMPTY }), 'quotation').body.split('\n')[0]).toBe('Dear Sir or Madam,');
    expect(byKind(input({ lang: 'de', facts: EMPTY }), 'quotation').body.split('\n')[0]).toBe('Sehr geehrte Damen und Herren,');
  });

  it('asks exactly the open questions, numbered', () => {
    const r = byKind(input({ openQuestions: ['website', 'contact'] as QuestionId[] }), 'ask-questions');
    const numbered = r.body.split('\n').filter((l) => /^\d\. /.test(l));
    expect(numbered).toHaveLength(2);
    expect(r.body).toMatch(/website/i);
    expect(r.body).toMatch(/address and a direct phone number/);
    expect(r.body).not.toMatch(/turnover/i);
  });

  it('asks for a direct phone number in every language, never a fax', () => {
    for (const lang of REPLY_LANGS) {
      const body = byKind(input({ lang, openQuestions: ['contact'] as QuestionId[] }), 'ask-questions').body;
      expect(body, lang).not.toMatch(/fax|факс/i);
    }
  });

  it('names the rep\u2019s industry in the industry question', () => {
    expect(byKind(input({ openQuestions: ['industry'] }), 'ask-questions').body).toContain('LED lighting business');
    expect(byKind(input({ lang: 'es', openQuestions: ['industry'] }), 'ask-questions').body).toContain('sector de LED lighting');
  });

  it('uses the rep\u2019s signature when set, placeholders otherwise', () => {
    expect(byKind(input({ sender: { companyName: '', signature: 'Cindy Zhou\nLumora', industryWords: [] } }), 'quotation').body).toMatch(/Cindy Zhou\nLumora$/);
    expect(byKind(input({ sender: { companyName: '', signature: '', industryWords: [] } }), 'quotation').body).toMatch(
      /\[\[your name\]\]\n\[\[your company\]\]$/,
    );
  });

  it('adapts the quotation to the buyer\u2019s role', () => {
    expect(byKind(input({ role: 'agent' }), 'quotation').body).toMatch(/commission/);
    expect(byKind(input({ role: 'trader' }), 'quotation').body).toMatch(/margin/);
    expect(byKind(input({ role: 'end-user' }), 'quotation').body).toMatch(/production/);
    expect(byKind(input({ role: 'agent' }), 'quotation').body).not.toMatch(/margin/);
  });

  it('offers different sample terms for free and paid samples', () => {
    const paid = byKind(input(), 'sample-terms').body;
    const free = byKind(input({ sample: { advice: 'send-free', requested: true, reasons: [] } }), 'sample-terms').body;
    expect(paid).toMatch(/refunded against your first order/);
    expect(paid).toContain('[[sample cost]]');
    expect(free).toMatch(/free of charge/);
    expect(free).not.toContain('[[sample cost]]');
  });

  it('keeps each reply whole when the mail brought a NUL character into a fact', () => {
    const odd = input({ facts: { ...FACTS, products: ['LX-T8\u0000-1200', 'LX-T8-600-9W'] } });
    const replies = buildReplies(odd);
    expect(replies.map((r) => r.kind)).toEqual([...REPLY_KINDS]);
    expect(byKind(odd, 'quotation').body).toMatch(/^Dear Mark,\n[\s\S]*Please find attached our quotation[\s\S]*Lumora Lighting$/);
    expect(byKind(odd, 'decline').body).not.toMatch(/quotation with product pictures/);
    for (const r of replies) expect(r.body).toMatch(/Lumora Lighting$/);
  });

  it('never engages with a risky sender\u2019s links', () => {
    const r = byKind(input({ risk: true, band: 'low' }), 'decline');
    expect(r.body).toMatch(/do not open links or attachments/);
    expect(r.body).not.toMatch(/scam|fraud/i);
  });
});

describe('recommendedKind', () => {
  const base = input();
  it('follows the rep\u2019s playbook', () => {
    expect(recommendedKind({ ...base, risk: true, band: 'low' })).toBe('decline');
    expect(recommendedKind({ ...base, risk: true, band: 'medium' })).toBe('verification');
    expect(recommendedKind({ ...base, sample: { advice: 'verify-first', requested: false, reasons: [] } })).toBe('verification');
    expect(recommendedKind({ ...base, sample: { advice: 'decline', requested: false, reasons: [] } })).toBe('decline');
    expect(
      recommendedKind({
        ...base,
        band: 'medium',
        openQuestions: ['industry', 'experience', 'customers'],
        sample: { advice: 'quote-first', requested: false, reasons: [] },
      }),
    ).toBe('ask-questions');
    expect(recommendedKind(base)).toBe('sample-terms');
    expect(recommendedKind({ ...base, sample: { advice: 'quote-first', requested: false, reasons: [] } })).toBe('quotation');
  });
});
