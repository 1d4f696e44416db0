/**
 * Reads a page as data: its <title>, its description and its visible text. No DOM (the service worker
 * has none) and nothing runs: a linear scan with indexOf that skips scripts, styles, comments and
 * tags, so hostile markup (unclosed comments, megabyte attributes, fake closing tags in strings) costs
 * one pass and yields only text.
 */

export interface PageText {
  title: string;
  /** Meta description, og:title and og:site_name: where a company names itself when the page is all script. */
  meta: string;
  text: string;
}

const NAMED: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
  copy: '\u00a9',
  reg: '\u00ae',
  ndash: '\u2013',
  mdash: '\u2014',
  hellip: '\u2026',
  laquo: '\u00ab',
  raquo: '\u00bb',
};

/** Entities a title or name uses; anything else stays as written. */
export function decodeEntities(s: string): string {
  return s.replace(/&(#x[0-9a-f]{1,6}|#[0-9]{1,7}|[a-z]{2,8});/gi, (m, body: string) => {
    if (body[0] === '#') {
      const code = body[1] === 'x' || body[1] === 'X' ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
      // Controls and lone surrogates are not text; a code past Unicode is not a character.
      if (!Number.isFinite(code) || code < 32 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return ' ';
      return String.fromCodePoint(code);
    }
    return NAMED[body.toLowerCase()] ?? m;
  });
}

/** Control characters and bidirectional overrides could reorder what the rep reads in the panel. */
export function cleanText(s: string): string {
  return s
    .replace(/[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

const RAW = new Set(['script', 'style', 'template', 'svg', 'iframe', 'object', 'textarea']);

function tagName(html: string, at: number): { name: string; closing: boolean } {
  let i = at + 1;
  const closing = html[i] === '/';
  if (closing) i++;
  let name = '';
  while (i < html.length && name.length < 20) {
    const c = html.charCodeAt(i);
    const letter = (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57 && name.length > 0) || c === 45;
    if (!letter) break;
    name += html[i];
    i++;
  }
  return { name: name.toLowerCase(), closing };
}

/** The end of a tag, skipping quoted attribute values (a '>' inside quotes does not end it). */
function tagEnd(html: string, from: number): number {
  let quote = '';
  for (let i = from; i < html.length; i++) {
    const c = html[i]!;
    if (quote) {
      if (c === quote) quote = '';
    } else if (c === '"' || c === "'") quote = c;
    else if (c === '>') return i;
  }
  return html.length;
}

const ATTRS = { name: /[\s"']name\s*=/, property: /[\s"']property\s*=/, content: /[\s"']content\s*=/ } as const;

function attr(tag: string, name: keyof typeof ATTRS): string {
  const lower = tag.toLowerCase();
  const at = lower.search(ATTRS[name]);
  if (at < 0) return '';
  let i = lower.indexOf('=', at) + 1;
  while (tag[i] === ' ') i++;
  const q = tag[i];
  if (q === '"' || q === "'") {
    const end = tag.indexOf(q, i + 1);
    return tag.slice(i + 1, end < 0 ? undefined : end);
  }
  const m = /^[^\s>]*/.exec(tag.slice(i, i + 500));
  return m ? m[0] : '';
}

/** Where `</name` next starts, any letter case; each '</' is looked at once, so the scan stays linear. */
function closingTag(html: string, name: string, from: number): number {
  let j = html.indexOf('</', from);
  while (j >= 0) {
    const t = tagName(html, j);
    if (t.closing && t.name === name) return j;
    j = html.indexOf('</', j + 2);
  }
  return -1;
}

const META_KEYS = new Set(['description', 'og:title', 'og:site_name', 'og:description', 'application-name']);

export function readPage(html: string, maxText = 20_000): PageText {
  let title = '';
  const meta: string[] = [];
  const text: string[] = [];
  let textLen = 0;
  let inTitle = -1;
  let i = 0;
  while (i < html.length && textLen < maxText * 2) {
    const lt = html.indexOf('<', i);
    const chunkEnd = lt < 0 ? html.length : lt;
    if (chunkEnd > i && inTitle < 0) {
      const piece = html.slice(i, chunkEnd);
      text.push(piece);
      textLen += piece.length;
    }
    if (lt < 0) break;
    if (html.startsWith('<!--', lt)) {
      const end = html.indexOf('-->', lt + 4);
      i = end < 0 ? html.length : end + 3;
      continue;
    }
    const { name, closing } = tagName(html, lt);
    const end = tagEnd(html, lt + 1);
    if (!name) {
      // "<!doctype", "<?xml", "< 5" and the like: not a tag that holds text.
      if (html[lt + 1] === '!' || html[lt + 1] === '?') i = end + 1;
      else {
        text.push('<');
        i = lt + 1;
      }
      continue;
    }
    if (name === 'title' && !closing && !title && inTitle < 0) inTitle = end + 1;
    else if (name === 'title' && closing && inTitle >= 0) {
      title = html.slice(inTitle, lt);
      inTitle = -1;
    } else if (name === 'meta' && !closing) {
      const tag = html.slice(lt, end + 1);
      const key = (attr(tag, 'name') || attr(tag, 'property')).toLowerCase();
      if (META_KEYS.has(key)) meta.push(attr(tag, 'content').slice(0, 1000));
    } else if (!closing && RAW.has(name)) {
      // Raw text runs to its own closing tag, whatever it contains.
      const close = closingTag(html, name, end + 1);
      i = close < 0 ? html.length : tagEnd(html, close + 2) + 1;
      continue;
    }
    if (!closing && inTitle < 0) text.push(' ');
    i = end + 1;
  }
  if (inTitle >= 0 && !title) title = html.slice(inTitle, Math.min(html.length, inTitle + 1000));
  const clip = (s: string, n: number) => (s.length > n ? s.slice(0, n) : s);
  return {
    // A title is raw text in HTML: markup written inside it is shown as text by browsers, and means nothing here.
    title: clip(cleanText(decodeEntities(clip(title, 2000).replace(/<[^<>]{0,200}>/g, ' '))), 200),
    meta: clip(cleanText(decodeEntities(meta.join(' \u00b7 '))), 2000),
    text: clip(cleanText(decodeEntities(text.join(''))), maxText),
  };
}
