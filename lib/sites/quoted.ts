/**
 * Quoted history as mail clients mark it in HTML, whichever site shows the mail: the reply's own
 * text is judged, the history below it is not the sender's words. These names come from the mail
 * itself (Gmail, Outlook, Thunderbird, Yahoo and Apple Mail write them, Outlook on the web prefixes
 * them with `x_`), so they hold on any site. Gmail's `.im` is deliberately absent: Gmail puts it on
 * text it has seen before in the thread, which can be the whole reply or its signature.
 *
 * Recognised element by element during the text walk, by tag, id and class list: a selector list run
 * over a body of tens of thousands of nodes costs more than the whole read is allowed.
 */
const QUOTE_CLASSES = ['gmail_quote', 'gmail_attr', 'gmail_extra', 'moz-cite-prefix', 'yahoo_quoted'].flatMap((n) => [n, `x_${n}`]);
/**
 * Outlook does not wrap the history: it writes a marker (`#appendonsend`, then the "From: … Sent: …"
 * block `#divRplyFwdMsg`) and the quoted mail after it as siblings. Everything from a marker on is history.
 */
const MARKER_IDS = new Set(['appendonsend', 'divRplyFwdMsg'].flatMap((n) => [n, `x_${n}`]));
const MAX_HISTORY = 50;

export function hasClass(el: Element, names: readonly string[]): boolean {
  const list = el.classList;
  if (!list.length) return false;
  for (const n of names) if (list.contains(n)) return true;
  return false;
}

export interface HistoryWalk {
  /** For elementText and linksIn: true for history (remembered) and for what `notText` names. */
  exclude: (el: Element) => boolean;
  /** The outermost history elements met so far, in page order. */
  history: Element[];
}

/**
 * A fresh exclusion for one read. `historyClasses` are site classes that hide history (Gmail's trimmed
 * content); `notText` names what is neither text nor history (toolbars, tooltips).
 */
export function historyWalk(historyClasses: readonly string[] = [], notText?: (el: Element) => boolean): HistoryWalk {
  const history: Element[] = [];
  const seen = new Set<Element>();
  const afterMarker = new Set<Element>();
  const keep = (el: Element) => {
    if (!seen.has(el) && history.length < MAX_HISTORY) {
      seen.add(el);
      history.push(el);
    }
    return true;
  };
  const exclude = (el: Element) => {
    const parent = el.parentElement;
    // The walk visits siblings in order, so a sibling seen after its parent was marked follows the marker.
    if (parent && afterMarker.has(parent)) return keep(el);
    if (el.id && MARKER_IDS.has(el.id)) {
      if (parent) afterMarker.add(parent);
      return keep(el);
    }
    if (el.tagName === 'BLOCKQUOTE' || hasClass(el, QUOTE_CLASSES) || hasClass(el, historyClasses)) return keep(el);
    return notText?.(el) ?? false;
  };
  return { exclude, history };
}
