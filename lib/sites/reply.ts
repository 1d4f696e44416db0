import type { InsertResult } from '../messages';

/**
 * Put `text` at the rep's cursor in the site's reply box, as if typed: the site's editor sees an
 * ordinary insertion (undo works, its own formatting applies) and nothing the rep wrote is touched.
 * Without a cursor in that box nothing happens: guessing a place could land in the middle of the
 * draft, and replacing the box's content would erase it.
 */
export function insertAtCaret(box: HTMLElement | null, text: string): InsertResult {
  if (!box?.isContentEditable) return { ok: false, reason: 'no-reply-box' };
  const doc = box.ownerDocument;
  const sel = doc.getSelection();
  if (!sel || sel.rangeCount === 0) return { ok: false, reason: 'no-reply-box' };
  const range = sel.getRangeAt(0);
  if (!box.contains(range.startContainer) || !box.contains(range.endContainer)) return { ok: false, reason: 'no-reply-box' };
  // A selection inside the draft would be replaced by the insertion: insert after it instead.
  const at = range.cloneRange();
  at.collapse(false);
  box.focus({ preventScroll: true });
  sel.removeAllRanges();
  sel.addRange(at);
  const before = box.textContent ?? '';
  const inserted = doc.execCommand('insertText', false, text);
  if (!inserted) return { ok: false, reason: 'refused' };
  // An editor that swallowed the draft while inserting: say so rather than report success.
  const after = box.textContent ?? '';
  return after.length >= before.length ? { ok: true, reason: 'inserted' } : { ok: false, reason: 'refused' };
}
