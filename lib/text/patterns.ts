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
  const source = `${WORD_START}(?:${alternatives.join('|')})${WORD_END}`;
  return flags === 'i' ? new CaselessWords(source) : new RegExp(source, flags);
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
  // split() and matchAll() build a copy through the species: a plain RegExp of the same source and flags.
  static override get [Symbol.species](): RegExpConstructor {
    return RegExp;
  }
  constructor(source: string) {
    super(source, 'i');
    this.#fast = new RegExp(lowerPattern(source));
    this.#here = new RegExp(source, 'iy');
  }
  override exec(text: string): RegExpExecArray | null {
    const lower = typeof text === 'string' ? lowerOf(text) : undefined;
    if (lower === undefined) return super.exec(text);
    const m = this.#fast.exec(lower);
    if (!m) return null;
    this.#here.lastIndex = m.index;
    return this.#here.exec(text) ?? super.exec(text);
  }
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
