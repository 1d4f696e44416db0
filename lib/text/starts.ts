/**
 * The matches a global scan with `sticky` would find, in order, when it is tried only at `starts`: places
 * in increasing order, which must include every place where a match can begin. A place inside an earlier
 * match is passed over, as a global scan goes on from where its last match ended.
 */
export function* stickyMatches(sticky: RegExp, text: string, starts: readonly number[]): Generator<RegExpExecArray> {
  let from = 0;
  for (let i = 0; i < starts.length; i++) {
    const at = starts[i]!;
    if (at < from) continue;
    sticky.lastIndex = at;
    const m = sticky.exec(text);
    if (!m) continue;
    from = at + m[0].length;
    yield m;
  }
}
