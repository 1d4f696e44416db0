/**
 * Text and links from page elements without ever interpreting HTML: we read textContent node by node,
 * put line breaks where blocks end, and skip what the reader cannot see (phishers hide text).
 */
const BLOCK = new Set([
  'ADDRESS',
  'ARTICLE',
  'ASIDE',
  'BLOCKQUOTE',
  'DD',
  'DIV',
  'DL',
  'DT',
  'FIELDSET',
  'FIGCAPTION',
  'FIGURE',
  'FOOTER',
  'FORM',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'HEADER',
  'HR',
  'LI',
  'MAIN',
  'NAV',
  'OL',
  'P',
  'PRE',
  'SECTION',
  'TABLE',
  'TR',
  'UL',
]);
const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'HEAD', 'SVG', 'BUTTON', 'IFRAME', 'OBJECT']);
const MAX_CHARS = 2_000_000;

function hidden(el: Element): boolean {
  if (el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true') return true;
  const style = (el.getAttribute('style') ?? '').replace(/\s+/g, '').toLowerCase();
  return style.includes('display:none') || style.includes('visibility:hidden') || /font-size:0(?:px|pt|em)?(?:;|$)/.test(style);
}

export interface TextOptions {
  /** Elements (and their subtree) to leave out, e.g. quoted history. */
  exclude?: (el: Element) => boolean;
  /** Node allowance shared by the calls of one read; a fresh MAX_NODES allowance when absent. */
  budget?: TextBudget;
}

/**
 * How many nodes a read may still visit. The content script runs in the rep's mail tab, where every
 * node costs a trip into the DOM (about half a microsecond): an allowance keeps a read in the order of
 * ten milliseconds whatever the page holds. Real mail has a few thousand nodes; a page that exhausts
 * the allowance is read in part and says so (`exhausted`), which the readers report as a cut body.
 */
export interface TextBudget {
  nodes: number;
  exhausted: boolean;
  /** performance.now() after which the read stops, where a time limit is set (the rep's mail tab). */
  deadline?: number;
}

export const MAX_NODES = 20_000;

let readTimeLimitMs: number | undefined;

/**
 * Bound every read in this context by wall-clock time as well as by nodes. The content script sets
 * it: the first touch of each node from a content script is slow, and a slow or busy machine is slower
 * still, so only a time limit keeps the rep's tab responsive on any machine. Elsewhere (tests, the
 * worker) reads stay deterministic.
 */
export function limitReadTime(ms: number | undefined): void {
  readTimeLimitMs = ms;
}

export function textBudget(nodes = MAX_NODES): TextBudget {
  return readTimeLimitMs === undefined ? { nodes, exhausted: false } : { nodes, exhausted: false, deadline: performance.now() + readTimeLimitMs };
}

export function elementText(root: Element | null | undefined, opts: TextOptions = {}): string {
  if (!root) return '';
  const budget = opts.budget ?? textBudget();
  const exclude = opts.exclude;
  const out: string[] = [];
  let size = 0;
  // Walked with sibling pointers and a stack of open elements instead of recursion (a page can nest
  // deeper than the call stack) and without queueing all children of an element up front: a body of
  // 60 000 spans would cost 60 000 DOM wrappers before the allowance was ever consulted.
  const open: Array<{ el: Element; block: boolean; pre: boolean }> = [];
  // Inside <pre> (plain-text mail, PGP blocks) line breaks are the text's own: a person sees them.
  let pre = 0;
  let node: Node = root;
  for (;;) {
    if (budget.exhausted || size > MAX_CHARS) break;
    if (--budget.nodes < 0 || ((budget.nodes & 255) === 0 && budget.deadline !== undefined && performance.now() > budget.deadline)) {
      budget.exhausted = true;
      break;
    }
    const type = node.nodeType;
    if (type === 3) {
      const raw = node.nodeValue ?? '';
      const v = raw === ' ' ? raw : pre > 0 ? raw.replace(/\r\n?/g, '\n') : collapseSpaces(raw);
      out.push(v);
      size += v.length;
    } else if (type === 1) {
      const el = node as Element;
      const tag = el.tagName;
      // Most elements of a large body carry no attributes at all: skip the attribute checks for them.
      if (!(SKIP.has(tag) || (el.hasAttributes() && hidden(el)) || exclude?.(el))) {
        if (tag === 'BR') {
          out.push('\n');
        } else {
          const block = BLOCK.has(tag);
          if (block) out.push('\n');
          if (tag === 'TD' || tag === 'TH') out.push(' ');
          const first = el.firstChild;
          if (first) {
            const isPre = tag === 'PRE';
            if (isPre) pre++;
            open.push({ el, block, pre: isPre });
            node = first;
            continue;
          }
          if (block) out.push('\n');
        }
      }
    }
    if (node === root) break;
    // Next sibling, closing every element whose children are done on the way up.
    let next = node.nextSibling;
    let done = false;
    while (!next) {
      const parent = open.pop();
      if (!parent) {
        done = true;
        break;
      }
      if (parent.block) out.push('\n');
      if (parent.pre) pre--;
      if (parent.el === root) {
        done = true;
        break;
      }
      next = parent.el.nextSibling;
    }
    if (done || !next) break;
    node = next;
  }
  return tidyLines(out.join(''));
}

/** Runs of spaces, tabs, line breaks and no-break spaces become one space (linear, no backtracking). */
function collapseSpaces(s: string): string {
  return s.replace(/[ \t\r\n\u00a0]+/g, ' ');
}

const isBlank = (c: number) => c === 32 || c === 9;

/**
 * Trim spaces and tabs around every line, keep at most one empty line in a row, trim the whole.
 * Written as one pass: the regular expressions this replaces (`[ \t]+\n` and friends) restart at every
 * blank, so a body of 60 000 `<span> </span>` took seconds in the rep's mail tab.
 */

/** The quoted history a reader set apart, as one text: each block read within the same budget. */
export function quotedText(history: readonly Element[], budget: TextBudget | undefined): string {
  return history
    .map((q) => elementText(q, { budget }))
    .filter(Boolean)
    .join('\n\n');
}
export function tidyLines(s: string): string {
  const lines: string[] = [];
  let empties = 0;
  let start = 0;
  for (;;) {
    let end = s.indexOf('\n', start);
    const last = end < 0;
    if (last) end = s.length;
    let a = start;
    let b = end;
    while (a < b && isBlank(s.charCodeAt(a))) a++;
    while (b > a && isBlank(s.charCodeAt(b - 1))) b--;
    const line = s.slice(a, b);
    if (line) {
      if (lines.length && empties) lines.push('');
      lines.push(line);
      empties = 0;
    } else {
      empties++;
    }
    if (last) break;
    start = end + 1;
  }
  return lines.join('\n').trim();
}

/** Gmail and Outlook wrap links in redirects; the rep must see where a link really goes. */
export function unwrapHref(href: string): string {
  try {
    const u = new URL(href, 'https://invalid.example/');
    if (isGoogleHost(u.hostname) && u.pathname === '/url') return u.searchParams.get('q') ?? u.searchParams.get('url') ?? href;
    if (/safelinks\.protection\.outlook\.com$/.test(u.hostname)) return u.searchParams.get('url') ?? href;
    return href;
  } catch {
    return href;
  }
}

/**
 * Where a link really goes. Gmail leaves the real target in `href` and puts its redirect in
 * `data-saferedirecturl`; older pages and Outlook put the redirect in `href` itself. Either way the
 * rep must see the target, so the redirect is unwrapped wherever it is.
 */
function linkTarget(a: Element): string {
  const href = a.getAttribute('href') ?? '';
  if (href && !href.startsWith('#')) return unwrapHref(href);
  const safe = a.getAttribute('data-saferedirecturl');
  return safe ? unwrapHref(safe) : href;
}

export function linksIn(root: Element | null | undefined, opts: TextOptions = {}): Array<{ text: string; href: string }> {
  if (!root) return [];
  const out: Array<{ text: string; href: string }> = [];
  for (const a of Array.from(root.querySelectorAll('a[href], a[data-saferedirecturl]'))) {
    if (out.length >= 2000) break;
    if (opts.exclude && closestMatching(a, root, opts.exclude)) continue;
    const href = linkTarget(a);
    if (!href || href.startsWith('#') || /^javascript:/i.test(href)) continue;
    out.push({ text: elementText(a, opts.budget ? { budget: opts.budget } : {}).slice(0, 300), href: href.slice(0, 4000) });
  }
  return out;
}

function closestMatching(el: Element, stop: Element, pred: (e: Element) => boolean): boolean {
  for (let e: Element | null = el; e && e !== stop; e = e.parentElement) if (pred(e)) return true;
  return false;
}

/** A short stable hash for ids when the page gives none. */
export function hashText(s: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(36);
}

/** First element matching any selector, in order of trust. */
export function pick(root: ParentNode, selectors: readonly string[]): Element | null {
  for (const s of selectors) {
    const el = root.querySelector(s);
    if (el) return el;
  }
  return null;
}

/** The first element inside `root` matching a selector (in order of trust) that the rep can type into. */
export function editableIn(root: Element | null, selectors: readonly string[]): HTMLElement | null {
  if (!root) return null;
  for (const s of selectors) {
    for (const el of Array.from(root.querySelectorAll<HTMLElement>(s))) if (el.isContentEditable) return el;
  }
  return null;
}

/** "google.com", "www.google.co.uk": a label "google" followed only by suffix labels, checked without a pattern. */
function isGoogleHost(hostname: string): boolean {
  const labels = hostname.toLowerCase().split('.');
  const i = labels.indexOf('google');
  return i >= 0 && i < labels.length - 1 && labels.slice(i + 1).every((l) => /^[a-z]{2,3}$/.test(l));
}
