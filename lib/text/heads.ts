/**
 * The literal beginnings a regex alternation can match: every string the pattern matches starts with one of
 * the returned heads. A pattern can then match only where one of its heads stands in the text, and the word
 * patterns' batch (patterns.ts) finds those places for all patterns in one walk instead of running each
 * regex over every position.
 *
 * Only the regex syntax the word lists use is understood: literals, escapes of punctuation, \d, small
 * character classes, groups (capturing or not) and the quantifiers ? * + {m,n}. Anything else at the start of an
 * alternative (\s, \w, lookarounds, wide classes) makes the answer `null`: no heads, the regex must run.
 */

const META = '\\()[].?*+{}|^$';
// Expanding optional parts multiplies the heads; past this many, shorter heads (or the plain regex) serve better.
const MAX_HEADS = 400;

/** The top-level alternatives of a regex source. */
function splitAlternatives(source: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let inClass = false;
  let start = 0;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') i++;
    else if (inClass) inClass = c !== ']';
    else if (c === '[') inClass = true;
    else if (c === '(') depth++;
    else if (c === ')') depth--;
    else if (c === '|' && depth === 0) {
      out.push(source.slice(start, i));
      start = i + 1;
    }
  }
  out.push(source.slice(start));
  return out;
}

/** Index of the ')' closing the group opened at `open`, or -1. */
function groupEnd(source: string, open: number): number {
  let depth = 0;
  let inClass = false;
  for (let i = open; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') i++;
    else if (inClass) inClass = c !== ']';
    else if (c === '[') inClass = true;
    else if (c === '(') depth++;
    else if (c === ')' && --depth === 0) return i;
  }
  return -1;
}

/** Index of the ']' closing the class opened at `open`, or -1. */
function classEnd(source: string, open: number): number {
  for (let i = open + 1; i < source.length; i++) {
    if (source[i] === '\\') i++;
    else if (source[i] === ']') return i;
  }
  return -1;
}

const SMALL_CLASS = 12;

/** The characters of a small, positive class body; null for negated, wide or escaped-letter classes. */
function classChars(body: string, runs: boolean): string[] | null {
  if (body.startsWith('^')) return null;
  const out: string[] = [];
  for (let i = 0; i < body.length; i++) {
    let c = body[i]!;
    if (c === '\\') {
      const e = body[i + 1] ?? '';
      if (e === 'd') {
        out.push(...'0123456789');
        i++;
        continue;
      }
      if (runs && SPACE_ESCAPES.includes(e)) {
        out.push(SPACE_RUN);
        i++;
        continue;
      }
      if (/[\w]/.test(e)) return null;
      c = e;
      i++;
    }
    if (body[i + 1] === '-' && i + 2 < body.length) {
      const to = body[i + 2]!;
      if (to === '\\') return null;
      const from = c.charCodeAt(0);
      const last = to.charCodeAt(0);
      if (last - from > SMALL_CLASS) return null;
      for (let k = from; k <= last; k++) out.push(String.fromCharCode(k));
      i += 2;
      continue;
    }
    out.push(c);
  }
  return out.length <= SMALL_CLASS ? out : null;
}

interface Quantifier {
  min: number;
  max: number;
  end: number;
}

function quantifierAt(source: string, i: number): Quantifier {
  const c = source[i];
  if (c === '?') return { min: 0, max: 1, end: i + 1 };
  if (c === '*') return { min: 0, max: Infinity, end: i + 1 };
  if (c === '+') return { min: 1, max: Infinity, end: i + 1 };
  if (c === '{') {
    const m = /^\{(\d+)(?:(,)(\d*))?\}/.exec(source.slice(i));
    if (m) {
      const min = Number(m[1]);
      const max = m[2] ? (m[3] ? Number(m[3]) : Infinity) : min;
      return { min, max, end: i + m[0].length };
    }
  }
  return { min: 1, max: 1, end: i };
}

/** The first atom of `source`: the literal strings it stands for (single characters, or group sources). */
function firstAtom(source: string, runs: boolean): { chars?: string[]; group?: string[]; end: number } | null {
  const c = source[0]!;
  if (c === '\\') {
    const e = source[1] ?? '';
    if (e === 'd') return { chars: [...'0123456789'], end: 2 };
    if (runs && SPACE_ESCAPES.includes(e)) return { chars: [SPACE_RUN], end: 2 };
    if (/[\w]/.test(e)) return null; // \w \b \uXXXX …, and \s unless read as runs: not a literal
    return { chars: [e], end: 2 };
  }
  if (c === '[') {
    const close = classEnd(source, 0);
    const chars = close > 0 ? classChars(source.slice(1, close), runs) : null;
    return chars ? { chars, end: close + 1 } : null;
  }
  if (c === '(') {
    // Groups, capturing or not; lookarounds are left to the regex.
    const named = /^\(\?<[A-Za-z_$][\w$]*>/.exec(source);
    const open = source[1] !== '?' ? 1 : source.startsWith('(?:') ? 3 : named ? named[0].length : -1;
    const close = open > 0 ? groupEnd(source, 0) : -1;
    return close > 0 ? { group: splitAlternatives(source.slice(open, close)), end: close + 1 } : null;
  }
  if (META.includes(c)) return null;
  return { chars: [c], end: 1 };
}

/** How a run of digits stands in a head made with `runs`: one '0', however many digits. */
export const DIGIT_RUN = '0';
/** How a run of blanks (spaces, tabs, line breaks) stands in a head made with `runs`: one space. */
export const SPACE_RUN = ' ';
const SPACE_ESCAPES = 'stnrfv';
const isDigit = (ch: string): boolean => ch >= '0' && ch <= '9';
const isSpace = (ch: string): boolean => /^\s$/.test(ch);

/** Heads of at most `k` characters of one sequence; '' means "could start with anything". */
function headsOfSequence(source: string, k: number, out: Set<string>, prefix: string, runs: boolean): void {
  if (out.size > MAX_HEADS) return;
  if (k === 0 || source === '') {
    out.add(prefix);
    return;
  }
  const atom = firstAtom(source, runs);
  if (!atom) {
    out.add(prefix);
    return;
  }
  const q = quantifierAt(source, atom.end);
  const rest = source.slice(q.end);
  if (q.min === 0) headsOfSequence(rest, k, out, prefix, runs);
  if (q.max === 0) return;
  if (atom.group) {
    // One pass through the group then the rest; a repeated group's own heads are a sound prefix.
    for (const option of atom.group) headsOfSequence(q.max === 1 ? option + rest : option, k, out, prefix, runs);
    return;
  }
  const joined: string[] = [];
  for (const ch of atom.chars!) {
    const run = !runs ? undefined : isDigit(ch) ? DIGIT_RUN : isSpace(ch) ? SPACE_RUN : undefined;
    if (run) {
      if (!joined.includes(run)) joined.push(run);
    } else if (q.max === 1) headsOfSequence(rest, k - 1, out, prefix + ch, runs);
    else out.add(prefix + ch);
  }
  // Digits or blanks, however many and however quantified, join the run the head already ends in, or start one.
  for (const run of joined) {
    const extends_ = prefix.endsWith(run);
    headsOfSequence(rest, extends_ ? k : k - 1, out, extends_ ? prefix : prefix + run, runs);
  }
}

/**
 * Heads of at most `k` characters for a regex alternation, shortest-first with any head that another head
 * prefixes dropped; null when some alternative can begin with something that is not a literal. With
 * `runs`, every run of digits is one DIGIT_RUN and every run of blanks one SPACE_RUN, so a head goes on
 * past "\d{1,5}" to the unit after it and past "\s{1,3}" to the next word; the text must then be read
 * the same way.
 */
export function headsOf(alternation: string, k = 4, runs = false): string[] | null {
  const found = new Set<string>();
  for (const alternative of splitAlternatives(alternation)) headsOfSequence(alternative, k, found, '', runs);
  // A match that can begin with a blank begins at no word and at no literal: the regex must run.
  if (found.size > MAX_HEADS || found.has('') || (runs && [...found].some((h) => h.startsWith(SPACE_RUN)))) return null;
  const sorted = [...found].sort((a, b) => a.length - b.length);
  const kept: string[] = [];
  for (const h of sorted) if (!kept.some((p) => h.startsWith(p))) kept.push(h);
  return kept;
}
