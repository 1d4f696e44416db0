/** "A", "A and B", "A, B and C" with the language's own conjunction. */
export function joinList(items: readonly string[], and: string): string {
  const xs = items.filter(Boolean);
  if (xs.length <= 1) return xs[0] ?? '';
  return `${xs.slice(0, -1).join(', ')} ${and} ${xs[xs.length - 1]}`;
}

/** A value the rep must supply, marked so it cannot be sent by accident. */
export function fill(label: string): string {
  return `[[${label}]]`;
}
