import { describe, expect, it } from 'vitest';
import type { Reply } from '../../../lib/analysis';
import { REPLY_LANGS } from '../../../lib/analysis';
import { analyze } from '../../../lib/analyze';
import { SAMPLES, sampleText } from '../../fixtures/demo/samples';
import { makeInquiry } from '../../../lib/inquiry';
import { KHAN, MARIA } from './cases';
import type { GlossedReply, ReplyInput } from '../../../lib/templates';
import { buildReplies } from '../../../lib/templates';

const byKind = (replies: readonly Reply[], kind: Reply['kind']) => replies.find((r) => r.kind === kind)!;

describe('replies never ask again for what the buyer gave', () => {
  const maria = analyze(MARIA);

  it('greets Maria Lopez by name, not "Dear Purchase"', () => {
    for (const r of maria.replies) {
      expect(r.body.split('\n')[0]).toBe('Dear Maria,');
      expect(r.body).not.toMatch(/Purchase|Sir or Madam/);
    }
  });

  it('confirms her DHL account and address in the sample terms and asks for neither, nor for her phone', () => {
    const body = byKind(maria.replies, 'sample-terms').body;
    expect(body).toContain('We will ship the samples on your DHL account 123456789.');
    expect(body).toContain('Calle de Alcala 120, 28009 Madrid, Spain');
    expect(body).not.toMatch(/phone|courier account \(DHL|account number|let us know the delivery address/i);
  });

  it('never asks her for the company name, address or phone she gave, in any reply', () => {
    for (const r of maria.replies) {
      expect(r.body, r.kind).not.toMatch(/company name|a direct phone number|landline|your address/i);
    }
  });

  it('keeps each quantity with its model', () => {
    const body = byKind(maria.replies, 'quotation').body;
    expect(body).toContain('HT-2210 (2,000 pcs) and HT-3305 (1,500 pcs)');
    expect(body).not.toMatch(/HT-3305 \(2,000 pcs\)|HT-2210 and HT-3305 \(/);
  });

  it('pairs quantities written after the model too (the demo genuine mail)', () => {
    const s = SAMPLES.find((x) => x.key === 'genuine')!;
    const a = analyze(makeInquiry({ source: 'gmail', id: s.id, from: { name: s.fromName, address: s.fromAddress }, subject: s.subject, body: sampleText(s) }));
    expect(byKind(a.replies, 'quotation').body).toContain('AQ-HP12-3P (80 units) and AQ-HP08-1P (40 units)');
  });

  it('greets Mr. Khan as Mr. Khan (not "Dear Global" or "Dear Khan") and asks only what he has not given', () => {
    const a = analyze(KHAN);
    for (const r of a.replies) expect(r.body.split('\n')[0], r.kind).toBe('Dear Mr. Khan,');
    const ask = byKind(a.replies, 'ask-questions').body;
    // He gave nothing: all six questions are open, and nothing he wrote is asked back.
    expect(ask.split('\n').filter((l) => /^\d\. /.test(l))).toHaveLength(6);
    expect(ask).not.toMatch(/Global|fax/i);
  });
});

const BASE: ReplyInput = {
  lang: 'en',
  facts: {
    buyerName: 'Mr. Khan',
    firstName: 'Khan',
    company: 'Khan Traders Ltd',
    products: ['HT-2210'],
    quantity: '',
    incoterm: '',
    destination: '',
    payment: '',
    website: '',
  },
  openQuestions: ['contact'],
  sample: { advice: 'send-free', requested: true, reasons: [], given: { phone: '+92 21 555 0100' } },
  risk: false,
  band: 'high',
  role: 'unknown',
  sender: { companyName: '', signature: '', industryWords: [] },
};

describe('the contact question and sample terms ask only the missing parts, in every language', () => {
  it('asks only for the address when the company name and phone are given', () => {
    const body = byKind(buildReplies(BASE), 'ask-questions').body;
    expect(body).toContain('Could you share your address?');
    expect(body).not.toMatch(/company name|phone/);
  });

  it('asks for the delivery address but not the phone, and invites a courier account for free samples', () => {
    const body = byKind(buildReplies(BASE), 'sample-terms').body;
    expect(body).toContain('free of charge');
    expect(body).toContain('Please let us know the delivery address.');
    expect(body).toContain('If you have a courier account');
    expect(body).not.toMatch(/phone/);
  });

  it('greets with the title in every reply language', () => {
    const first = (lang: ReplyInput['lang']) => buildReplies({ ...BASE, lang })[0]!.body.split('\n')[0];
    expect(REPLY_LANGS.map(first)).toEqual([
      'Dear Mr. Khan,',
      'Estimado Sr. Khan:',
      'Prezado Sr. Khan,',
      'Уважаемый господин Khan!',
      'Monsieur Khan,',
      'Sehr geehrter Herr Khan,',
    ]);
  });

  it('drops from a verification request what the buyer gave, but asks a risky sender for everything', () => {
    const given = {
      ...BASE,
      facts: { ...BASE.facts, website: 'khan-traders.example' },
      sample: { ...BASE.sample, given: { phone: '+92 21 555 0100', landline: true, address: 'Plot 7, Karachi', companyMail: true } },
    };
    const nothingLeft = byKind(buildReplies(given), 'verification').body;
    expect(nothingLeft.split('\n').filter((l) => l.startsWith('- '))).toEqual([]);
    expect(nothingLeft).toContain('We will check the company details in your message against your official website');
    expect(byKind(buildReplies({ ...given, risk: true, band: 'low' }), 'verification').body).toMatch(/landline[\s\S]*website[\s\S]*official company e-mail/);
  });
});

describe('the Chinese gloss', () => {
  it('comes with every reply, in Chinese, with the same facts and gaps, and is never part of the reply', () => {
    const replies = analyze(MARIA).replies as GlossedReply[];
    for (const r of replies) {
      expect(r.gloss.body).toMatch(/[\u4e00-\u9fff]{4}/);
      expect(r.body).not.toMatch(/[\u4e00-\u9fff]/);
      expect(r.gloss.body.split('\n')[0]).toBe('Maria，您好：');
    }
    const sample = byKind(replies, 'sample-terms') as GlossedReply;
    expect(sample.gloss.body).toContain('DHL 账号 123456789');
    expect(sample.gloss.body).toContain('[[样品费]]');
    expect(byKind(replies, 'quotation') as GlossedReply).toMatchObject({
      gloss: { body: expect.stringContaining('HT-2210 (2,000 pcs)和HT-3305 (1,500 pcs)') },
    });
  });
});
