/**
 * A censored copy of a page's structure, for a rep to attach to a bug report when a reader fails
 * (InboxSDK logs censored DOM for the same reason). Tags, ids, classes, roles and the NAMES of every
 * kept attribute survive, so the site readers can be run on the copy (`cli try-site`) and a maintainer
 * sees which selectors match; text and any value that could be personal become same-length
 * placeholders of the same character class (letters x/X, digits 0, CJK 字, spaces and punctuation
 * kept), so `[title*="@"]` or a date's `:` still match while the address and the date do not survive.
 *
 * The page is never serialised by the browser (outerHTML would carry every value): each node is
 * written here from an allowlist. Pure DOM, no extension API: it runs in the content script, on
 * demand only, and in Node for tests.
 */

export interface ShapeCapture {
  html: string;
  /** Elements written. */
  elements: number;
  /** Why the copy stops early, if it does: too many elements, too much output, or nesting too deep. */
  cut: 'elements' | 'size' | 'depth' | null;
  /** `pane`: the page was larger than a capture holds, so the copy is of the reading pane alone. */
  scope: 'page' | 'pane';
}

export interface CensorOptions {
  maxElements?: number;
  maxChars?: number;
  /** The page's address, written censored in the copy's header (host kept: it names the site). */
  url?: string;
  /**
   * The reading pane, copied alone when the whole page does not fit: a large inbox list before it
   * would otherwise fill the copy and leave out the very message the report is about.
   */
  focus?: Element | null;
}

export const MAX_SHAPE_ELEMENTS = 40_000;
export const MAX_SHAPE_CHARS = 1_500_000;
/** Real mail pages nest well under a hundred deep; deeper is padding, and each level costs a closing tag. */
const MAX_DEPTH = 300;
/** One text node or attribute of a hostile page must not fill the copy by itself. */
const MAX_VALUE = 2_000;
/** Attribute values are shorter; past this their shape tells a maintainer nothing more (Gmail's jslog runs to kilobytes). */
const MAX_ATTRIBUTE = 300;
const MAX_ATTRIBUTES = 64;

const CJK = /[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}\p{sc=Hangul}]/u;

function placeholder(c: string): string {
  if (/\p{N}/u.test(c)) return '0';
  if (/[\p{Lu}\p{Lt}]/u.test(c)) return 'X';
  if (CJK.test(c)) return '字';
  if (/[\p{L}\p{M}]/u.test(c)) return 'x';
  // Symbols and emoji say something about the text without being needed by any reader.
  return '*';
}

/** ASCII placeholder of one character code: letters x/X, digits 0, controls *, anything else as it is. */
function asciiShape(c: number): number {
  if (c >= 97 && c <= 122) return 120;
  if (c >= 65 && c <= 90) return 88;
  if (c >= 48 && c <= 57) return 48;
  return (c < 32 && (c < 9 || c > 13)) || c === 127 ? 42 : c;
}

/** Same length (in code points), same shape, no content: spaces and punctuation stay, so do `@` and `:`. */
export function shapeOf(s: string): string {
  const v = s.length > MAX_VALUE ? `${s.slice(0, MAX_VALUE)}…` : s;
  // A loop over char codes, not a regular expression per character class: a page has tens of thousands
  // of values, and Unicode classes (slow to match) are only needed where something beyond ASCII is left.
  const codes: number[] = new Array<number>(v.length);
  let ascii = true;
  for (let i = 0; i < v.length; i++) {
    const c = v.charCodeAt(i);
    if (c > 127) ascii = false;
    codes[i] = asciiShape(c);
  }
  const out = String.fromCharCode(...codes);
  return ascii ? out : out.replace(/[^\0-\x7f\s\p{P}]/gu, placeholder);
}

/** Links keep their scheme only (so `javascript:` or `mailto:` stays visible); host, path and query are censored. */
function shapeUrl(s: string): string {
  const m = /^(https?:|mailto:|tel:)/i.exec(s);
  return m ? m[1]!.toLowerCase() + shapeOf(s.slice(m[1]!.length)) : shapeOf(s);
}

/** The page address: the host names the site (one of the few InquiryLens reads), the rest is the rep's. */
export function censorUrl(url: string): string {
  try {
    const u = new URL(url);
    return `${u.protocol}//${u.host}${shapeOf(u.pathname + u.search + u.hash)}`;
  } catch {
    return shapeOf(url);
  }
}

/**
 * Words the readers key on in aria-labels, titles and label text (Outlook's localised body label,
 * "Von: …", a buyer card's "Company:"), so a maintainer sees them match in a copy. Only a whole value
 * equal to one of them is kept (a mail that says just "Company" leaks the word "Company"); anything
 * else is the rep's and is censored. Other interface words are censored too: the list is kept short
 * because it ships in every mail tab's content script.
 */
const CHROME = new Set(
  [
    'Message body|Nachrichtentext|Corps du message|Cuerpo del mensaje|Corpo da mensagem|Текст сообщения|邮件正文|郵件內文|Corpo del messaggio|Berichttekst|Email message',
    'From|To|Cc|Bcc|Sent|Subject|Date|Von|An|Gesendet|Betreff|发件人|收件人|抄送|主题|日期',
    'Buyer|Buyer Name|Name|Contact|Contact Person|Company|Company Name|Buyer Company|Country/Region|Country|Region|Location|Quantity|Purchase Quantity|Order Quantity|Qty|Product|Product Name|Products|E-mail|Email',
    '买家|联系人|姓名|公司|公司名称|国家/地区|国家|地区|采购数量|数量|产品|产品名称|邮箱|电子邮件',
  ]
    .join('|')
    .split('|'),
);

/** Interface words that prefix the rep's text ("Von: sender@example.com"): the word stays, the rest is censored. */
const CHROME_PREFIXES = ['From: ', 'Von: ', 'De : ', 'De: ', 'Da: ', 'Van: ', 'От: ', '发件人: ', '发件人：', 'To: ', 'An: ', 'Cc: '];

/** Longer than any interface word: a longer value is never looked up (nor trimmed: text nodes are uncapped here). */
const MAX_CHROME = 40;

function chromeOr(value: string): string {
  const v = value.length <= MAX_CHROME ? value.trim() : '';
  const bare = v.endsWith(':') || v.endsWith('：') ? v.slice(0, -1).trimEnd() : v;
  if (bare && CHROME.has(bare)) return value;
  const p = CHROME_PREFIXES.find((x) => value.startsWith(x));
  return p ? p + shapeOf(value.slice(p.length)) : shapeOf(value);
}

const words = (s: string) => new Set(s.split(' '));
/** Attributes whose value is text a person reads: the readers' words survive, the rest is censored. */
const LABELS = words('aria-label aria-description aria-roledescription aria-placeholder aria-valuetext title alt placeholder label');
/** Values that are references to other elements' ids. */
const ID_REFS = words('id for headers list form aria-labelledby aria-describedby aria-controls aria-owns aria-activedescendant aria-details');
/** Enumerated attributes: kept when the value is one short token, as the HTML and ARIA specs define them. */
const ENUMS = words(
  'role type dir lang tabindex contenteditable hidden colspan rowspan draggable spellcheck translate target rel charset checked selected disabled readonly open g_editable',
);
/** Removed with their value: form values, inline documents, and nonces that would help script a copy. */
const DROP = words('value srcdoc nonce integrity');
/** Style properties the readers use to tell hidden text; nothing else of a style attribute is kept. */
const STYLE_KEEP = words('display visibility font-size opacity height max-height width overflow position clip');
/** Elements whose content is code, a form value or an inert copy of other content: the element stays, empty. */
const EMPTY = words('script style noscript template textarea iframe frame object embed xmp plaintext');
const VOID = words('area base br col embed hr img input link meta source track wbr param frame');

/**
 * An enumerated value: a short lower-case keyword ("listitem", "ltr", "zh-CN") or a small number. A
 * capitalised word or anything longer is not a keyword the specs define, and is censored like text.
 */
const TOKEN = /^(?:[a-z_][\w:.-]{0,23}|-?\d{1,4})$/;
const ATTR_NAME = /^[A-Za-z_:][\w:.-]{0,63}$/;
const TAG_NAME = /^[A-Za-z][\w.-]{0,63}$/;

/** A class or id token: code names survive; long digit runs (message-derived numbers) become zeros, an address is censored. */
function codeTokens(value: string): string {
  // Most class and id values hold neither: left as they are, without splitting.
  return /@|\d{4}|\S{81}/.test(value) ? value.trim().split(/\s+/).map(codeToken).join(' ') : value;
}

function codeToken(t: string): string {
  return t.includes('@') || t.length > 80 ? shapeOf(t) : t.replace(/\d{4,}/g, (d) => '0'.repeat(d.length));
}

function styleOf(value: string): string {
  return value
    .split(';')
    .map((d) => d.trim())
    .filter((d) => {
      const colon = d.indexOf(':');
      return colon > 0 && STYLE_KEEP.has(d.slice(0, colon).trim().toLowerCase()) && /^[\w\s.%#(),:!-]*$/.test(d) && !/url|expression/i.test(d);
    })
    .join(';');
}

/** The censored value of one attribute, or null to leave the attribute out. */
export function censorAttribute(name: string, raw: string): string | null {
  const n = name.toLowerCase();
  const value = raw.length > MAX_ATTRIBUTE ? `${raw.slice(0, MAX_ATTRIBUTE)}…` : raw;
  if (n.startsWith('on') || DROP.has(n)) return null;
  if (n === 'class' || ID_REFS.has(n)) return codeTokens(value);
  if (n === 'style') return styleOf(value) || null;
  if (ENUMS.has(n) || (n.startsWith('aria-') && !LABELS.has(n))) return TOKEN.test(value) || value === '' ? value : shapeOf(value);
  if (LABELS.has(n)) return chromeOr(value);
  // Links, data-* values (addresses, thread ids, redirect links), `email`, `name` and anything unknown.
  return shapeUrl(value);
}

const escapeText = (s: string) => s.replace(/[&<>]/g, (c) => (c === '&' ? '&amp;' : c === '<' ? '&lt;' : '&gt;'));
const escapeAttr = (s: string) => s.replace(/[&<>"]/g, (c) => (c === '&' ? '&amp;' : c === '<' ? '&lt;' : c === '>' ? '&gt;' : '&quot;'));

function openTag(el: Element, tag: string): string {
  let s = `<${tag}`;
  // Names and values, not Attr nodes: Blink creates an Attr object for each on first touch.
  // Real elements carry a handful; thousands on one element would fill the copy before any cap is checked.
  for (const name of el.getAttributeNames().slice(0, MAX_ATTRIBUTES)) {
    if (!ATTR_NAME.test(name)) continue;
    const v = censorAttribute(name, el.getAttribute(name) ?? '');
    if (v !== null) s += v === '' ? ` ${name}` : ` ${name}="${escapeAttr(v)}"`;
  }
  return `${s}>`;
}

interface Copy {
  body: string;
  elements: number;
  cut: ShapeCapture['cut'];
}

function copyTree(start: Element, maxElements: number, maxChars: number): Copy {
  const out: string[] = [];
  let size = 0;
  let elements = 0;
  let cut: ShapeCapture['cut'] = null;
  const emit = (s: string) => {
    out.push(s);
    size += s.length;
  };
  // Walked with sibling pointers and a stack, not recursion: a hostile page nests deeper than the call stack.
  const open: Array<{ node: Element; tag: string }> = [];
  let node: Node | null = start;
  while (node) {
    let descend = false;
    // Checked at every node, text too: a page can hold a million text nodes in one element.
    if (size > maxChars) {
      cut = 'size';
      break;
    }
    if (node.nodeType === 1) {
      const el = node as Element;
      if (elements >= maxElements) {
        cut = 'elements';
        break;
      }
      elements++;
      const raw = el.localName || el.tagName.toLowerCase();
      const tag = TAG_NAME.test(raw) ? raw.toLowerCase() : 'x-tag';
      emit(openTag(el, tag));
      if (!VOID.has(tag)) {
        if (!EMPTY.has(tag) && el.firstChild && open.length < MAX_DEPTH) {
          open.push({ node: el, tag });
          descend = true;
        } else {
          if (open.length >= MAX_DEPTH && el.firstChild) cut = 'depth';
          emit(`</${tag}>`);
        }
      }
    } else if (node.nodeType === 3) {
      const text = node.nodeValue ?? '';
      emit(escapeText(text.trim() ? chromeOr(text) : text.slice(0, MAX_VALUE)));
    }
    // Comments, processing instructions and the like are left out.
    if (descend) {
      node = node.firstChild;
      continue;
    }
    if (node === start) break;
    let next: Node | null = node.nextSibling;
    while (!next && open.length) {
      const done = open.pop()!;
      emit(`</${done.tag}>`);
      if (done.node === start) break;
      next = done.node.nextSibling;
    }
    node = next;
  }
  // A cut copy still parses as the same tree: close what is open.
  while (open.length) emit(`</${open.pop()!.tag}>`);
  return { body: out.join(''), elements, cut };
}

/** The censored structure of a document or one element, within the caps; never throws on page content. */
export function censorPage(root: Document | Element, opts: CensorOptions = {}): ShapeCapture {
  const maxElements = opts.maxElements ?? MAX_SHAPE_ELEMENTS;
  const maxChars = opts.maxChars ?? MAX_SHAPE_CHARS;
  const isDoc = 'documentElement' in root;
  const start = isDoc ? root.documentElement : root;
  const focus = opts.focus && opts.focus !== start && start.contains(opts.focus) ? opts.focus : undefined;
  // Counting is native and fast: a page known to be too large is not walked only to be thrown away.
  const tooMany = focus !== undefined && start.getElementsByTagName('*').length >= maxElements;
  let copy: Copy = tooMany ? { body: '', elements: 0, cut: 'elements' } : copyTree(start, maxElements, maxChars);
  let scope: ShapeCapture['scope'] = 'page';
  if (copy.cut && focus) {
    const pane = copyTree(focus, maxElements, maxChars);
    // Wrapped so it parses as a page again: the readers look for the pane inside a document.
    copy = { ...pane, body: isDoc ? `<html><body>${pane.body}</body></html>` : pane.body };
    scope = 'pane';
  }
  // The censored address keeps punctuation, so "--" or ">" could end the comment early.
  const url = opts.url ? `url ${censorUrl(opts.url).replace(/-{2,}/g, '-').replace(/[<>]/g, '')}; ` : '';
  const header = `<!-- InquiryLens page shape: text and personal values replaced by placeholders. ${url}${copy.elements} elements${scope === 'pane' ? '; reading pane only, the page was larger than a capture holds' : ''}${copy.cut ? `; cut (${copy.cut})` : ''} -->`;
  return { html: `${isDoc ? '<!doctype html>\n' : ''}${header}\n${copy.body}`, elements: copy.elements, cut: copy.cut, scope };
}
