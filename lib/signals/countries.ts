import { WORD_END, WORD_START } from '../text/patterns';

/** Country names as buyers write them in addresses (English and the reply languages), to ISO 3166-1. */
const NAMES: Record<string, string> = {
  US: 'USA|U\\.S\\.A\\.?|United States(?: of America)?|Estados Unidos|[ÉE]tats-Unis|Vereinigte Staaten|США',
  CA: 'Canada|Canadá|Kanada|Канада',
  MX: 'Mexico|México|Mexique|Mexiko|Мексика',
  BR: 'Brazil|Brasil|Brésil|Brasilien|Бразилия',
  AR: 'Argentina|Argentine|Argentinien',
  CL: 'Chile|Chili',
  CO: 'Colombia|Colombie|Kolumbien',
  PE: 'Peru|Perú|Pérou',
  GB: 'United Kingdom|U\\.K\\.|UK|England|Scotland|Wales|Great Britain|Reino Unido|Royaume-Uni|Großbritannien|Великобритания',
  IE: 'Ireland|Irlanda|Irlande|Irland',
  DE: 'Germany|Deutschland|Alemania|Alemanha|Allemagne|Германия',
  FR: 'France|Francia|França|Frankreich|Франция',
  ES: 'Spain|España|Espanha|Espagne|Spanien|Испания',
  PT: 'Portugal',
  IT: 'Italy|Italia|Itália|Italie|Italien|Италия',
  NL: 'Netherlands|Nederland|Holland|Países Bajos|Pays-Bas|Niederlande',
  BE: 'Belgium|Belgique|België|Bélgica|Belgien',
  CH: 'Switzerland|Schweiz|Suisse|Suiza|Suíça',
  AT: 'Austria|Österreich|Autriche',
  SE: 'Sweden|Sverige|Suecia|Suède|Schweden',
  NO: 'Norway|Norge|Noruega|Norvège|Norwegen',
  DK: 'Denmark|Danmark|Dinamarca|Danemark|Dänemark',
  FI: 'Finland|Suomi|Finlandia|Finnland',
  PL: 'Poland|Polska|Polonia|Polônia|Pologne|Polen|Польша',
  CZ: 'Czech Republic|Czechia|Česko|Tschechien',
  HU: 'Hungary|Magyarország|Ungarn',
  RO: 'Romania|România|Rumänien',
  GR: 'Greece|Ελλάδα|Grecia|Grèce|Griechenland',
  TR: 'Turkey|Türkiye|Turquía|Turquie|Türkei|Турция',
  RU: 'Russia|Russian Federation|Россия|Российская Федерация|Rusia|Russie|Russland',
  UA: 'Ukraine|Україна|Украина|Ucrania',
  BY: 'Belarus|Беларусь',
  KZ: 'Kazakhstan|Казахстан',
  UZ: 'Uzbekistan|Узбекистан',
  AE: 'United Arab Emirates|U\\.A\\.E\\.?|UAE|Dubai|Abu Dhabi|Sharjah|Emiratos Árabes|Émirats arabes unis|ОАЭ',
  SA: 'Saudi Arabia|Kingdom of Saudi Arabia|KSA|Arabia Saudita|Arabie saoudite',
  QA: 'Qatar|Katar',
  KW: 'Kuwait|Koweït',
  OM: 'Oman',
  BH: 'Bahrain',
  IL: 'Israel',
  JO: 'Jordan|Jordania',
  IQ: 'Iraq|Irak',
  IR: 'Iran',
  EG: 'Egypt|Egipto|Égypte|Ägypten',
  MA: 'Morocco|Maroc|Marruecos|Marokko',
  DZ: 'Algeria|Algérie|Argelia',
  TN: 'Tunisia|Tunisie|Túnez',
  NG: 'Nigeria|Nigéria',
  GH: 'Ghana',
  KE: 'Kenya|Kenia',
  TZ: 'Tanzania',
  UG: 'Uganda',
  ET: 'Ethiopia|Etiopía|Éthiopie',
  ZA: 'South Africa|Sudáfrica|Afrique du Sud|Südafrika',
  CI: "Côte d'Ivoire|Ivory Coast|Costa de Marfil",
  SN: 'Senegal|Sénégal',
  CM: 'Cameroon|Cameroun',
  AO: 'Angola',
  IN: 'India|Inde|Indien|Индия',
  PK: 'Pakistan|Paquistán',
  BD: 'Bangladesh',
  LK: 'Sri Lanka',
  NP: 'Nepal',
  VN: 'Vietnam|Viet Nam|Việt Nam|Вьетнам',
  TH: 'Thailand|Tailandia|Thaïlande|Таиланд',
  MY: 'Malaysia|Malasia|Malaisie',
  SG: 'Singapore|Singapur',
  ID: 'Indonesia|Indonésie|Indonesien',
  PH: 'Philippines|Filipinas|Philippinen',
  MM: 'Myanmar|Burma',
  KH: 'Cambodia|Camboya',
  CN: 'China|PRC|P\\.R\\. China|中国|Chine|Китай',
  HK: 'Hong Kong|香港',
  TW: 'Taiwan|台湾|台灣',
  JP: 'Japan|日本|Japón|Japon|Япония',
  KR: 'South Korea|Korea|Republic of Korea|대한민국|한국|Corea del Sur|Corée du Sud|Südkorea',
  AU: 'Australia|Australie|Australien|Австралия',
  NZ: 'New Zealand|Nueva Zelanda|Nouvelle-Zélande|Neuseeland',
};

/** One pass over the text: a single alternation of every name, then a lookup of which country it was. */
const CODE_OF = new Map<string, string>();
const ALTERNATIVES: string[] = [];
for (const [code, alts] of Object.entries(NAMES)) {
  for (const alt of alts.split('|')) {
    ALTERNATIVES.push(alt);
    // Plain names map directly; the few regex-shaped ones (U\.S\.A\.?) are resolved by testing below.
    CODE_OF.set(alt.replace(/\\/g, '').replace(/\?$/, '').toLowerCase(), code);
  }
}
const ANY_COUNTRY = new RegExp(`${WORD_START}(?:${ALTERNATIVES.sort((a, b) => b.length - a.length).join('|')})${WORD_END}`, 'g');
const PATTERNS: Array<[RegExp, string]> = Object.entries(NAMES).map(([code, alts]) => [new RegExp(`^(?:${alts})$`), code]);

function codeOf(name: string): string | undefined {
  return CODE_OF.get(name.toLowerCase()) ?? PATTERNS.find(([re]) => re.test(name))?.[1];
}

export interface CountryHit {
  code: string;
  evidence: string;
}

/** The last country named in the text (addresses end with the country), or undefined. */
export function countryFromText(text: string): CountryHit | undefined {
  if (!text) return undefined;
  const slice = text.length > 4000 ? text.slice(-4000) : text;
  let last: CountryHit | undefined;
  ANY_COUNTRY.lastIndex = 0;
  for (let m = ANY_COUNTRY.exec(slice); m; m = ANY_COUNTRY.exec(slice)) {
    const code = codeOf(m[0]);
    if (code) last = { code, evidence: m[0] };
  }
  return last;
}
