import type { Signal } from './types';
import { hit } from './types';

/**
 * The inquiry's language, so the reply can match it. Script decides for non-Latin writing; for Latin
 * script, frequent function words decide (they are what tells Spanish from Portuguese on short texts).
 */
const STOPWORDS: Record<string, readonly string[]> = {
  en: ['the', 'and', 'of', 'to', 'we', 'you', 'your', 'for', 'is', 'are', 'please', 'with', 'our', 'this', 'that', 'would', 'like', 'have', 'will', 'in'],
  es: [
    'el',
    'la',
    'los',
    'las',
    'de',
    'que',
    'y',
    'en',
    'por',
    'para',
    'con',
    'una',
    'nos',
    'su',
    'sus',
    'es',
    'del',
    'estamos',
    'precio',
    'muy',
    'gracias',
    'somos',
  ],
  pt: [
    'o',
    'os',
    'as',
    'de',
    'que',
    'e',
    'em',
    'para',
    'com',
    'uma',
    'um',
    'não',
    'nos',
    'seu',
    'seus',
    'é',
    'do',
    'da',
    'dos',
    'das',
    'obrigado',
    'somos',
    'gostaríamos',
    'você',
    'também',
  ],
  fr: [
    'le',
    'la',
    'les',
    'de',
    'des',
    'et',
    'en',
    'pour',
    'avec',
    'une',
    'un',
    'nous',
    'vous',
    'votre',
    'vos',
    'est',
    'du',
    'sur',
    'merci',
    'pas',
    'sommes',
    'cordialement',
  ],
  de: [
    'der',
    'die',
    'das',
    'und',
    'für',
    'mit',
    'wir',
    'sie',
    'ihr',
    'ihre',
    'ist',
    'ein',
    'eine',
    'den',
    'dem',
    'bitte',
    'von',
    'zu',
    'nicht',
    'auf',
    'uns',
    'grüßen',
  ],
  it: ['il', 'lo', 'la', 'gli', 'le', 'di', 'che', 'e', 'per', 'con', 'una', 'un', 'siamo', 'vostro', 'vostra', 'sono', 'della', 'del', 'grazie', 'cordiali'],
  nl: ['de', 'het', 'een', 'en', 'van', 'voor', 'met', 'wij', 'jullie', 'uw', 'is', 'zijn', 'niet', 'graag', 'ons', 'groeten'],
  tr: ['ve', 'bir', 'bu', 'için', 'ile', 'biz', 'sizin', 'fiyat', 'teşekkürler', 'olarak', 'çok', 'ürün'],
  pl: ['i', 'w', 'na', 'z', 'do', 'że', 'jest', 'nie', 'się', 'dla', 'prosimy', 'pozdrawiam', 'oraz', 'firma'],
  id: ['dan', 'yang', 'untuk', 'dengan', 'kami', 'anda', 'ini', 'dari', 'harga', 'terima', 'kasih', 'mohon'],
  vi: ['và', 'của', 'cho', 'chúng', 'tôi', 'bạn', 'là', 'với', 'giá', 'cảm', 'ơn', 'sản', 'phẩm'],
};

/** word → languages it is a function word of, so each word costs one lookup. */
const LANGS_OF = new Map<string, string[]>();
for (const [lang, words] of Object.entries(STOPWORDS)) for (const w of words) LANGS_OF.set(w, [...(LANGS_OF.get(w) ?? []), lang]);
const LONGEST = Math.max(...[...LANGS_OF.keys()].map((w) => w.length));

// Lower-case Latin letters of every language above: ß, ş, ı, ż, ę, and Vietnamese's ạ, ả, ớ… included, × and ÷ not.
const isLatinLetter = (c: number): boolean => (c >= 97 && c <= 122) || (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7) || (c >= 0x1e00 && c <= 0x1eff);

function scriptLanguage(s: string): string | undefined {
  let cyr = 0;
  let han = 0;
  let kana = 0;
  let hangul = 0;
  let arabic = 0;
  let thai = 0;
  let latin = 0;
  // Every script counted here is in the Basic Multilingual Plane: char codes suffice, and a plain index
  // loop is several times faster than iterating code points.
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) {
      if ((c | 32) >= 97 && (c | 32) <= 122) latin++;
    } else if (c >= 0x400 && c <= 0x4ff) cyr++;
    else if (c >= 0x3040 && c <= 0x30ff) kana++;
    else if (c >= 0x4e00 && c <= 0x9fff) han++;
    else if (c >= 0xac00 && c <= 0xd7af) hangul++;
    else if (c >= 0x600 && c <= 0x6ff) arabic++;
    else if (c >= 0xe00 && c <= 0xe7f) thai++;
    else if (c >= 0xc0 && c <= 0x24f) latin++;
  }
  const total = cyr + han + kana + hangul + arabic + thai + latin;
  if (!total) return undefined;
  if (kana > total * 0.05) return 'ja';
  if (hangul > total * 0.15) return 'ko';
  if (han > total * 0.15) return 'zh';
  if (cyr > total * 0.3) return 'ru';
  if (arabic > total * 0.3) return 'ar';
  if (thai > total * 0.3) return 'th';
  return undefined;
}

export function detectLanguage(text: string): string {
  // 1 500 characters hold a couple of hundred words: enough function words to tell the language.
  const sample = text.slice(0, 1500);
  const byScript = scriptLanguage(sample);
  if (byScript) return byScript;
  const counts: Record<string, number> = {};
  let words = 0;
  // Words are cut by hand: only those short enough to be a function word become strings.
  const lower = sample.toLowerCase();
  for (let i = 0; i < lower.length;) {
    if (!isLatinLetter(lower.charCodeAt(i))) {
      i++;
      continue;
    }
    let j = i + 1;
    while (j < lower.length && isLatinLetter(lower.charCodeAt(j))) j++;
    if (j - i <= 20) {
      words++;
      const langs = j - i <= LONGEST ? LANGS_OF.get(lower.slice(i, j)) : undefined;
      if (langs) for (const lang of langs) counts[lang] = (counts[lang] ?? 0) + 1;
    }
    i = j;
  }
  const ranked = Object.entries(counts).sort((a, b) => b[1] - a[1]);
  const best = ranked[0];
  if (!best || best[1] < 2 || best[1] < words * 0.04) return 'und';
  return best[0];
}

export const languageSignal: Signal = {
  name: 'language',
  run(ctx) {
    const lang = detectLanguage(ctx.body);
    return [hit(ctx, 'meta.language', lang, { lang })];
  },
};
