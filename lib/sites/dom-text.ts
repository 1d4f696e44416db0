/**
 * Text and links from page elements without ever interpreting HTML: we read textContent node by node,
 * put line breaks where blocks end, and skip what the reader cannot see (phishers hide text).
 */
const BLOCK = new Set(['ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'DD', 'DIV', 'DL', 'DT', 'FIELDSET', 'FIGCAPTION', 'FIGURE', 'FOOTER', 'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR', 'LI', 'MAIN', 'NAV', 'OL', 'P', 'PRE', 'SECTION', 'TABLE', 'TR', 'UL']);
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
}

export function elementText(root: Element | null | undefined, opts: TextOptions = {}): string {
  if (!root) return '';
  const out: string[] = [];
  let size = 0;
  const walk = (node: Node) => {
    if (size > MAX_CHARS) return;
    if (node.nodeType === 3) {
      const v = (node.nodeValue ?? '').replace(/[ \t\r\n\u00a0]+/g, ' ');
      out.push(v);
      size += v.length;
      return;
    }
    if (node.nodeType !== 1) return;
    const el = node as Element;
    if (SKIP.has(el.tagName) || hidden(el) || opts.exclude?.(el)) return;
    if (el.tagName === 'BR') {
      out.push('\n');
      return;
    }
    const block = BLOCK.has(el.tagName);
    if (block) out.push('\n');
    if (el.tagName === 'TD' || el.tagName === 'TH') out.push(' ');
    for (let c = el.firstChild; c; c = c.nextSibling) walk(c);
    if (block) out.push('\n');
  };
  walk(root);
  return out
    .join('')
    .replace(/[ \t]+\n/g, '\n')
    .replace(/\n[ \t]+/g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/** Gmail and Outlook wrap links in redirects; the rep must see where a link really goes. */
export function unwrapHref(href: string): string {
  try {
    const u = new URL(href, 'https://invalid.example/');
    if (/(?:^|\.)google\.[a-z.]+$/.test(u.hostname) && u.pathname === '/url') return u.searchParams.get('q') ?? u.searchParams.get('url') ?? href;
    if (/safelinks\.protection\.outlook\.com$/.test(u.hostname)) return u.searchParams.get('url') ?? href;
    return href;
  } catch {
    return href;
  }
}

export function linksIn(root: Element | null | undefined, opts: TextOptions = {}): Array<{ text: string; href: string }> {
  if (!root) return [];
  const out: Array<{ text: string; href: string }> = [];
  for (const a of Array.from(root.querySelectorAll('a[href]'))) {
    if (out.length >= 2000) break;
    if (opts.exclude && closestMatching(a, root, opts.exclude)) continue;
    const href = a.getAttribute('href') ?? '';
    if (!href || href.startsWith('#') || /^javascript:/i.test(href)) continue;
    out.push({ text: elementText(a).slice(0, 300), href: unwrapHref(href).slice(0, 4000) });
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
