/**
 * Text and links from page elements without ever interpreting HTML: text nodes are read one by one,
 * line breaks go where blocks and <br> are, and what the reader cannot see is skipped, because
 * phishers hide text (keywords to fool filters, fake "verified" notes) that the rep never reads.
 *
 * The walk is iterative (a hostile mail can nest ten thousand <div>s) and capped in size.
 */
import type { Link } from '../inquiry';

/** Elements that end a line when rendered. */
const BLOCK = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'CENTER', 'DD', 'DIV', 'DL', 'DT', 'FIELDSET', 'FIGCAPTION', 'FIGURE',
  'FOOTER', 'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR', 'LI', 'MAIN', 'NAV', 'OL', 'P', 'PRE',
  'SECTION', 'TABLE', 'TBODY', 'THEAD', 'TFOOT', 'TR', 'UL', 'DETAILS', 'SUMMARY', 'CAPTION',
]);
/** Never text the reader sees as message content. */
const SKIP = new Set([
  'SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'HEAD', 'TITLE', 'META', 'LINK', 'SVG', 'MATH', 'IFRAME', 'FRAME',
  'OBJECT', 'EMBED', 'CANVAS', 'AUDIO', 'VIDEO', 'BUTTON', 'INPUT', 'SELECT', 'OPTION', 'TEXTAREA',
]);

export const MAX_TEXT_CHARS = 2_000_000;
const MAX_LINKS = 2000;
const MAX_LINK_TEXT = 2000;
const MAX_HREF = 8000;

/** Hidden by the element's own attributes or inline style (the ways mail and page markup hide text). */
export function isHidden(el: Element): boolean {
  if (el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true') return true;
  const style = el.getAttribute('style');
  if (!style) return false;
  let heightZero = false;
  let overflowHidden = false;
  for (const decl of style.slice(0, 4000).split(';')) {
    const colon = decl.indexOf(':');
    if (colon < 0) continue;
    const prop = decl.slice(0, colon).trim().toLowerCase();
    const value = decl.slice(colon + 1).replace(/!important/i, '').trim().toLowerCase();
    if (prop === 'display' && value === 'none') return true;
    if (prop === 'visibility' && (value === 'hidden' || value === 'collapse')) return true;
    if (prop === 'mso-hide' && value === 'all') return true;
    if ((prop === 'font-size' || prop === 'opacity') && parseFloat(value) === 0) return true;
    if ((prop === 'height' || prop === 'max-height' || prop === 'width' || prop === 'max-width') && parseFloat(value) === 0) heightZero = true;
    if (prop === 'overflow' && value === 'hidden') overflowHidden = true;
  }
  return heightZero && overflowHidden;
}

/** True when `el` or an ancestor up to (not including) `stop` is hidden. */
export function hiddenWithin(el: Element, stop: Element | null): boolean {
  for (let e: Element | null = el; e && e !== stop; e = e.parentElement) if (isHidden(e)) return true;
  return false;
}

export interface RenderOptions {
  /** Subtrees that are page chrome inside the message (buttons, "show trimmed content"): left out. */
  skip?: (el: Element) => boolean;
  /** Subtrees that are history (quoted replies): their text goes to `quoted`. */
  quote?: (el: Element) => boolean;
  /** An element that starts history, e.g. Outlook's "From: … Sent: …" block: it and everything after it is quoted. */
  quoteFrom?: (el: Element) => boolean;
}

export interface Rendered {
  text: string;
  quoted: string;
  /** Links in the new text (not in history), with their real target. */
  links: Link[];
}

type Frame =
  | { kind: 'node'; node: Node; q: boolean; pre: boolean }
  | { kind: 'close'; q: boolean; s: string }
  | { kind: 'link'; q: boolean; a: Element; href: string; start: number };

/** Renders `root` as a reader sees it: visible text only, new text and history apart, links kept. */
export function renderText(root: Element | null | undefined, opts: RenderOptions = {}): Rendered {
  const text: string[] = [];
  const quoted: string[] = [];
  const links: Link[] = [];
  if (!root) return { text: '', quoted: '', links };
  let size = 0;
  let after = false;
  const stack: Frame[] = [{ kind: 'node', node: root, q: false, pre: false }];
  while (stack.length > 0 && size <= MAX_TEXT_CHARS) {
    const f = stack.pop()!;
    if (f.kind === 'close') {
      (f.q || after ? quoted : text).push(f.s);
      continue;
    }
    if (f.kind === 'link') {
      const out = f.q || after ? quoted : text;
      if (!(f.q || after) && links.length < MAX_LINKS) {
        let label = squeeze(out.slice(f.start).join(''));
        if (!label) label = f.a.querySelector('img[alt]')?.getAttribute('alt')?.trim() ?? '';
        links.push({ text: label.slice(0, MAX_LINK_TEXT), href: f.href.slice(0, MAX_HREF) });
      }
      continue;
    }
    const node = f.node;
    if (node.nodeType === 3) {
      const raw = node.nodeValue ?? '';
      const v = f.pre ? raw : raw.replace(/[ \t\r\n\f\u00a0]+/g, ' ');
      (f.q || after ? quoted : text).push(v);
      size += v.length;
      continue;
    }
    if (node.nodeType !== 1) continue;
    const el = node as Element;
    const tag = el.tagName.toUpperCase();
    if (SKIP.has(tag) || isHidden(el) || opts.skip?.(el)) continue;
    if (!after && el !== root && opts.quoteFrom?.(el)) after = true;
    const q = f.q || (el !== root && Boolean(opts.quote?.(el)));
    const out = q || after ? quoted : text;
    if (tag === 'BR') {
      out.push('\n');
      continue;
    }
    if (tag === 'IMG') {
      // Emoji in subjects and bodies are images with the character as alt text.
      if (el.hasAttribute('data-emoji')) out.push(el.getAttribute('alt') ?? '');
      continue;
    }
    const block = BLOCK.has(tag);
    if (block) {
      out.push('\n');
      stack.push({ kind: 'close', q, s: '\n' });
    } else if (tag === 'TD' || tag === 'TH') {
      out.push(' ');
      stack.push({ kind: 'close', q, s: ' ' });
    }
    if (tag === 'A') {
      const href = realHref(el.getAttribute('href') ?? '');
      if (href) stack.push({ kind: 'link', q, a: el, href, start: out.length });
    }
    const pre = f.pre || tag === 'PRE';
    const children: Frame[] = [];
    for (let c = el.firstChild; c; c = c.nextSibling) children.push({ kind: 'node', node: c, q, pre });
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]!);
  }
  return { text: tidy(text.join('')), quoted: tidy(quoted.join('')), links };
}

/** Visible text of an element, with line breaks where the page shows them. */
export function elementText(el: Element | null | undefined, opts: RenderOptions = {}): string {
  return renderText(el, opts).text;
}

/** Links of an element's visible content (history excluded when `opts` says what history is). */
export function linksIn(el: Element | null | undefined, opts: RenderOptions = {}): Link[] {
  return renderText(el, opts).links;
}

function squeeze(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}

/** Line by line, so no pattern ever runs over a long stretch of the text. */
function tidy(s: string): string {
  const lines = s.split('\n');
  const out: string[] = [];
  let blank = 0;
  for (const line of lines) {
    const l = line.replace(/ {2,}/g, ' ').trim();
    if (!l) {
      blank++;
      continue;
    }
    if (out.length > 0 && blank > 0) out.push(blank > 1 ? '\n' : '');
    blank = 0;
    out.push(l);
  }
  // A single line break between blocks is the normal rendering; two or more empty lines collapse to one.
  return out.join('\n').replace(/\n{3,}/g, '\n\n');
}

/** The target a click really opens, or '' for links that go nowhere (anchors, javascript:). */
function realHref(raw: string): string {
  const href = raw.trim();
  if (!href || href.startsWith('#') || /^javascript:/i.test(href)) return '';
  return unwrapHref(href);
}

/**
 * Gmail routes links through google.com/url?q=…, Outlook through safelinks: the rep must see where a
 * link really goes, so the wrapper is removed when it carries a web address.
 */
export function unwrapHref(href: string): string {
  let u: URL;
  try {
    u = new URL(href);
  } catch {
    return href;
  }
  let inner: string | null = null;
  if (/(?:^|\.)google\.[a-z.]{2,10}$/i.test(u.hostname) && u.pathname === '/url') inner = u.searchParams.get('q') ?? u.searchParams.get('url');
  else if (/(?:^|\.)safelinks\.protection\.outlook\.com$/i.test(u.hostname)) inner = u.searchParams.get('url');
  return inner && /^(?:https?|ftp|mailto):/i.test(inner) ? inner : href;
}

/** A short stable hash for ids when the page gives none (two 32-bit FNV-1a variants, base 36). */
export function hashText(s: string): string {
  let a = 0x811c9dc5;
  let b = 0x01000193;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x5bd1e995);
  }
  return (a >>> 0).toString(36) + (b >>> 0).toString(36);
}

/** First element matching any selector, in order of trust, with the selector that matched. */
export function firstMatch(root: ParentNode, selectors: readonly string[]): { el: Element; selector: string } | null {
  for (const selector of selectors) {
    const el = root.querySelector(selector);
    if (el) return { el, selector };
  }
  return null;
}

export function pick(root: ParentNode, selectors: readonly string[]): Element | null {
  return firstMatch(root, selectors)?.el ?? null;
}

/** All elements of the first selector that matches anything. */
export function pickAll(root: ParentNode, selectors: readonly string[]): Element[] {
  for (const selector of selectors) {
    const els = root.querySelectorAll(selector);
    if (els.length > 0) return Array.from(els);
  }
  return [];
}
