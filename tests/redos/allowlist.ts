/**
 * Patterns recheck finds super-linear that stay, each with the reason it cannot hurt:
 * - `cap: …` names the hard input cap in the same lib file that bounds the text the pattern sees;
 * - `own input: …` the pattern only ever sees text the same file produced;
 * - `TODO-judgement: …` / `TODO-readers: …` a file another change owns: its owner fixes the pattern,
 *   then removes the entry (the test fails on an entry whose pattern is gone).
 */
export interface Allowed {
  file: string;
  /** The pattern's source, exactly as RegExp#source gives it. */
  source: string;
  why: string;
}

export const ALLOWED: readonly Allowed[] = [
  {
    file: 'lib/signals/product.ts',
    source: '[.,]+$',
    why: 'cap: runs on one MODEL_RE match, at most 101 characters by its quantifiers ({1,10}, {0,12}, {0,6} groups of {1,12})',
  },
  {
    file: 'lib/signals/product.ts',
    source: '[a-z]{2,}\\.[a-z]{2,}(?:\\/|$)|^www\\.|\\.(?:com|net|org|info|biz|de|uk|jp|cn)$',
    why: 'cap: runs on one MODEL_RE match, at most 101 characters by its quantifiers ({1,10}, {0,12}, {0,6} groups of {1,12})',
  },
  {
    file: 'lib/sites/outlook.ts',
    source: "[)\\]}'`,;:.]+$",
    why: 'cap: findAddress skips tokens longer than MAX_ADDRESS + 2 (256 characters) before this runs',
  },
  {
    file: 'lib/signals/lure.ts',
    source: '[a-z0-9._%+-]{1,64}@([a-z0-9.-]{1,253})',
    why: 'cap: header() in lib/signals/lure.ts returns at most 2 000 characters of the Cc header',
  },
  {
    file: 'lib/signals/lure.ts',
    source: '([a-z0-9._%+-]{1,64})@',
    why: 'cap: header() in lib/signals/lure.ts returns at most 2 000 characters of the To header',
  },
  {
    file: 'lib/signals/lure.ts',
    source: '[a-z0-9._%+-]{1,64}@[a-z0-9-]{1,63}\\.[a-z]{2,}',
    why: 'cap: personalisedLink decodes tokens of at most 300 characters (base64 of at most 225)',
  },
  {
    file: 'lib/signals/lure.ts',
    source: '[a-z0-9._%+-]{1,64}@[a-z0-9-]{1,63}(?:\\.[a-z0-9-]{1,63}){1,4}',
    why: "cap: personalisedLink reads at most 3 000 characters of a link's query plus five decoded tokens of at most 300",
  },
  {
    file: 'lib/signals/scam.ts',
    source: '[a-z0-9._%+-]{1,64}@[a-z0-9.-]{1,253}\\.[a-z]{2,24}',
    why: 'cap: spoofHit in lib/signals/scam.ts reads at most 400 characters of the display name',
  },
  {
    file: 'lib/extract/urls.ts',
    source: '[a-z0-9._%+-]{1,64}@[a-z0-9.-]{1,253}',
    why: 'cap: extractEmails in lib/extract/urls.ts reads at most 320 characters of a mailto address',
  },
  {
    file: 'lib/signals/contact.ts',
    source: '[\\u4e00-\\u9fff]{2,30}(?:有限公司|股份有限公司|集团|工厂|株式会社)',
    why: 'cap: findCompany in lib/signals/contact.ts reads at most 4 000 characters of the signature and of the self-introduction',
  },
  {
    file: 'lib/signals/request.ts',
    source: '["“\'‘]([A-Z][^"”\'’\\n]{2,40})["”\'’]',
    why: 'cap: sentencesOf in lib/signals/request.ts reads at most 6 000 characters, each sentence a part of them',
  },
];

/** Run-time RegExp sites the test does not reach, with the reason no check is needed. */
export const UNREACHED_OK: ReadonlyArray<{ file: string; line: number; why: string }> = [];
