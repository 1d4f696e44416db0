/**
 * Levenshtein distance, given up past `max`: look-alike checks only care whether two names are one or
 * two edits apart, and the early exit keeps hostile long names cheap.
 */
export function editDistanceWithin(a: string, b: string, max: number): number | undefined {
  if (Math.abs(a.length - b.length) > max) return undefined;
  if (a.length > 200 || b.length > 200) return a === b ? 0 : undefined;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const v = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
      cur.push(v);
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > max) return undefined;
    prev = cur;
  }
  const d = prev[b.length]!;
  return d <= max ? d : undefined;
}

/** One or two edits apart, but not the same: "hidrocomta" for "hidroconta". */
export function nearMiss(a: string, b: string): boolean {
  const d = editDistanceWithin(a, b, 2);
  return d !== undefined && d > 0;
}
