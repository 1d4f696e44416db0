/**
 * Near-duplicate fingerprints for mass-mailed inquiry templates. The body is reduced to what stays
 * the same between copies (names, numbers, greetings and addresses removed), cut into word 3-grams
 * and hashed into a 64-bit SimHash; copies differ in a few bits. Four 16-bit bands let the database
 * find candidates by index instead of scanning every record.
 */
const GREETING =
  /^(?:dear|hello|hi|hey|good (?:morning|day|afternoon)|greetings|estimad[oa]s?|prezad[oa]s?|bonjour|sehr geehrte|guten tag|здравствуйте|уважаем\S*)\b[^\n]{0,60}$/gim;
const CLOSING =
  /\n(?:best|kind|warm)?\s?regards[\s\S]*$|\n(?:thanks|thank you|sincerely|cordialement|saludos|atenciosamente|mit freundlichen grüßen|с уважением)[\s\S]*$/i;

/**
 * Whole words holding an address (`a@b`), removed the way `/\S+@\S+/g` would, without that pattern:
 * it tries every start in a run without spaces and backtracks to its end, so a 20 000-character run
 * took 0.6 s per stored verdict.
 */
function dropAddresses(text: string): string {
  return text.replace(/\S+/g, (word) => {
    const at = word.indexOf('@', 1);
    return at > 0 && at < word.length - 1 ? ' ' : word;
  });
}

export function normalizeForTemplate(body: string): string {
  const text = body.slice(0, 20000).replace(GREETING, ' ').replace(CLOSING, ' ').toLowerCase();
  return dropAddresses(text)
    .replace(/https?:\/\/\S+|www\.\S+/g, ' ')
    .replace(/\d+/g, ' ')
    .replace(/[^\p{L}\s]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

// FNV-1a 64-bit in two 32-bit halves: deterministic, fast, no BigInt in the hot loop.
function hash64(s: string): [number, number] {
  let h1 = 0x811c9dc5;
  let h2 = 0x01000193 ^ 0x9e3779b9;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 0x01000193);
    h2 = Math.imul(h2 ^ c, 0x5bd1e995) ^ (h2 >>> 15);
  }
  return [h1 >>> 0, h2 >>> 0];
}

export interface Fingerprint {
  /** 16 hex digits. */
  simhash: string;
  /** "0:abcd" … "3:ef01", for a multi-entry index. */
  bands: string[];
  /** Enough words to make a comparison meaningful. */
  usable: boolean;
}

export function fingerprint(body: string): Fingerprint {
  const words = normalizeForTemplate(body).split(' ').filter(Boolean);
  const v = new Array<number>(64).fill(0);
  for (let i = 0; i + 2 < words.length || (i === 0 && words.length > 0); i++) {
    const gram = words.slice(i, i + 3).join(' ');
    const [a, b] = hash64(gram);
    for (let bit = 0; bit < 32; bit++) {
      v[bit]! += (a >>> bit) & 1 ? 1 : -1;
      v[bit + 32]! += (b >>> bit) & 1 ? 1 : -1;
    }
    if (words.length < 3) break;
  }
  let hi = 0;
  let lo = 0;
  for (let bit = 0; bit < 32; bit++) {
    if (v[bit]! > 0) lo |= 1 << bit;
    if (v[bit + 32]! > 0) hi |= 1 << bit;
  }
  const simhash = (hi >>> 0).toString(16).padStart(8, '0') + (lo >>> 0).toString(16).padStart(8, '0');
  return { simhash, bands: [0, 1, 2, 3].map((i) => `${i}:${simhash.slice(i * 4, i * 4 + 4)}`), usable: words.length >= 12 };
}

/** Number of differing bits between two fingerprints. */
export function hamming(a: string, b: string): number {
  let d = 0;
  for (let i = 0; i < 16; i += 4) {
    let x = parseInt(a.slice(i, i + 4), 16) ^ parseInt(b.slice(i, i + 4), 16);
    while (x) {
      x &= x - 1;
      d++;
    }
  }
  return d;
}

/** Copies of one template usually land within a few bits; unrelated mails near 32. */
export const NEAR_DUPLICATE_BITS = 6;
