import { decodeEntities } from './html-entities';

/**
 * HTML mail → plain text, without a DOM: file import runs in the MV3 service worker and in Node, where
 * DOMParser does not exist. The tokenizer only ever moves forward (each `<` is examined once and every
 * search continues from where the previous one stopped), so hostile input — unclosed tags, 100k nested
 * divs, megabyte attributes — costs linear time. It is not a conforming HTML parser: it keeps what a
 * reader sees (text, line structure, where links really go) and drops the rest.
 */

export interface HtmlLink {
  /** What the reader sees (anchor text, or the image's alt text for an image link). */
  text: string;
  /** Where the link really goes, entity-decoded. */
  href: string;
}

export interface HtmlText {
  text: string;
  links: HtmlLink[];
}

/** Output beyond this is dropped; the mail readers cap the body at the same size. */
export const MAX_HTML_TEXT = 2_000_000;
const MAX_LINKS = 5_000;
const MAX_LINK_TEXT = 2_000;
const MAX_HREF = 8_000;
/** Prefixes repeat on every line; bounding their depth keeps the output proportional to the input. */
const MAX_PREFIX_DEPTH = 5;

/** Their content is never shown to the reader, and is not markup, so it is skipped to the end tag. */
const SKIPPED_CONTENT = new Set(['script', 'style', 'title', 'template', 'iframe', 'noembed', 'noframes', 'object']);
/** Elements that may sit in <head>; any other start tag means the body has begun, as in browsers. */
const HEAD_CONTENT = new Set(['meta', 'link', 'base', 'basefont', 'bgsound', 'noscript', 'head', 'html', 'xml']);
const PARAGRAPH = new Set(['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'blockquote', 'pre', 'hr', 'address', 'figure']);
const BLOCK = new Set([
  'article',
  'aside',
  'body',
  'center',
  'caption',
  'dd',
  'details',
  'dialog',
  'dir',
  'div',
  'dl',
  'dt',
  'fieldset',
  'figcaption',
  'footer',
  'form',
  'header',
  'hgroup',
  'legend',
  'li',
  'main',
  'menu',
  'nav',
  'ol',
  'option',
  'section',
  'summary',
  'table',
  'tbody',
  'tfoot',
  'thead',
  'tr',
  'ul',
]);
const WANTED_ATTRIBUTES: Record<string, readonly string[]> = {
  a: ['href'],
  img: ['alt'],
  p: ['class'],
  blockquote: ['type', 'class'],
};

interface Tag {
  name: string;
  closing: boolean;
  attrs: Map<string, string>;
  /** Index just past the tag's `>` (or the end of input for an unterminated tag). */
  end: number;
}

function isAsciiLetter(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13 || c === 12;
}

function isNameChar(c: number): boolean {
  return isAsciiLetter(c) || (c >= 48 && c <= 57) || c === 45 || c === 58 || c === 95;
}

/** Reads one tag starting at `<` (html[lt]); the caller has checked that a name follows. */
function readTag(html: string, lt: number): Tag {
  const n = html.length;
  const closing = html.charCodeAt(lt + 1) === 47;
  let j = lt + (closing ? 2 : 1);
  const nameStart = j;
  while (j < n && isNameChar(html.charCodeAt(j))) j++;
  const name = html.slice(nameStart, Math.min(j, nameStart + 40)).toLowerCase();
  const wanted = closing ? undefined : WANTED_ATTRIBUTES[name];
  const attrs = new Map<string, string>();

  while (j < n) {
    let c = html.charCodeAt(j);
    if (c === 62 /* > */) return { name, closing, attrs, end: j + 1 };
    if (isSpace(c) || c === 47 /* / */) {
      j++;
      continue;
    }
    // Attribute name: always consumes at least one character, so the loop always advances.
    const attrStart = j;
    j++;
    while (j < n) {
      c = html.charCodeAt(j);
      if (isSpace(c) || c === 61 || c === 62 || c === 47) break;
      j++;
    }
    const attrName = wanted ? html.slice(attrStart, Math.min(j, attrStart + 40)).toLowerCase() : '';
    let k = j;
    while (k < n && isSpace(html.charCodeAt(k))) k++;
    if (html.charCodeAt(k) !== 61 /* = */) continue;
    k++;
    while (k < n && isSpace(html.charCodeAt(k))) k++;
    let valueStart = k;
    let valueEnd: number;
    const q = html.charCodeAt(k);
    if (q === 34 || q === 39) {
      valueStart = k + 1;
      const close = html.indexOf(q === 34 ? '"' : "'", valueStart);
      valueEnd = close === -1 ? n : close;
      j = close === -1 ? n : close + 1;
    } else {
      while (k < n && !isSpace(html.charCodeAt(k)) && html.charCodeAt(k) !== 62) k++;
      valueEnd = k;
      j = k;
    }
    if (wanted?.includes(attrName) && !attrs.has(attrName)) {
      // Only a bounded prefix is copied; a megabyte attribute costs one scan, not one copy per use.
      attrs.set(attrName, html.slice(valueStart, Math.min(valueEnd, valueStart + MAX_HREF * 2)));
    }
  }
  return { name, closing, attrs, end: n };
}

const END_TAG_CACHE = new Map<string, RegExp>();
function endTagPattern(name: string): RegExp {
  let re = END_TAG_CACHE.get(name);
  if (!re) {
    re = new RegExp(`</${name}(?=[\\s/>])`, 'gi');
    END_TAG_CACHE.set(name, re);
  }
  return re;
}

/** Index just past the end tag of a skipped element, or the end of input when it is never closed. */
function skipContent(html: string, name: string, from: number): number {
  const re = endTagPattern(name);
  re.lastIndex = from;
  const m = re.exec(html);
  if (!m) return html.length;
  const gt = html.indexOf('>', m.index);
  return gt === -1 ? html.length : gt + 1;
}

/** Accumulates visible text with the line structure a mail client would render. */
class TextWriter {
  private readonly parts: string[] = [];
  private length = 0;
  full = false;
  private hasContent = false;
  private atLineStart = true;
  private pendingNewlines = 0;
  private pendingSpace = false;
  private pendingCellSeparator = false;
  private pendingBullet = false;
  /** Citation blockquotes currently open; their lines get "> " so reply detection sees a quote. */
  private quoteDepth = 0;
  private readonly blockquotes: boolean[] = [];
  listDepth = 0;
  preDepth = 0;

  readonly links: HtmlLink[] = [];
  private link: { href: string; text: string[]; length: number; alt: string } | undefined;

  /** A block boundary: at least `count` line breaks before the next text. */
  block(count: number): void {
    if (this.pendingNewlines < count) this.pendingNewlines = count;
  }

  /** <br> and newlines inside <pre> add up, unlike block boundaries. */
  lineBreak(): void {
    if (this.pendingNewlines < 2) this.pendingNewlines++;
    else this.pendingNewlines = 2;
    if (!this.hasContent) this.pendingNewlines = 0;
  }

  openBlockquote(citation: boolean): void {
    this.blockquotes.push(citation);
    if (citation) this.quoteDepth++;
  }

  closeBlockquote(): void {
    if (this.blockquotes.pop()) this.quoteDepth--;
  }

  listItem(): void {
    this.block(1);
    this.pendingBullet = true;
  }

  cell(): void {
    if (this.hasContent && !this.atLineStart && this.pendingNewlines === 0) this.pendingCellSeparator = true;
  }

  /** Text from the document: whitespace collapses, except inside <pre>. */
  text(raw: string): void {
    const s = decodeEntities(raw);
    if (this.preDepth > 0) {
      const lines = s.replace(/\r\n?/g, '\n').split('\n');
      lines.forEach((line, idx) => {
        if (idx > 0) this.lineBreak();
        if (line.length > 0) this.word(line.replace(/[\t\u00a0]/g, ' '));
      });
      return;
    }
    let i = 0;
    const n = s.length;
    while (i < n) {
      while (i < n && isSpace(s.charCodeAt(i))) {
        this.pendingSpace = true;
        i++;
      }
      const start = i;
      while (i < n && !isSpace(s.charCodeAt(i))) i++;
      if (i > start) this.word(s.slice(start, i).replace(/\u00a0/g, ' '));
    }
  }

  /** Emits a run of visible characters, first flushing whatever separator is pending before it. */
  word(w: string): void {
    if (this.full) return;
    const separated = this.pendingNewlines > 0 || this.pendingSpace || this.pendingCellSeparator;
    if (this.hasContent) {
      if (this.pendingNewlines > 0) {
        this.push('\n'.repeat(this.pendingNewlines));
        this.atLineStart = true;
      } else if (this.pendingCellSeparator) {
        this.push(' | ');
      } else if (this.pendingSpace && !this.atLineStart) {
        this.push(' ');
      }
    }
    if (this.atLineStart) {
      if (this.quoteDepth > 0) this.push('> '.repeat(Math.min(this.quoteDepth, MAX_PREFIX_DEPTH)));
      if (this.pendingBullet) {
        this.push('  '.repeat(Math.min(Math.max(this.listDepth - 1, 0), MAX_PREFIX_DEPTH)) + '- ');
      }
    }
    this.push(w);
    if (this.link && this.link.length < MAX_LINK_TEXT) {
      if (separated && this.link.length > 0) this.link.text.push(' ');
      this.link.text.push(w);
      this.link.length += w.length + 1;
    }
    this.pendingNewlines = 0;
    this.pendingSpace = false;
    this.pendingCellSeparator = false;
    this.pendingBullet = false;
    this.atLineStart = false;
    this.hasContent = true;
  }

  openLink(rawHref: string | undefined): void {
    this.closeLink();
    if (rawHref === undefined) return;
    // Browsers drop tabs and newlines inside URLs; phishers insert them to dodge naive matching.
    const href = decodeEntities(rawHref)
      .replace(/[\t\n\r]/g, '')
      .trim()
      .slice(0, MAX_HREF);
    if (href) this.link = { href, text: [], length: 0, alt: '' };
  }

  imageAlt(alt: string | undefined): void {
    if (this.link && alt && !this.link.alt) this.link.alt = decodeEntities(alt).trim();
  }

  closeLink(): void {
    const link = this.link;
    if (!link) return;
    this.link = undefined;
    if (this.links.length >= MAX_LINKS) return;
    const text = link.text.join('').trim() || link.alt;
    this.links.push({ text: text.slice(0, MAX_LINK_TEXT), href: link.href });
  }

  private push(s: string): void {
    if (this.length + s.length > MAX_HTML_TEXT) {
      this.full = true;
      return;
    }
    this.parts.push(s);
    this.length += s.length;
  }

  result(): string {
    this.closeLink();
    return tidyLines(this.parts.join(''));
  }
}

/** Trailing spaces go and runs of blank lines shrink to one; done per line so no regex can backtrack. */
function tidyLines(s: string): string {
  const out: string[] = [];
  let blank = true;
  for (const raw of s.split('\n')) {
    const line = raw.trimEnd();
    const isBlank = line.length === 0 || line === '>' || /^(?:> ?){1,5}$/.test(line);
    if (isBlank) {
      if (!blank) out.push(line);
      blank = true;
    } else {
      out.push(line);
      blank = false;
    }
  }
  while (out.length > 0 && (out[out.length - 1] ?? '').trim().replace(/>/g, '') === '') out.pop();
  return out.join('\n');
}

/**
 * Mail clients mark quoted replies (Gmail class="gmail_quote", Apple Mail and Thunderbird type="cite");
 * a bare <blockquote> is just indentation in newsletter layouts and must not hide the text as history.
 */
function isCitation(attrs: Map<string, string>): boolean {
  if ((attrs.get('type') ?? '').trim().toLowerCase() === 'cite') return true;
  return /quote/i.test((attrs.get('class') ?? '').slice(0, 500));
}

function applyTag(w: TextWriter, tag: Tag, state: { inHead: boolean }): void {
  const { name, closing } = tag;
  if (!closing) {
    if (name === 'head') state.inHead = true;
    else if (state.inHead && !HEAD_CONTENT.has(name)) state.inHead = false;
  } else if (name === 'head') {
    state.inHead = false;
  }

  switch (name) {
    case 'a':
      if (closing) w.closeLink();
      else w.openLink(tag.attrs.get('href'));
      return;
    case 'img':
      w.imageAlt(tag.attrs.get('alt'));
      return;
    case 'br':
      w.lineBreak();
      return;
    case 'td':
    case 'th':
      if (!closing) w.cell();
      return;
    case 'li':
      if (closing) w.block(1);
      else w.listItem();
      return;
    case 'ul':
    case 'ol':
      w.listDepth = Math.max(0, w.listDepth + (closing ? -1 : 1));
      w.block(1);
      return;
    case 'blockquote':
      if (closing) w.closeBlockquote();
      else w.openBlockquote(isCitation(tag.attrs));
      w.block(2);
      return;
    case 'pre':
      w.preDepth = Math.max(0, w.preDepth + (closing ? -1 : 1));
      w.block(2);
      return;
    case 'p':
      // Outlook writes every line as a zero-margin <p class="MsoNormal">; a blank line after each
      // would double-space the whole mail (its empty lines are separate &nbsp; paragraphs).
      w.block(/msonormal/i.test(tag.attrs.get('class') ?? '') ? 1 : 2);
      return;
    default:
      if (PARAGRAPH.has(name)) w.block(2);
      else if (BLOCK.has(name)) w.block(1);
  }
}

export function htmlToText(html: string): HtmlText {
  const w = new TextWriter();
  const state = { inHead: false };
  try {
    const n = html.length;
    let i = 0;
    while (i < n && !w.full) {
      const lt = html.indexOf('<', i);
      const textEnd = lt === -1 ? n : lt;
      if (textEnd > i && !state.inHead) w.text(html.slice(i, textEnd));
      if (lt === -1) break;
      i = readMarkup(html, lt, w, state);
    }
  } catch {
    // Defensive only: the tokenizer has no throwing paths, and a partial text beats no text.
  }
  return { text: w.result(), links: w.links };
}

/** Consumes the markup at html[lt] (`<`) and returns where text resumes. */
function readMarkup(html: string, lt: number, w: TextWriter, state: { inHead: boolean }): number {
  const n = html.length;
  if (html.startsWith('<!--', lt)) {
    const end = html.indexOf('-->', lt + 4);
    return end === -1 ? n : end + 3;
  }
  const c1 = html.charCodeAt(lt + 1);
  if (c1 === 33 /* ! */ || c1 === 63 /* ? */) {
    const end = html.indexOf('>', lt + 2);
    return end === -1 ? n : end + 1;
  }
  const closing = c1 === 47;
  if (!isAsciiLetter(html.charCodeAt(lt + (closing ? 2 : 1)))) {
    if (closing) {
      // `</3>` and similar are bogus comments in browsers: skipped, not shown.
      const end = html.indexOf('>', lt + 2);
      return end === -1 ? n : end + 1;
    }
    if (!state.inHead) w.word('<');
    return lt + 1;
  }
  const tag = readTag(html, lt);
  if (!tag.closing && SKIPPED_CONTENT.has(tag.name)) return skipContent(html, tag.name, tag.end);
  applyTag(w, tag, state);
  return tag.end;
}
