/**
 * Scanning is capped: real inquiries carry their substance in the first tens of kilobytes, and a
 * hostile megabyte must not stall the panel. The tail is kept too, because the signature is at the end.
 */
export const SCAN_HEAD = 96_000;
export const SCAN_TAIL = 8_000;

export interface ScanText {
  text: string;
  truncated: boolean;
}

export function capForScan(s: string): ScanText {
  if (s.length <= SCAN_HEAD + SCAN_TAIL) return { text: s, truncated: false };
  return { text: `${s.slice(0, SCAN_HEAD)}\n\u2026\n${s.slice(-SCAN_TAIL)}`, truncated: true };
}

/**
 * NFKC folds full-width letters and digits (common in mail typed with CJK input methods) so one set of
 * patterns covers them; zero-width characters are dropped because phishers use them to split keywords.
 */
export function normalizeText(s: string): string {
  return s
    .normalize('NFKC')
    .replace(/[\u200b-\u200f\u2060\ufeff\u00ad]/g, '')
    .replace(/\r\n?/g, '\n')
    .replace(/[\t\u00a0\u3000]/g, ' ');
}
