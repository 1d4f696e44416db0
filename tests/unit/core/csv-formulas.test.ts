import { describe, expect, it } from 'vitest';
import { parseCsv, toCsv } from '../../../lib/csv';

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
