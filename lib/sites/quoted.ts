/**
 * Quoted history as mail clients mark it in HTML, whichever site shows the mail: the reply's own
 * text is judged, the history below it is not the sender's words. These names come from the mail
 * itself (Gmail, Outlook, Thunderbird, Yahoo and Apple Mail write them, Outlook on the web prefixes
 * them with `x_`), so they hold on any site. Gmail's `.im` is deliberately absent: Gmail puts it on
 * text it has seen before in the thread, which can be the whole reply or its signature.
 */
const NAMES = ['gmail_quote', 'gmail_attr', 'gmail_extra', 'moz-cite-prefix', 'yahoo_quoted'];

export const QUOTED_SELECTOR = ['blockquote', ...NAMES.flatMap((n) => [`.${n}`, `.x_${n}`])].join(', ');

/**
 * Outlook does not wrap the history: it writes a marker (`#appendonsend`, then the "From: … Sent: …"
 * block `#divRplyFwdMsg`) and the quoted mail after it as siblings. Everything from a marker on is history.
 */
const MARKERS = ['appendonsend', 'divRplyFwdMsg'].flatMap((n) => [`#${n}`, `#x_${n}`]).join(', ');

/** The elements of `body` that are history: quoted containers, and each Outlook marker with what follows it. */
export function historyIn(body: Element, extra = ''): Element[] {
  const marked: Element[] = [];
  for (const m of Array.from(body.querySelectorAll(MARKERS)).slice(0, 20)) {
    for (let e: Element | null = m; e && marked.length < 2000; e = e.nextElementSibling) marked.push(e);
  }
  const sel = extra ? `${QUOTED_SELECTOR}, ${extra}` : QUOTED_SELECTOR;
  return outermost([...marked, ...Array.from(body.querySelectorAll(sel))]);
}

/** An exclusion test for elementText: `matches` is native, so each node costs little. */
export function notText(history: readonly Element[], selector: string): (el: Element) => boolean {
  const set = new Set(history);
  return (el) => set.has(el) || el.matches(selector);
}

/** Each element once, leaving out those inside another: nested history is in its parent's text. */
function outermost(els: Element[]): Element[] {
  const set = new Set(els);
  return [...set].filter((el) => !ancestorIn(el, set));
}

function ancestorIn(el: Element, set: ReadonlySet<Element>): boolean {
  for (let p = el.parentElement; p; p = p.parentElement) if (set.has(p)) return true;
  return false;
}
