/** The opening of a mail that content signals read: cut between words, so no word is read shortened. */
import { describe, expect, it } from 'vitest';
import { leading, wordsUpTo } from '../../../lib/signals/types';

describe('leading', () => {
  it('keeps a short text whole and cuts a long one before the word that crosses the limit', () => {
    expect(leading('please quote', 50)).toBe('please quote');
    const text = 'please send the quotations soon';
    // 20 characters would end inside "quotations" and read "quot…" as a word of its own.
    expect(leading(text, 20)).toBe('please send the');
    expect(leading('第一行\n第二行很长很长', 5)).toBe('第一行');
  });

  it('cuts at the limit when no word ends in the second half (a long token, unspaced text)', () => {
    const token = 'x'.repeat(40);
    expect(leading(`ab ${token}`, 30)).toHaveLength(30);
  });
});

describe('wordsUpTo', () => {
  it('counts runs of non-blanks, any blank between them, and stops at the limit', () => {
    expect(wordsUpTo('  price?\n\tplease\u00a0quote\u3000now  ', 10)).toBe(4);
    expect(wordsUpTo('a b c d e f', 3)).toBe(3);
    expect(wordsUpTo('', 5)).toBe(0);
    expect(wordsUpTo('请报价，谢谢', 5)).toBe(1);
  });
});
