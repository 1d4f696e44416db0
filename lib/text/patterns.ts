/**
 * Word boundaries that work beyond ASCII. JavaScript's \b treats Cyrillic and accented letters as
 * non-word characters, so "\bдиректор" never matches; CJK has no spaces at all, so CJK terms get no
 * boundary.
 */
const LETTER = 'A-Za-z0-9\\u00C0-\\u024F\\u0370-\\u03FF\\u0400-\\u04FF';
export const WORD_START = `(?<![${LETTER}])`;
export const WORD_END = `(?![${LETTER}])`;

/**
 * A regex matching any of the alternatives (regex source fragments) as whole words.
 * Alternatives must themselves be linear (no nested quantifiers).
 */
// Without the u flag: V8 runs these faster, and the patterns use only BMP characters, which case-fold
// correctly (Cyrillic included) in non-Unicode mode too.
export function wordsRegex(alternatives: readonly string[], flags = 'i'): RegExp {
  const alternation = alternatives.join('|');
  const source = `${WORD_START}(?:${alternation})${WORD_END}`;
  return flags === 'i' ? new CaselessWords(source, lowerPattern(alternation)) : new RegExp(source, flags);
}

/** The pattern's letters in lower case; escapes (\\S, \\W, \\D, \\B, \\uXXXX) keep theirs, or they would change meaning. */
function lowerPattern(source: string): string {
  let out = '';
  for (let i = 0; i < source.length; i++) {
    const c = source[i]!;
    if (c === '\\') {
      out += c + (source[i + 1] ?? '');
      i++;
    } else out += c.toLowerCase();
  }
  return out;
}

// The texts the signals scan (the head, the body, the subject, the signature) are the same few strings,
// many times over: their lower-case copies are made once and kept for the next patterns.
const LOWER_CACHE = 4;
const cachedText: string[] = [];
const cachedLower: Array<string | undefined> = [];
function lowerOf(text: string): string | undefined {
  for (let i = 0; i < cachedText.length; i++)
    if (cachedText[i] === text) {
      // An equal copy (the next analysis of the same mail) compares character by character: keep the
      // caller's object so that every later pattern on it compares by reference.
      cachedText[i] = text;
      return cachedLower[i];
    }
  const lower = text.toLowerCase();
  // A few letters change length in lower case ("İ"): then positions would not line up, and the slow path runs.
  const kept = lower.length === text.length ? lower : undefined;
  if (cachedText.length >= LOWER_CACHE) {
    cachedText.pop();
    cachedLower.pop();
  }
  cachedText.unshift(text);
  cachedLower.unshift(kept);
  return kept;
}

/**
 * A case-insensitive alternation of words, found on the lower-case text without the i flag and behind
 * no per-position case folding: V8 runs that three to four times faster, and these patterns took about a
 * fifth of the analyzer's time. The match itself is then taken from the original text at the same place, so
 * evidence keeps the writer's capitals and the groups are exactly what the i-flag pattern gives.
 */
class CaselessWords extends RegExp {
  readonly #fast: RegExp;
  readonly #here: RegExp;
  readonly #id: number;
  // split() and matchAll() build a copy through the species: a plain RegExp of the same source and flags.
  static override get [Symbol.species](): RegExpConstructor {
    return RegExp;
  }
  constructor(source: string, lowerAlternation: string) {
    super(source, 'i');
    this.#fast = new RegExp(lowerPattern(source));
    this.#here = new RegExp(source, 'iy');
    this.#id = register(lowerAlternation);
  }
  override exec(text: string): RegExpExecArray | null {
    const lower = typeof text === 'string' ? lowerOf(text) : undefined;
    if (lower === undefined) return super.exec(text);
    let at = text === batchText && this.#id !== NONE ? batchAnswer(this.#id, lower) : UNKNOWN;
    if (at === UNKNOWN) at = this.#fast.exec(lower)?.index ?? NONE;
    if (at === NONE) return null;
    this.#here.lastIndex = at;
    return this.#here.exec(text) ?? super.exec(text);
  }
}

// ---- Scanning one text for many patterns at once -------------------------------------------------------
// Most word patterns scan the same text (the subject and body). Each scan walks the whole text; one union
// of many patterns walks it once, and V8 runs a union two to three times faster than its members one by
// one. The union only says where some member matches; which members match there is then checked at that
// spot alone, so every pattern still gets exactly its own first match.

const NONE = -1;
const UNKNOWN = -2;
const UNION_SOURCE_LIMIT = 12_000; // V8 stops optimising a regex whose source passes 20 kB
const members: string[] = [];
const stickies: Array<RegExp | undefined> = [];
const asked = new Set<number>();
let unions: Array<{ re: RegExp; ids: number[]; groups: number[] }> = [];
let unionsCover = 0;
let batchText: string | undefined;
let batchFirst: Int32Array | undefined;

// Word patterns are module constants; one built per call would otherwise grow the unions without end.
const MAX_MEMBERS = 1000;

function register(lowerAlternation: string): number {
  if (members.length >= MAX_MEMBERS) return NONE;
  members.push(lowerAlternation);
  stickies.push(undefined);
  return members.length - 1;
}

/** Capturing groups in a regex source. */
function groupCount(source: string): number {
  let n = 0;
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') i++;
    else if (inClass) inClass = c !== ']';
    else if (c === '[') inClass = true;
    else if (c === '(' && (source[i + 1] !== '?' || (source[i + 2] === '<' && source[i + 3] !== '=' && source[i + 3] !== '!'))) n++;
  }
  return n;
}

function buildUnions(): void {
  const start = lowerPattern(WORD_START);
  const end = lowerPattern(WORD_END);
  unions = [];
  let ids: number[] = [];
  let parts: string[] = [];
  let size = 0;
  const flush = (): void => {
    if (!ids.length) return;
    const groups: number[] = [];
    let group = 1;
    for (const id of ids) {
      groups.push(group);
      group += 1 + groupCount(members[id]!);
    }
    unions.push({ re: new RegExp(`${start}(?:${parts.join('|')})${end}`, 'g'), ids, groups });
    ids = [];
    parts = [];
    size = 0;
  };
  for (const id of [...asked].sort((a, b) => a - b)) {
    const part = `(${members[id]})`;
    if (size + part.length > UNION_SOURCE_LIMIT) flush();
    ids.push(id);
    parts.push(part);
    size += part.length;
  }
  flush();
  unionsCover = asked.size;
}

function stickyOf(id: number): RegExp {
  return (stickies[id] ??= new RegExp(`${lowerPattern(WORD_START)}(?:${members[id]})${lowerPattern(WORD_END)}`, 'y'));
}

function scanBatch(lower: string): Int32Array {
  if (unionsCover !== asked.size) buildUnions();
  const first = new Int32Array(members.length).fill(UNKNOWN);
  for (const { re, ids, groups } of unions) {
    for (const id of ids) first[id] = NONE;
    let left = ids.length;
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while (left > 0 && (m = re.exec(lower))) {
      const at = m.index;
      // The union tries its members in order: the first whose group took part is the first that matches here.
      let k = 0;
      while (k < ids.length - 1 && m[groups[k]!] === undefined) k++;
      if (first[ids[k]!] === NONE) {
        first[ids[k]!] = at;
        left--;
      }
      // Later members may match at the same spot too; each is asked there alone.
      for (let j = k + 1; j < ids.length; j++) {
        const id = ids[j]!;
        if (first[id] !== NONE) continue;
        const sticky = stickyOf(id);
        sticky.lastIndex = at;
        if (sticky.test(lower)) {
          first[id] = at;
          left--;
        }
      }
      re.lastIndex = at + 1;
    }
  }
  return first;
}

function batchAnswer(id: number, lower: string): number {
  batchFirst ??= scanBatch(lower);
  const at = batchFirst[id]!;
  if (at === UNKNOWN) asked.add(id);
  return at;
}

/**
 * Marks the text most patterns will scan: its first scan then answers, in one pass, for every pattern that
 * scanned such a text before.
 */
export function scanTogether(text: string): void {
  batchText = text;
  batchFirst = undefined;
}

/** First match of any pattern in any source, in order. */
export function firstMatch(patterns: readonly RegExp[], sources: readonly string[]): string | undefined {
  for (const p of patterns) {
    for (const s of sources) {
      if (!s) continue;
      const m = p.exec(s);
      if (m) return m[0];
    }
  }
  return undefined;
}
