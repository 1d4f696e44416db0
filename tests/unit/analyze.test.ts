import { describe, expect, it } from 'vitest';
import { calibratedScore } from '../../lib/score';
import { analyze, firstNameOf } from '../../lib/analyze';
import { makeInquiry } from '../../lib/inquiry';
import { makeSettings } from '../../lib/settings';
import { BASELINE } from '../../lib/weights';

const GENUINE = makeInquiry({
  source: 'paste',
  id: 'g1',
  from: { name: 'Mark Delaney', address: 'mdelaney@harborline-electric.example' },
  subject: 'RFQ LED tubes',
  body: `Hi,\n\nWe are an electrical distributor with 14 branches. Please quote LX-T8-1200-18W, 12,000 pcs, FOB Shenzhen, 30% T/T deposit. We would like 2 pcs for testing and will pay for the samples.\n\nBest regards,\nMark Delaney\nProduct Manager\nHarborline Electric Supply, Inc.\n2250 Commerce Park Dr, Toledo, OH 43612, USA\nTel: +1 419 555 0182\nwww.harborline-electric.example`,
});

describe('analyze', () => {
  it('explains every point: baseline plus counted weights make the score', () => {
    const a = analyze(GENUINE);
    expect(a.baseline).toBe(BASELINE);
    const total = a.baseline + a.signals.reduce((s, h) => s + h.counted, 0);
    expect(a.points).toBe(Math.max(0, Math.min(100, total)));
    // The points read through the shipped calibration as the share of real buyers.
    expect(a.score).toBe(calibratedScore(a.points));
    expect(a.band).toBe('high');
    expect(a.risk).toBe(false);
    expect(a.sample.advice).toBe('send-paid');
    expect(a.profile).toMatchObject({ role: 'trader', country: 'US', region: 'north-america' });
    expect(a.facts).toMatchObject({ firstName: 'Mark', company: 'Harborline Electric Supply, Inc.', incoterm: 'FOB Shenzhen' });
    expect(a.replies.filter((r) => r.recommended)).toHaveLength(1);
  });

  it('applies the rep\u2019s weight overrides to the next analysis', () => {
    const base = analyze(GENUINE, { settings: makeSettings({ weightOverrides: { 'website.present': 0, 'domain.match': 0, 'product.model': 0 } }) });
    expect(base.score).toBeLessThan(analyze(GENUINE).score + 1);
    expect(base.signals.find((s) => s.id === 'website.present')?.counted).toBe(0);
  });

  it('recognises colleagues on the rep\u2019s own domain', () => {
    const a = analyze(GENUINE, { settings: makeSettings({ ownDomains: ['harborline-electric.example'] }) });
    expect(a.ownMail).toBe(true);
  });

  it('follows the existing-customer input and the sample policy', () => {
    expect(analyze(GENUINE, { existingCustomer: true }).sample.advice).toBe('send-free');
    expect(analyze(GENUINE, { existingCustomer: true, settings: makeSettings({ samplePolicy: { existingCustomer: 'send-paid' } }) }).sample.advice).toBe(
      'send-paid',
    );
  });

  it('answers in the inquiry\u2019s language, or the rep\u2019s chosen one', () => {
    const es = makeInquiry({
      source: 'paste',
      id: 'e',
      from: { name: 'Rosa', address: 'r@proteksur.mx' },
      body: 'Estimados, estamos interesados en el modelo SG-NT35, 2 x 40HQ, precio CIF Manzanillo. Gracias por su atención y quedamos a la espera de su respuesta.',
    });
    expect(analyze(es).replyLanguage).toBe('es');
    expect(analyze(es).replies[0]?.language).toBe('es');
    expect(analyze(es, { settings: makeSettings({ replyLanguage: 'en' }) }).replyLanguage).toBe('en');
    const zh = makeInquiry({ source: 'paste', id: 'z', from: { name: '', address: '' }, body: '请报价LED灯管，谢谢' });
    expect(analyze(zh).replyLanguage).toBe('en');
  });

  it('marks huge bodies as truncated and clipped mails as partial, and still judges them', () => {
    const huge = makeInquiry({ ...GENUINE, body: `${GENUINE.body}\n${'filler line with words\n'.repeat(20000)}`, partial: true });
    const a = analyze(huge);
    expect(a.truncated).toBe(true);
    expect(a.partial).toBe(true);
    expect(a.signals.some((s) => s.id === 'product.model')).toBe(true);
  });

  it('survives empty and hostile input', () => {
    const empty = analyze(makeInquiry({ source: 'paste', id: 'x', from: { name: '', address: '' }, body: '' }));
    expect(empty.band).toBe('low');
    const hostile = 'http://a.example/login?'.repeat(5000) + '9'.repeat(200000) + 'x'.repeat(300000) + '<script>alert(1)</script>';
    const a = analyze(
      makeInquiry({
        source: 'paste',
        id: 'h',
        from: { name: '"><img src=x onerror=1>', address: 'a@b.c' },
        body: hostile,
        links: Array.from({ length: 3000 }, (_, i) => ({ text: `www.bank${i}.com`, href: `http://10.0.0.${i % 255}/x` })),
      }),
    );
    expect(a.risk).toBe(true);
    expect(a.signals.every((s) => s.evidence.length <= 160)).toBe(true);
  });
});

describe('sample advice with the rep’s catalog prices', () => {
  it('charges the sample of a dear catalog model the buyer names, and says the price it rests on', () => {
    const inquiry = makeInquiry({
      source: 'paste',
      id: 'cp1',
      from: { name: 'Mark Delaney', address: 'mdelaney@harborline-electric.example' },
      subject: 'RFQ LX-T8-1200-18W',
      body: GENUINE.body.replace('We would like 2 pcs for testing and will pay for the samples.', 'Please send 2 pcs for testing.'),
    });
    const policy = { ...makeSettings({}).samplePolicy, cheapUpTo: 20 };
    const dear = analyze(inquiry, { settings: makeSettings({ catalog: [{ model: 'LX-T8-1200-18W', name: 'T8', price: 240 }], samplePolicy: policy }) });
    expect(dear.sample.advice).toBe('send-paid');
    expect(dear.sample.reasons.map((r) => r.text).join(' ')).toContain('LX-T8-1200-18W is 240 a piece');
    const cheap = analyze(inquiry, { settings: makeSettings({ catalog: [{ model: 'LX-T8-1200-18W', name: 'T8', price: 2 }], samplePolicy: policy }) });
    expect(cheap.sample.reasons.map((r) => r.text).join(' ')).toContain('LX-T8-1200-18W is 2 a piece');
    expect(cheap.sample.reasons.map((r) => r.text).join(' ')).not.toContain('above the 20');
  });
});

describe('firstNameOf', () => {
  it('skips honorifics and keeps East Asian names whole', () => {
    expect(firstNameOf('Mr. Mark Delaney')).toBe('Mark');
    expect(firstNameOf('김민준')).toBe('김민준');
    expect(firstNameOf('sales@acme.com')).toBe('');
    expect(firstNameOf('')).toBe('');
  });
});
