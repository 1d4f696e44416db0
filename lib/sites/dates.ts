/**
 * The date a mail site shows, as an ISO time. Sites print it in the rep's language and time zone
 * ("May 13, 2026, 11:02 PM", "Wed, May 4, 2016 at 10:08 AM", "2016年5月4日 上午10:08",
 * "4. Mai 2016 um 10:08", "04.05.2016, 10:08"), so a shown date is read as local time.
 */
// Spaces bounded: a shown date never pads its parts with more, and unbounded runs between optional
// parts make the pattern polynomial on a page full of blanks.
const CJK =
  /(\d{4})\s{0,3}[年.\-/]\s{0,3}(\d{1,2})\s{0,3}[月.\-/]\s{0,3}(\d{1,2})\s{0,3}[日.]?\s{0,3}(上午|下午|午前|午後|오전|오후|AM|PM)?\s{0,3}(\d{1,2}):(\d{2})/i;
const DOTTED = /(\d{1,2})\.\s*(\d{1,2})\.\s*(\d{4})\D{0,6}?(\d{1,2}):(\d{2})/;
const LONG_GERMAN = /(\d{1,2})\.\s*(jan|feb|mär|mar|apr|mai|jun|jul|aug|sep|okt|nov|dez)[a-zä]*\.?\s+(\d{4})\D{0,6}?(\d{1,2}):(\d{2})/i;
const GERMAN_MONTHS = ['jan', 'feb', 'mär', 'apr', 'mai', 'jun', 'jul', 'aug', 'sep', 'okt', 'nov', 'dez'];
const PM = new Set(['下午', '午後', '오후', 'pm', 'PM']);
const AM = new Set(['上午', '午前', '오전', 'am', 'AM']);
/** Words between date and time that Date.parse does not know ("at", "um", "à", "a las"). */
const JOINERS = /\s(?:at|um|à|a las|alle|om|в)\s/i;

function local(y: number, mo: number, d: number, h: number, mi: number): string | undefined {
  if (mo < 1 || mo > 12 || d < 1 || d > 31 || h > 23 || mi > 59) return undefined;
  const t = new Date(y, mo - 1, d, h, mi);
  return Number.isNaN(t.getTime()) ? undefined : t.toISOString();
}

/** Undefined when the text holds no date with a year: a bare "May 4" or "10:08" is not enough to keep. */
export function parseShownDate(text: string | null | undefined): string | undefined {
  const s = (text ?? '').slice(0, 120).trim();
  if (!s || !/\d{4}/.test(s)) return undefined;
  const c = CJK.exec(s);
  if (c) {
    let h = Number(c[5]);
    const half = c[4] ?? '';
    if (PM.has(half) && h < 12) h += 12;
    if (AM.has(half) && h === 12) h = 0;
    return local(Number(c[1]), Number(c[2]), Number(c[3]), h, Number(c[6]));
  }
  const g = LONG_GERMAN.exec(s);
  if (g) return local(Number(g[3]), GERMAN_MONTHS.indexOf(g[2]!.toLowerCase().replace('mar', 'mär')) + 1, Number(g[1]), Number(g[4]), Number(g[5]));
  const d = DOTTED.exec(s);
  if (d) return local(Number(d[3]), Number(d[2]), Number(d[1]), Number(d[4]), Number(d[5]));
  const t = Date.parse(s.replace(JOINERS, ' ').replace(/,(\s*\d{1,2}:\d{2})/, '$1'));
  return Number.isNaN(t) ? undefined : new Date(t).toISOString();
}
