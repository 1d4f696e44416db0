import { describe, expect, it } from 'vitest';
import { findSignature } from '../../../lib/extract/signature';
import { contactFacts, contactSignal } from '../../../lib/signals/contact';
import { intentSignal } from '../../../lib/signals/intent';
import { detectLanguage } from '../../../lib/signals/language';
import { findModels, findQuantities, productSignal } from '../../../lib/signals/product';
import { tradeSignal } from '../../../lib/signals/trade';
import { vaguenessSignal } from '../../../lib/signals/vagueness';
import { ids, makeCtx } from './ctx';

const FROM = { name: 'Buyer', address: 'buyer@acme-trading.example' };
const ctx = (body: string, extra: Parameters<typeof makeCtx>[0] = {}, settings: Parameters<typeof makeCtx>[1] = {}) =>
  makeCtx({ from: FROM, body, ...extra }, settings);
const evidence = (hits: { id: string; evidence: string }[], id: string) => hits.find((h) => h.id === id)?.evidence;

describe('product', () => {
  it('finds model and part numbers, not look-alikes', () => {
    const models = findModels(
      ctx(
        'Please quote LX-T8-1200-18W and SG-NT35, flange 4410-B and crystal KT-XTAL-16M-3225. PO 24-0187, 40HQ, ISO9001, 220-240V, 5-year warranty, call +1 419-555-0182, jmorris1987@outlook.com, 2025 catalogue.',
      ),
    );
    expect(models).toEqual(expect.arrayContaining(['LX-T8-1200-18W', 'SG-NT35', '4410-B', 'KT-XTAL-16M-3225']));
    for (const not of ['24-0187', '40HQ', 'ISO9001', '220-240V', '5-year', 'jmorris1987']) expect(models).not.toContain(not);
  });

  it('finds quantities with units in several languages and thousands separators', () => {
    const q = (s: string) => findQuantities(ctx(s)).map((x) => x.value);
    expect(q('12,000 pcs and 6.000 pcs')).toEqual([12000, 6000]);
    expect(q('1000 шт. и 400 шт.')).toEqual([1000, 400]);
    expect(q('20.000 pçs')).toEqual([20000]);
    expect(q('150 Stück')).toEqual([150]);
    expect(findQuantities(ctx('2 x 40HQ mixed'))[0]?.containers).toBe(2);
    expect(q('We are interested in your products')).toEqual([]);
  });

  it('reports model, quantity and specification hits with evidence', () => {
    const hits = productSignal.run(ctx('LX-T8-1200-18W, 4 ft, 18W, 4000K - 12,000 pcs'));
    expect(ids(hits)).toEqual(expect.arrayContaining(['product.model', 'product.quantity', 'product.spec']));
    expect(hits.find((h) => h.id === 'product.quantity')?.data?.max).toBe(12000);
  });

  it('weighs models from the rep\u2019s own catalog higher, however they are spaced', () => {
    const hits = productSignal.run(ctx('Need lx t8 1200 18w, 500 pcs', {}, { catalog: [{ model: 'LX-T8-1200-18W', name: 'T8 tube' }] }));
    expect(evidence(hits, 'product.catalog')).toBe('LX-T8-1200-18W');
  });

  it('recognises the rep\u2019s industry words', () => {
    expect(ids(productSignal.run(ctx('we sell LED lighting', {}, { industryWords: ['LED lighting'] })))).toContain('product.industry');
  });
});

describe('trade terms', () => {
  it('reads Incoterms with their named place, and the destination for C and D terms', () => {
    const hits = tradeSignal.run(ctx('Price CIF Jebel Ali please. Payment 30% T/T deposit, balance against copy of B/L.'));
    expect(evidence(hits, 'trade.incoterm')).toBe('CIF Jebel Ali');
    expect(hits.find((h) => h.id === 'trade.destination')?.data?.destination).toBe('Jebel Ali');
    expect(ids(hits)).toContain('trade.payment');
  });

  it('does not take "FOB price" as a place, and never reads Incoterms inside words', () => {
    expect(ids(tradeSignal.run(ctx('What is your FOB price?')))).toContain('trade.incoterm-bare');
    expect(ids(tradeSignal.run(ctx('a CIFRA and the DAPHNE')))).not.toContain('trade.incoterm-bare');
  });

  it('knows trade vocabulary in other languages', () => {
    expect(ids(tradeSignal.run(ctx('Zahlung per Akkreditiv, Lieferzeit bitte angeben, Verpackung neutral.')))).toEqual(
      expect.arrayContaining(['trade.payment', 'trade.lead-time', 'trade.packaging']),
    );
    expect(ids(tradeSignal.run(ctx('Оплата: 30% предоплата. Срок поставки? Сертификат EAC.')))).toEqual(
      expect.arrayContaining(['trade.payment', 'trade.lead-time', 'trade.certificate']),
    );
    expect(ids(tradeSignal.run(ctx('Queremos marca propia, precio objetivo USD 2.10')))).toEqual(expect.arrayContaining(['trade.oem', 'trade.target-price']));
  });

  it('lists certificates and standards, case-sensitively for short marks', () => {
    const hits = tradeSignal.run(ctx('We need CE, RoHS, UL and EN ISO 20345:2022 reports. Our CEO agrees.'));
    expect(evidence(hits, 'trade.certificate')).toContain('EN ISO 20345:2022');
    expect(hits.find((h) => h.id === 'trade.certificate')?.data?.certs).not.toContain('CEO');
  });

  it('finds HS codes and MOQ questions', () => {
    expect(ids(tradeSignal.run(ctx('HS code 8539.50, what is your MOQ?')))).toEqual(expect.arrayContaining(['trade.hs-code', 'trade.moq']));
  });
});

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

describe('vagueness', () => {
  it('spots generic template wording in several languages', () => {
    for (const t of [
      'Dear Sir, we are interested in your products, please send your catalog and price list.',
      'Estimados, me interesan sus productos.',
      'Temos interesse nos seus produtos.',
      'Wir interessieren uns für Ihre Produkte.',
      'Мы заинтересованы в вашей продукции.',
    ]) {
      expect(ids(vaguenessSignal.run(ctx(t))), t).toContain('vague.generic-phrase');
    }
  });

  it('flags "large quantity" only when no number is given', () => {
    expect(ids(vaguenessSignal.run(ctx('We need large quantity of your goods.')))).toContain('vague.large-quantity');
    expect(ids(vaguenessSignal.run(ctx('Large quantity: 20,000 pcs of LX-100.')))).not.toContain('vague.large-quantity');
  });

  it('spots requests for everything, mass mailings and missing products', () => {
    const hits = vaguenessSignal.run(ctx('Send prices of all your products.', { undisclosedRecipients: true }));
    expect(ids(hits)).toEqual(expect.arrayContaining(['vague.all-products', 'vague.undisclosed-recipients', 'vague.no-product']));
  });

  it('spots cost and supplier fishing', () => {
    expect(ids(vaguenessSignal.run(ctx('Which brand of copper wire do you use, and who are your biggest customers?')))).toContain('vague.cost-fishing');
    expect(ids(vaguenessSignal.run(ctx('I am writing my bachelor thesis about exporters.')))).toContain('vague.cost-fishing');
  });

  it('spots free-sample demands, unless the buyer pays', () => {
    expect(ids(vaguenessSignal.run(ctx('Send free samples of every LED item.')))).toContain('vague.free-samples');
    expect(ids(vaguenessSignal.run(ctx('If you offer free samples fine, otherwise we will pay for them.')))).not.toContain('vague.free-samples');
  });

  it('spots exclusivity requests and references to earlier orders', () => {
    expect(ids(vaguenessSignal.run(ctx('We want exclusive distributorship for the GCC.')))).toContain('vague.exclusive');
    const reorder = vaguenessSignal.run(ctx('Repeat order: same as our PO 24-0187, 1,500 pcs.'));
    expect(ids(reorder)).toContain('meta.reorder');
    expect(ids(vaguenessSignal.run(ctx('Our power supply is 415V.')))).not.toContain('meta.reorder');
  });

  it('leaves a specific inquiry alone', () => {
    expect(
      vaguenessSignal.run(ctx('Please quote LX-T8-1200-18W, 12,000 pcs, FOB Shenzhen, for our 14 branches.')).filter((h) => h.id.startsWith('vague.')),
    ).toEqual([]);
  });
});

describe('buying intent', () => {
  it('tells a sales pitch and a non-inquiry from a buyer', () => {
    expect(ids(intentSignal.run(ctx('I am a web designer and can redesign your website at affordable rates.')))).toContain('vague.sales-pitch');
    expect(ids(intentSignal.run(ctx('please write me i have something to disclose to you')))).toContain('vague.no-buying-intent');
    expect(intentSignal.run(ctx('Please send your price for 500 pcs.'))).toEqual([]);
    expect(intentSignal.run(ctx('Пришлите, пожалуйста, цену.'))).toEqual([]);
  });
});

describe('language and signature', () => {
  it('detects the language of the inquiry', () => {
    expect(detectLanguage('We would like to receive your quotation for the following items and your lead time.')).toBe('en');
    expect(detectLanguage('Estamos interesados en sus productos y queremos recibir el precio de los guantes para nuestra empresa.')).toBe('es');
    expect(detectLanguage('Gostaríamos de receber a cotação dos frascos e também o prazo de entrega para nossa empresa.')).toBe('pt');
    expect(detectLanguage('Nous sommes une société de distribution et nous voulons recevoir votre prix pour les chaussures.')).toBe('fr');
    expect(detectLanguage('Wir sind ein Installationsbetrieb und bitten um ein Angebot für die Wechselrichter mit Lieferzeit.')).toBe('de');
    expect(detectLanguage('Просим выслать коммерческое предложение на насосы.')).toBe('ru');
    expect(detectLanguage('请报价，谢谢')).toBe('zh');
    expect(detectLanguage('ok')).toBe('und');
  });

  it('finds the signature after a closing, skipping relay footers', () => {
    expect(findSignature('Hello\nPlease quote.\n\nBest regards,\nMark\nAcme Ltd')).toBe('Best regards,\nMark\nAcme Ltd');
    expect(findSignature('Please quote.\n\nMit freundlichen Grüßen\nJ. Böhm\n\n--\nThis e-mail was sent from a contact form on Example')).toBe(
      'Mit freundlichen Grüßen\nJ. Böhm',
    );
    expect(findSignature('price?')).toBe('');
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
