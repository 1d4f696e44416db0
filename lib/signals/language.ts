/** PLACEHOLDER — implemented by the content-signals work. ISO 639-1 code of the text's language, 'und' if unknown. */
export function detectLanguage(text: string): string {
  void text;
  return 'en';
}
