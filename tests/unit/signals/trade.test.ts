import { describe, expect, it } from 'vitest';
import { tradeSignal } from '../../../lib/signals/trade';
import { ids, makeCtx } from './ctx';

const FROM = { name: 'Buyer', address: 'buyer@acme-trading.example' };
const ctx = (body: string, extra: Parameters<typeof makeCtx>[0] = {}, settings: Parameters<typeof makeCtx>[1] = {}) =>
  makeCtx({ from: FROM, body, ...extra }, settings);
const evidence = (hits: { id: string; evidence: string }[], id: string) => hits.find((h) => h.id === id)?.evidence;

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
