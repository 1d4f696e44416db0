/** Word patterns: whole words in any case, and evidence in the writer's own capitals. */
import { describe, expect, it } from 'vitest';
import { scanTogether, wordsRegex } from '../../../lib/text/patterns';

describe('wordsRegex', () => {
  const PAY = wordsRegex(['T/T', 'letter of credit', 'L/C(?: at sight)?', 'предоплат[аыу]', '(\\d{1,3}) ?% deposit']);
  // Short texts are scanned with the i flag, long ones through their lower-case copy: both must agree.
  const FILLER = ' and nothing else of note here'.repeat(12);
  const sizes = [
    ['a short text', (t: string) => t],
    ['a long text', (t: string) => `${t}${FILLER}`],
  ] as const;

  for (const [size, as] of sizes) {
    it(`matches whole words in any case and returns the text as written (${size})`, () => {
      expect(PAY.exec(as('Payment: 30% DEPOSIT, balance by Letter Of Credit'))?.[0]).toBe('30% DEPOSIT');
      expect(PAY.exec(as('Payment: 30% DEPOSIT'))?.[1]).toBe('30');
      expect(PAY.exec(as('terms: l/c AT SIGHT'))?.[0]).toBe('l/c AT SIGHT');
      expect(PAY.exec(as('Условия: ПРЕДОПЛАТА 30%'))?.[0]).toBe('ПРЕДОПЛАТА');
      expect(PAY.test(as('credit card only'))).toBe(false);
    });

    it(`never matches inside a longer word, Latin or Cyrillic (${size})`, () => {
      expect(PAY.test(as('xletter of credits'))).toBe(false);
      expect(wordsRegex(['цена']).test(as('расценах'))).toBe(false);
    });

    it(`finds the first match in the text even when the lower-case copy is cached for another pattern (${size})`, () => {
      const text = as('Please send the PRICE LIST and the Catalogue.');
      expect(wordsRegex(['catalogue']).exec(text)?.index).toBe(text.indexOf('Catalogue'));
      expect(wordsRegex(['price list']).exec(text)?.[0]).toBe('PRICE LIST');
    });

    it(`keeps escapes that change meaning with case (\\S, \\W, \\D) and works on text that changes length in lower case (${size})`, () => {
      const re = wordsRegex(['ref\\S{1,3}\\d', 'no\\W\\d']);
      expect(re.exec(as('Our REF#12 and NO.5'))?.[0]).toBe('REF#12');
      expect(re.exec(as('İstanbul office, NO.5'))?.[0]).toBe('NO.5');
    });
  }

  it('behaves as a RegExp: test, match, replace and split', () => {
    const re = wordsRegex(['asap']);
    expect('Reply ASAP please'.replace(re, '[x]')).toBe('Reply [x] please');
    expect('Reply ASAP please'.match(re)?.[0]).toBe('ASAP');
    expect('a ASAP b asap c'.split(re)).toEqual(['a ', ' b ', ' c']);
    expect(re.flags).toBe('i');
  });
});

describe('scanning one text for many word patterns at once', () => {
  const patterns = [
    wordsRegex(['(\\d{1,6}) ?(pcs|pieces)', 'units']),
    wordsRegex(['free samples?']),
    wordsRegex(['samples?', 'free']),
    wordsRegex(['(t)/t', 'deposit']),
    wordsRegex(['letter of credit']),
    wordsRegex(['样品']),
  ];
  const firstMatches = (text: string) => patterns.map((p) => p.exec(text)).map((m) => (m ? { at: m.index, groups: [...m] } : null));

  it('gives every pattern the same first match, groups included, as scanning alone', () => {
    const text = 'Dear Sir, we need FREE SAMPLES first, then 2000 PCS.\nPayment: 30% deposit by T/T. 样品 please.';
    const alone = firstMatches(text);
    expect(alone[1]?.groups[0]).toBe('FREE SAMPLES');
    expect(alone[2]?.groups[0]).toBe('FREE');
    expect(alone[0]?.groups).toEqual(['2000 PCS', '2000', 'PCS']);
    expect(alone[4]).toBeNull();
    // The first analysis learns which patterns scan the marked text; the second answers them from one union.
    for (let round = 0; round < 2; round++) {
      scanTogether(text);
      expect(firstMatches(text)).toEqual(alone);
    }
    scanTogether(`${text} `);
    expect(firstMatches(`${text} `)).toEqual(alone);
  });
});

describe('parts of the marked text', () => {
  const QUOTE = wordsRegex(['quot(?:e|ation)', 'price list']);
  const VAT = wordsRegex(['vat no\\.? ?\\d{6,12}']);

  it('answers a part (the body, the signature) as scanning it would, found or not', () => {
    // Parts long enough to be worth finding in the whole (a sentence is simply scanned).
    const details = 'The brackets are for outdoor cabinets, zinc plated, 3 mm steel, drawings follow next week. '.repeat(3);
    const office = 'Warehouse and office: Industrivagen 14, 41250 Gothenburg, Sweden. Open Monday to Friday. '.repeat(3);
    const text = `RFQ brackets\nHello, please quote 500 sets. ${details}\n\nBest regards\nAnna Berg\nNordic Parts AB\n${office}`;
    const body = text.slice(text.indexOf('\n') + 1);
    const signature = text.slice(text.indexOf('Best regards'));
    const alone = [QUOTE.exec(body)?.[0], QUOTE.exec(signature)?.[0], VAT.exec(body)?.[0], QUOTE.exec('')?.[0]];
    expect(alone).toEqual(['quote', undefined, undefined, undefined]);
    for (let round = 0; round < 2; round++) {
      scanTogether(text);
      expect([QUOTE.exec(body)?.[0], QUOTE.exec(signature)?.[0], VAT.exec(body)?.[0], QUOTE.exec('')?.[0]]).toEqual(alone);
    }
  });

  it('still scans a piece cut inside a word, where a shortened word can match', () => {
    const text = `${'We build outdoor cabinets for telecom operators in the Nordic countries. '.repeat(4)}Please send the quotations soon`;
    scanTogether(text);
    QUOTE.exec(text);
    scanTogether(text);
    expect(QUOTE.exec(text)).toBeNull();
    expect(QUOTE.exec(text.slice(0, text.indexOf('quotations') + 9))?.[0]).toBe('quotation');
  });
});
