/** PLACEHOLDER — implemented by the content-signals work. Returns the trailing signature block of a body. */
export function findSignature(body: string): string {
  void body;
  return '';
}
