import { describe, expect, it } from 'vitest';
import { parseCsv, parseCsvRecords, toCsv } from '../../lib/csv';

describe('csv', () => {
  it('reads quoted fields with commas, quotes and newlines', () => {
    expect(parseCsv('a,b\n"x, y","he said ""hi""\nbye"\n')).toEqual([
      ['a', 'b'],
      ['x, y', 'he said "hi"\nbye'],
    ]);
  });
  it('round-trips Chinese text with a BOM for Excel and WPS', () => {
    const csv = toCsv(
      [
        ['公司', 'score'],
        ['深圳照明有限公司', 82],
      ],
      { bom: true },
    );
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(parseCsvRecords(csv)).toEqual([{ 公司: '深圳照明有限公司', score: '82' }]);
  });
  it('neutralises spreadsheet formulas in exported text', () => {
    expect(toCsv([['=HYPERLINK("http://x")']])).toContain(`'=HYPERLINK`);
  });
});

describe('csv export and spreadsheet formulas', () => {
  // Each of these, opened in Excel or WPS, would run as a formula (or after a stripped blank) instead of showing text.
  const hostile = ['=1+1', '+cmd', '-2+3', '@SUM(A1)', '\t=1+1', '\r=1+1', '\n=HYPERLINK("http://x")', '＝1+1', '＋1', '－1', '＠SUM(A1)'];

  it.each(hostile)('shows %j as text, prefixed with an apostrophe', (value) => {
    const [row] = parseCsv(toCsv([[value]]));
    expect(row).toEqual([`'${value}`]);
  });

  it('leaves ordinary text, Chinese text and numbers as they are', () => {
    const [row] = parseCsv(toCsv([['Hello = world', '深圳照明有限公司', 82]]));
    expect(row).toEqual(['Hello = world', '深圳照明有限公司', '82']);
  });
});
