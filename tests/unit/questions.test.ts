import { describe, expect, it } from 'vitest';
import { answerQuestions } from '../../lib/questions';
import type { SignalHit } from '../../lib/signals/types';

const answered = (text: string, hits: SignalHit[] = []) => Object.fromEntries(answerQuestions(hits, text).map((q) => [q.id, q.answered]));

describe('answerQuestions', () => {
  it('leaves all six open for a bare price request', () => {
    expect(Object.values(answered('Dear Sir, please send price list.'))).toEqual([false, false, false, false, false, false]);
  });

  it('reads business, experience, customers and volume from what the buyer writes', () => {
    const a = answered(
      'We are a family-owned distributor of LED lighting, established in 1998. We sell mainly to electrical contractors. Our annual turnover is USD 40 million.',
    );
    expect(a).toMatchObject({ industry: true, experience: true, customers: true, volume: true, contact: false, website: false });
  });

  it('works in German, Spanish and Russian', () => {
    expect(answered('Wir sind ein Großhändler für Solartechnik, seit 2009 am Markt.')).toMatchObject({ industry: true, experience: true });
    expect(answered('Somos una empresa importadora desde 2005, vendemos a ferreterías.')).toMatchObject({ industry: true, experience: true, customers: true });
    expect(answered('Мы являемся дистрибьютором, работаем с 2010 года. Годовой оборот 5 млн.')).toMatchObject({
      industry: true,
      experience: true,
      volume: true,
    });
  });

  it('does not take "we are interested in your company" as a business description', () => {
    expect(answered('We are interested in your company and products.').industry).toBe(false);
  });

  it('answers website and contact from the signals, with their evidence', () => {
    const hits: SignalHit[] = [
      { id: 'website.present', weight: 12, evidence: 'www.acme.example' },
      { id: 'contact.company-name', weight: 5, evidence: 'Acme Trading Ltd' },
      { id: 'contact.landline', weight: 5, evidence: '+44 20 7946 0000' },
    ];
    const qs = answerQuestions(hits, '');
    expect(qs.find((q) => q.id === 'website')).toMatchObject({ answered: true, evidence: 'www.acme.example' });
    expect(qs.find((q) => q.id === 'contact')?.evidence).toContain('Acme Trading Ltd');
  });

  it('a company name without any way to reach them leaves the contact question open', () => {
    const qs = answerQuestions([{ id: 'contact.company-name', weight: 5, evidence: 'Acme Ltd' }], '');
    expect(qs.find((q) => q.id === 'contact')?.answered).toBe(false);
  });
});
