import { describe, expect, it } from 'vitest';
import { contactFacts, contactSignal } from '../../../lib/signals/contact';
import { ids, makeCtx } from './ctx';

const FROM = { name: 'Buyer', address: 'buyer@acme-trading.example' };
const ctx = (body: string, extra: Parameters<typeof makeCtx>[0] = {}, settings: Parameters<typeof makeCtx>[1] = {}) =>
  makeCtx({ from: FROM, body, ...extra }, settings);
const evidence = (hits: { id: string; evidence: string }[], id: string) => hits.find((h) => h.id === id)?.evidence;

describe('contact completeness', () => {
  const SIG =
    'Best regards,\nMark Delaney\nProduct Manager - Lighting\nHarborline Electric Supply, Inc.\n2250 Commerce Park Dr, Toledo, OH 43612, USA\nTel: +1 419 555 0182 | Fax: +1 419 555 0190';

  it('reads company, title, street address, landline, fax and country from a signature', () => {
    const c = ctx(`Please quote.\n\n${SIG}`);
    const hits = contactSignal.run(c);
    expect(evidence(hits, 'contact.company-name')).toBe('Harborline Electric Supply, Inc.');
    expect(evidence(hits, 'contact.title')).toBe('Product Manager');
    expect(evidence(hits, 'contact.address')).toContain('2250 Commerce Park Dr');
    expect(evidence(hits, 'contact.landline')).toBe('+1 419 555 0182');
    expect(evidence(hits, 'contact.fax')).toBe('+1 419 555 0190');
    expect(contactFacts(c).country).toBe('US');
    expect(ids(hits)).not.toContain('contact.no-signature');
  });

  it('notices a mobile number without any landline', () => {
    const hits = contactSignal.run(ctx('Send price.\n\nRegards\nAhmed\nKarachi Pakistan\n+92 300 5551234'));
    expect(ids(hits)).toContain('contact.mobile-only');
    expect(ids(hits)).not.toContain('contact.landline');
  });

  it('works with German, Russian and Portuguese signatures', () => {
    expect(
      evidence(
        contactSignal.run(
          ctx('Mit freundlichen Grüßen\nJ. Böhm\nGeschäftsführer\nBöhm Solarmontage GmbH\nGewerbestraße 12\n93055 Regensburg\nTel. +49 941 555 2840'),
        ),
        'contact.company-name',
      ),
    ).toBe('Böhm Solarmontage GmbH');
    expect(
      evidence(
        contactSignal.run(ctx('С уважением,\nА. Морозов\nРуководитель отдела закупок\nООО «Тепло-Комплекс»\nТел.: +7 (343) 555-18-42')),
        'contact.title',
      ),
    ).toMatch(/Руководитель отдела закупок/);
    expect(
      evidence(
        contactSignal.run(ctx('Atenciosamente,\nAna\nEmbalaviva Distribuidora de Embalagens Ltda.\nRua dos Ipês, 455 – Diadema/SP\nTel.: +55 11 5555-8213')),
        'contact.company-name',
      ),
    ).toBe('Embalaviva Distribuidora de Embalagens Ltda.');
  });

  it('reads Hungarian and Czech company forms (Kft., s.r.o.) as company names', () => {
    expect(evidence(contactSignal.run(ctx('Kérjük árajánlatát.\n\nÜdvözlettel\nKovács Péter\nDunai Gépgyártó Kft.')), 'contact.company-name')).toBe(
      'Dunai Gépgyártó Kft.',
    );
    expect(evidence(contactSignal.run(ctx('Prosíme o nabídku.\n\nS pozdravem\nJan Novák\nMoravske Strojirny s.r.o.')), 'contact.company-name')).toBe(
      'Moravske Strojirny s.r.o.',
    );
  });

  it('does not take a sentence ending in "company" as a company name', () => {
    expect(ids(contactSignal.run(ctx('We are a small trading company.\n\nThanks\nTom')))).not.toContain('contact.company-name');
  });

  it('finds registration and tax numbers', () => {
    expect(ids(contactSignal.run(ctx('Regards\nSunrays Power Solutions Ltd\nRC 1487203\n14 Adeniyi Jones Avenue, Ikeja')))).toContain('contact.registration');
  });

  it('flags a missing signature when the address says nothing about the sender either', () => {
    expect(ids(contactSignal.run(ctx('price?', { from: { name: '', address: 'x123@gmail.com' } })))).toContain('contact.no-signature');
    // Real buyers write two lines from their company address: that is not a missing signature.
    expect(ids(contactSignal.run(ctx('price?')))).not.toContain('contact.no-signature');
  });
});

describe('contact fields only from the sender\u2019s signature or self-introduction', () => {
  it('does not read a sentence, a quoted price or a footer as the sender\u2019s address or company', () => {
    const f = contactFacts(ctx('How many 1 way tickets do you have? I am interested in 24 of them.\nOk, 12 in Box for $155 dlvd.\n\nThanks\nEric'));
    expect(f.address).toBeUndefined();
    expect(contactFacts(ctx('Please review the File Attachments Cargill Master Contract Ltd. below.\n\nRegards\nDon')).company).toBeUndefined();
  });
  it('keeps the company from the signature without the job title before it, and from "we are X Ltd"', () => {
    expect(contactFacts(ctx('Please quote.\n\nRegards\nAnna\nProcurement Manager Kestrel Industry SA\nTel +41 44 555 0101')).company).toBe(
      'Kestrel Industry SA',
    );
    expect(contactFacts(ctx('Hello, we are Nordlicht Elektro GmbH from Hamburg and need 200 drivers.')).company).toBe('Nordlicht Elektro GmbH');
  });
});
