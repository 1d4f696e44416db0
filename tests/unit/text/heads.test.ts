/** Literal heads of word patterns: what lets one walk over a mail's words stand in for dozens of regex scans. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { headsOf } from '../../../lib/text/heads';
import { corpusFiles } from '../../corpus';

describe('headsOf', () => {
  it('gives the literal beginnings, expanding optional parts, groups and small classes', () => {
    expect(headsOf('free samples?|samples?', 4)?.sort()).toEqual(['free', 'samp']);
    expect(headsOf('samples?', 8)).toEqual(['sample']);
    expect(headsOf('(?:our|with our) brand', 4)?.sort()).toEqual(['our ', 'with']);
    expect(headsOf('directeur g[ée]n[ée]ral', 12)?.sort()).toEqual(['directeur ge', 'directeur gé']);
    expect(headsOf('e-?mail', 3)?.sort()).toEqual(['e-m', 'ema']);
    expect(headsOf('(\\d{1,3}) ?% deposit', 4)).toEqual([...'0123456789']);
    expect(headsOf('样品|muestras?', 3)?.sort()).toEqual(['mue', '样品']);
  });

  it('reads a run of digits as one character when asked, so heads reach the unit after a number', () => {
    expect(headsOf('\\d{1,5}(?:[.,]\\d{1,3})? ?(?:pcs|kg)', 6, true)?.sort()).toEqual([
      '0 kg',
      '0 pcs',
      '0,0 kg',
      '0,0 pc',
      '0,0kg',
      '0,0pcs',
      '0.0 kg',
      '0.0 pc',
      '0.0kg',
      '0.0pcs',
      '0kg',
      '0pcs',
    ]);
    expect(headsOf('24 ?hours|2nd', 4, true)?.sort()).toEqual(['0 ho', '0hou', '0nd']);
    expect(headsOf('€\\d+', 4, true)).toEqual(['€0']);
  });

  it('reads a run of blanks as one space when asked, so heads reach the word after "\\s{1,3}"', () => {
    expect(headsOf('did\\s{1,3}you\\s{1,3}receive|as\\s+per', 8, true)?.sort()).toEqual(['as per', 'did you ']);
    expect(headsOf('thank\\s*you', 8, true)?.sort()).toEqual(['thank yo', 'thankyou']);
    expect(headsOf('[\\s,]+and', 8, true)).toBeNull();
    // Without runs, \\s is not a literal: the head ends before it.
    expect(headsOf('did\\s{1,3}you', 8)).toEqual(['did']);
  });

  it('declines patterns that can begin with something other than a literal', () => {
    expect(headsOf('\\s*quote', 4)).toBeNull();
    expect(headsOf('(?=a)ab', 4)).toBeNull();
    expect(headsOf('[^a]b', 4)).toBeNull();
    expect(headsOf('quote|\\w+ price', 4)).toBeNull();
  });

  it('never misses a match: on real mail every match of these patterns starts with one of their heads', () => {
    const patterns = [
      "(?:we are|we're|i am) (?:very )?interested in (?:your|buying)",
      'samples?(?: free(?: of charge)?)?|free samples?',
      '(?:master |export |inner |outer )?cartons?|packing|packaging',
      '\\d{1,5}(?:[.,]\\d{1,3})? ?(?:pcs|pieces|sets|units|tons?)',
      't\\/t|tt(?: in advance| advance| payment)?|l\\/c(?: at sight)?',
      '(?:please )?(?:find|see|check)(?: the)? attached',
      'did\\s{1,3}you\\s{1,3}(?:receive|get|see)|as\\s+per\\s*(?:my|our)\\s(?:last|previous)',
      'thank[\\s-]*you|best\\s+regards',
    ];
    const texts = corpusFiles('authored')
      .slice(0, 60)
      .map((f) => readFileSync(f, 'utf8').toLowerCase());
    expect(texts.length).toBeGreaterThan(20);
    let matches = 0;
    const runsAsOne = (s: string) => s.replace(/\d+/g, '0').replace(/\s+/g, ' ');
    for (const source of patterns) {
      const heads = headsOf(source, 8);
      const byRuns = headsOf(source, 8, true);
      expect(heads, source).not.toBeNull();
      expect(byRuns, source).not.toBeNull();
      const re = new RegExp(source, 'g');
      for (const text of texts)
        for (const m of text.matchAll(re)) {
          matches++;
          expect(
            heads!.some((h) => text.startsWith(h, m.index)),
            `${source} at "${m[0]}"`,
          ).toBe(true);
          const read = runsAsOne(text.slice(m.index, m.index + 60));
          expect(
            byRuns!.some((h) => read.startsWith(h)),
            `${source} at "${m[0]}" read as runs of digits and blanks`,
          ).toBe(true);
        }
    }
    expect(matches).toBeGreaterThan(50);
  });
});
