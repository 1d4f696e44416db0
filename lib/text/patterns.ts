import { DIGIT_RUN, headsOf, SPACE_RUN } from './heads';

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

/**
 * Word patterns written with single spaces, made to take any run of one to three blanks between words: mail
 * is wrapped at a fixed width, so "please find in" may end one line and "attachment" begin the next. The
 * bound keeps each gap linear. Only for patterns whose spaces all stand between words (none in a class).
 */
export function gapped(alternatives: readonly string[]): string[] {
  return alternatives.map((a) => a.replace(/ /g, '\\s{1,3}'));
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
 * Below this length the lower-case copy costs more than the case folding it saves: 0.55 against 0.8 µs
 * a scan of 256 characters for a request pattern.
 */
const SHORT_TEXT = 256;

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
    const marked = text === batchText;
    // A short text (a sentence, a name, a subject line) is scanned faster with the i flag than through a
    // lower-case copy, which would also push the long texts' copies out of the cache.
    if (!marked && typeof text === 'string' && text.length < SHORT_TEXT) return super.exec(text);
    // A part of the marked text that the batch says lacks the pattern needs not even its lower-case copy.
    if (!marked && this.#id !== NONE && typeof text === 'string' && absentFromPart(this.#id, text)) return null;
    const lower = marked ? batchLower : typeof text === 'string' ? lowerOf(text) : undefined;
    if (lower === undefined) return super.exec(text);
    let at = marked && this.#id !== NONE ? batchAnswer(this.#id, lower) : UNKNOWN;
    if (at === UNKNOWN) at = this.#fast.exec(lower)?.index ?? NONE;
    if (at === NONE) return null;
    this.#here.lastIndex = at;
    return this.#here.exec(text) ?? super.exec(text);
  }
}

// ---- Scanning one text for many patterns at once -------------------------------------------------------
// Most word patterns scan the same text, the subject and body, and each scan costs a few nanoseconds per
// character for every alternation it tries there. Every match of a word pattern starts at a word, with one
// of a few literal beginnings (heads.ts). So the text's words are walked once down one tree of the heads of
// all patterns, and a pattern runs only where one of its heads stands, anchored there. Each pattern still
// gets exactly its own first match.

const NONE = -1;
const UNKNOWN = -2;
// Word patterns are module constants; one built per call must not grow the tables without end.
const MAX_MEMBERS = 1000;

interface Member {
  alternation: string;
  /** Made when the pattern first scans a marked text (most never do); null: it has none, and always runs. */
  heads?: readonly string[] | null;
  /** Nothing in it looks past the word boundaries (no lookaround, \b, ^ or $). */
  edgeFree: boolean;
  anchored?: RegExp;
}
/** A pattern's heads that do not begin with a letter (CJK, currency signs): found as plain substrings. */
interface Elsewhere {
  id: number;
  heads: string[];
}
/** The heads of every pattern as a tree of characters; `ids` are the patterns one of whose heads ends here. */
interface HeadNode {
  next: Map<number, HeadNode>;
  ids: number[];
}
/**
 * The same tree in a few flat arrays, nodes numbered depth first: the walk touches a few kilobytes instead
 * of thousands of scattered maps, which stay out of the CPU cache between analyses.
 */
interface FlatTree {
  /** The node each word character leads to from the root, or -1. */
  root: Int32Array;
  /** Node n's children are edges edgeStart[n] to edgeStart[n + 1]: a character and the node it leads to. */
  edgeStart: Int32Array;
  edgeChar: Uint16Array;
  edgeTo: Int32Array;
  /** Node n's patterns are idList[idStart[n]] to idList[idStart[n + 1] - 1]. */
  idStart: Int32Array;
  idList: Int32Array;
}
const ROOT_CHARS = 0x500; // every word character is below this

function flatten(tree: HeadNode): FlatTree {
  const nodes: HeadNode[] = [];
  const number = (node: HeadNode): void => {
    nodes.push(node);
    for (const child of node.next.values()) number(child);
  };
  number(tree);
  const index = new Map(nodes.map((node, i) => [node, i]));
  const edges = nodes.reduce((n, node) => n + node.next.size, 0);
  const ids = nodes.reduce((n, node) => n + node.ids.length, 0);
  const flat: FlatTree = {
    root: new Int32Array(ROOT_CHARS).fill(-1),
    edgeStart: new Int32Array(nodes.length + 1),
    edgeChar: new Uint16Array(edges),
    edgeTo: new Int32Array(edges),
    idStart: new Int32Array(nodes.length + 1),
    idList: new Int32Array(ids),
  };
  let e = 0;
  let k = 0;
  nodes.forEach((node, n) => {
    flat.edgeStart[n] = e;
    flat.idStart[n] = k;
    for (const [c, child] of node.next) {
      flat.edgeChar[e] = c;
      flat.edgeTo[e++] = index.get(child)!;
    }
    for (const id of node.ids) flat.idList[k++] = id;
  });
  flat.edgeStart[nodes.length] = e;
  flat.idStart[nodes.length] = k;
  for (const [c, child] of tree.next) flat.root[c] = index.get(child)!;
  return flat;
}

const members: Member[] = [];
// Patterns that have scanned a marked text: only they are looked for at the next one.
const asked = new Set<number>();
let tablesCover = -1;
let headTree: FlatTree = flatten({ next: new Map(), ids: [] });
let notAtWords: Elsewhere[] = [];
let batchText: string | undefined;
let batchFirst: Int32Array | undefined;
let batchLower: string | undefined;

function register(lowerAlternation: string): number {
  if (members.length >= MAX_MEMBERS) return NONE;
  members.push({ alternation: lowerAlternation, edgeFree: !/\(\?<?[=!]|\\[bB]|[$^]/.test(lowerAlternation) });
  return members.length - 1;
}

/**
 * Longer heads tell more patterns apart before one runs; a pattern with too many falls back to shorter.
 * Made on first need: for every pattern at load, they took half the analyzer's start-up.
 */
function headsFor(id: number): readonly string[] | null {
  const m = members[id]!;
  if (m.heads === undefined) {
    const a = m.alternation;
    m.heads = headsOf(a, 8, true) ?? headsOf(a, 4, true) ?? headsOf(a, 2, true);
  }
  return m.heads;
}

// LETTER's characters as they stand in lower-case text.
const isWordCode = (c: number): boolean => (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || (c >= 0xc0 && c <= 0x24f) || (c >= 0x370 && c <= 0x4ff);

function buildTables(): void {
  const tree: HeadNode = { next: new Map(), ids: [] };
  notAtWords = [];
  for (const id of [...asked].sort((x, y) => x - y)) {
    const elsewhere: string[] = [];
    for (const head of members[id]!.heads!) {
      if (!isWordCode(head.charCodeAt(0))) {
        // Found with indexOf in the text as written: only the part before any run of digits or blanks.
        const cut = head.search(/[0\s]/);
        const literal = cut > 0 ? head.slice(0, cut) : head;
        if (!elsewhere.includes(literal)) elsewhere.push(literal);
        continue;
      }
      let node = tree;
      for (let i = 0; i < head.length; i++) {
        const c = head.charCodeAt(i);
        let child = node.next.get(c);
        if (!child) node.next.set(c, (child = { next: new Map(), ids: [] }));
        node = child;
      }
      node.ids.push(id);
    }
    if (elsewhere.length) notAtWords.push({ id, heads: elsewhere });
  }
  headTree = flatten(tree);
  tablesCover = asked.size;
}

function anchoredOf(id: number): RegExp {
  const m = members[id]!;
  return (m.anchored ??= new RegExp(`${lowerPattern(WORD_START)}(?:${m.alternation})${lowerPattern(WORD_END)}`, 'y'));
}

function matchesAt(id: number, lower: string, at: number): boolean {
  const re = anchoredOf(id);
  re.lastIndex = at;
  return re.test(lower);
}

const DIGIT_CODE = DIGIT_RUN.charCodeAt(0);
const SPACE_CODE = SPACE_RUN.charCodeAt(0);
const isDigitCode = (c: number): boolean => c >= 48 && c <= 57;
/** Exactly the characters \s matches, by char code: no regex run, no match object. */
export const isSpaceCode = (c: number): boolean =>
  c === 32 ||
  (c >= 9 && c <= 13) ||
  (c >= 0xa0 &&
    (c === 0xa0 ||
      c === 0x1680 ||
      (c >= 0x2000 && c <= 0x200a) ||
      c === 0x2028 ||
      c === 0x2029 ||
      c === 0x202f ||
      c === 0x205f ||
      c === 0x3000 ||
      c === 0xfeff));
function digitRunEnd(text: string, from: number): number {
  let j = from;
  while (isDigitCode(text.charCodeAt(j))) j++;
  return j;
}
function spaceRunEnd(text: string, from: number): number {
  let j = from;
  while (isSpaceCode(text.charCodeAt(j))) j++;
  return j;
}

function scanBatch(lower: string): Int32Array {
  if (tablesCover !== asked.size) buildTables();
  const first = new Int32Array(members.length).fill(UNKNOWN);
  for (const id of asked) first[id] = NONE;
  let inWord = false;
  for (let i = 0; i < lower.length; i++) {
    const c = lower.charCodeAt(i);
    const wordCode = isWordCode(c);
    if (wordCode && !inWord) {
      // Follow the text down the tree of heads; every head passed on the way is a pattern to try here.
      // A run of digits reads as one DIGIT_RUN and a run of blanks as one SPACE_RUN, as the heads were made.
      const { root, edgeStart, edgeChar, edgeTo, idStart, idList } = headTree;
      let j = isDigitCode(c) ? digitRunEnd(lower, i) : i + 1;
      for (let node = root[isDigitCode(c) ? DIGIT_CODE : c]!; node >= 0;) {
        for (let k = idStart[node]!, end = idStart[node + 1]!; k < end; k++) {
          const id = idList[k]!;
          if (first[id] === NONE && matchesAt(id, lower, i)) first[id] = i;
        }
        let next = lower.charCodeAt(j);
        if (isDigitCode(next)) {
          next = DIGIT_CODE;
          j = digitRunEnd(lower, j);
        } else if (isSpaceCode(next)) {
          next = SPACE_CODE;
          j = spaceRunEnd(lower, j);
        } else j++;
        let to = -1;
        for (let e = edgeStart[node]!, end = edgeStart[node + 1]!; e < end; e++)
          if (edgeChar[e] === next) {
            to = edgeTo[e]!;
            break;
          }
        node = to;
      }
    }
    inWord = wordCode;
  }
  for (const { id, heads } of notAtWords) {
    for (const head of heads) {
      for (let at = lower.indexOf(head); at >= 0 && (first[id] === NONE || at < first[id]!); at = lower.indexOf(head, at + 1)) {
        if (!matchesAt(id, lower, at)) continue;
        first[id] = at;
        break;
      }
    }
  }
  return first;
}

function batchAnswer(id: number, lower: string): number {
  batchFirst ??= scanBatch(lower);
  const at = batchFirst[id]!;
  if (at === UNKNOWN && headsFor(id)) asked.add(id);
  return at;
}

// A part of the marked text (the body, the signature, a head) between word boundaries: what a word pattern
// cannot find in the whole, it cannot find in the part either, so no scan of the part is needed.
let partText: string | undefined;
let partOfMarked = false;

function isPartOfMarked(text: string): boolean {
  if (text === partText) return partOfMarked;
  partText = text;
  partOfMarked = false;
  const whole = batchText!;
  const lower = batchLower!;
  for (let i = whole.indexOf(text); i >= 0 && i < whole.length; i = whole.indexOf(text, i + 1)) {
    const end = i + text.length;
    if ((i === 0 || !isWordCode(lower.charCodeAt(i - 1))) && (end === whole.length || !isWordCode(lower.charCodeAt(end)))) {
      partOfMarked = true;
      break;
    }
  }
  return partOfMarked;
}

// Finding a part costs a search of the whole; a sentence is cheaper to scan than to find.
const MIN_PART = 256;

function absentFromPart(id: number, text: string): boolean {
  if (batchText === undefined || batchLower === undefined || !members[id]!.edgeFree) return false;
  if (text.length < MIN_PART || text.length >= batchText.length) return false;
  if (!isPartOfMarked(text)) return false;
  return batchAnswer(id, batchLower) === NONE;
}

/**
 * Marks the text most patterns will scan: its first scan then answers, in one walk over its words, for
 * every pattern that scanned such a text before.
 */
export function scanTogether(text: string): void {
  batchText = text;
  batchFirst = undefined;
  batchLower = lowerOf(text);
  partText = undefined;
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
