import { describe, expect, it } from 'vitest';
import { capForScan, normalizeText, SCAN_HEAD, SCAN_TAIL } from '../../lib/text/normalize';

describe('normalizeText', () => {
  it('folds full-width characters typed with CJK input methods', () => {
    expect(normalizeText('ＦＯＢ　Ｎｉｎｇｂｏ １０００ｐｃｓ')).toBe('FOB Ningbo 1000pcs');
  });
  it('removes zero-width characters that split keywords', () => {
    expect(normalizeText('pass\u200bword')).toBe('password');
  });
});

describe('capForScan', () => {
  it('keeps head and signature tail of a huge body and says it was truncated', () => {
    const body = 'a'.repeat(SCAN_HEAD + SCAN_TAIL + 10) + 'SIGNATURE';
    const r = capForScan(body);
    expect(r.truncated).toBe(true);
    expect(r.text.endsWith('SIGNATURE')).toBe(true);
    expect(r.text.length).toBeLessThan(body.length);
  });
  it('leaves ordinary bodies whole', () => {
    expect(capForScan('hello')).toEqual({ text: 'hello', truncated: false });
  });
});
