/**
 * Evidence as the panel and the command line show it: links stay defanged ("hxxp://", see
 * lib/extract/urls.ts) only where a suspicious signal found them; the buyer's own website, found by a
 * positive signal, reads as written. Apart from the URL code so the panel does not load the domain tables.
 */
export function evidenceAsShown(evidence: string, suspicious: boolean): string {
  return suspicious ? evidence : evidence.replace(/\bhxxp(s?):\/\//gi, 'http$1://');
}
