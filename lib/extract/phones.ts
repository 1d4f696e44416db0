import { parsePhoneNumberFromString } from 'libphonenumber-js/max';
import type { MailView } from './urls';

export interface Phone {
  raw: string;
  e164: string;
  country?: string;
  kind: 'landline' | 'mobile' | 'fax' | 'unknown';
}

const FAX_LABEL = /(?:fax|telefax|传真|факс)\s{0,3}(?:no\.?|number|nr\.?)?\s{0,3}[:：.]?\s{0,3}$/i;
const MOBILE_LABEL =
  /(?:mob(?:ile)?|cell(?:ular)?|cel|celular|handy|whats ?app|wechat|viber|telegram|gsm|手机|моб(?:\.|ильный)?|сот(?:\.|овый)?)\s{0,3}(?:no\.?|phone|number)?\s{0,3}[:：.]?\s{0,3}(?:\/?\s{0,3}whats ?app\s{0,3}[:：]?\s{0,3})?$/i;
const LAND_LABEL =
  /(?:tel(?:ephone|efon|éfono|efone)?|phone|ph|office|t|tél|téléphone|fon|direct|dir|land ?line|board|电话|тел(?:\.|ефон)?)\s{0,3}(?:no\.?|number|nr\.?)?\s{0,3}[:：.]?\s{0,3}$/i;

const MAX_CANDIDATE_LINES = 40;

// A whole line holding at least seven digits; the classes exclude each other, so it cannot backtrack.
// Without the m flag: ^ would also start a line after every \r, and a run of them would make it quadratic.
const DIGIT_LINE = /(?:^|\n)([^\n\d]*(?:\d[^\n\d]*){7}[^\n]*)/g;
const MAX_LINE = 300;

function candidateLines(text: string): string {
  const out: string[] = [];
  DIGIT_LINE.lastIndex = 0;
  for (let m = DIGIT_LINE.exec(text); m && out.length < MAX_CANDIDATE_LINES; m = DIGIT_LINE.exec(text)) if (m[1]!.length <= MAX_LINE) out.push(m[1]!);
  return out.join('\n');
}

/** Number-shaped runs: an optional + or 00, then digits with the usual separators. Bounded, linear. */
const CANDIDATE = /(?:\+|\b00)?\(?\d[\d\s()./-]{5,22}\d/g;

function classify(before: string, type: string | undefined): Phone['kind'] {
  if (FAX_LABEL.test(before) || /(?:^|[|,;/]\s{0,3})f\s{0,2}[:：.]\s{0,3}$/i.test(before)) return 'fax';
  if (MOBILE_LABEL.test(before) || type === 'MOBILE') return 'mobile';
  if (type === 'FIXED_LINE' || type === 'TOLL_FREE' || type === 'UAN' || type === 'FIXED_LINE_OR_MOBILE') return 'landline';
  if (LAND_LABEL.test(before)) return 'landline';
  return 'unknown';
}

/**
 * Phone and fax numbers. Candidates are found with a cheap pattern on lines that hold enough digits,
 * then validated one by one (finding numbers in free text with the library costs far more). Numbers
 * without a country code are kept only when a label says they are a phone.
 */
export function findPhones(ctx: Pick<MailView, 'signature' | 'memo'> & { body: string }): Phone[] {
  return ctx.memo('phones', () => {
    const sources = [
      candidateLines(ctx.signature),
      candidateLines(ctx.body.length > 23_000 ? `${ctx.body.slice(0, 20_000)}\n${ctx.body.slice(-3_000)}` : ctx.body),
    ];
    const seen = new Set<string>();
    // The signature is part of the body: its numbers come round twice, and validating one costs far more than this.
    const tried = new Set<string>();
    const out: Phone[] = [];
    for (const text of sources) {
      CANDIDATE.lastIndex = 0;
      for (let m = CANDIDATE.exec(text); m && out.length < 30; m = CANDIDATE.exec(text)) {
        const raw = m[0].trim();
        const digits = raw.replace(/\D/g, '');
        if (digits.length < 7 || digits.length > 16) continue;
        const lineStart = text.lastIndexOf('\n', m.index) + 1;
        const before = text.slice(Math.max(lineStart, m.index - 40), m.index);
        const key = `${before}|${raw}`;
        if (tried.has(key)) continue;
        tried.add(key);
        const international = /^(?:\+|00)/.test(raw);
        let parsed: ReturnType<typeof parsePhoneNumberFromString>;
        try {
          parsed = international ? parsePhoneNumberFromString(raw.replace(/^00/, '+')) : undefined;
        } catch {
          parsed = undefined;
        }
        if (international && !parsed?.isPossible()) continue;
        if (!international && !(FAX_LABEL.test(before) || MOBILE_LABEL.test(before) || LAND_LABEL.test(before))) continue;
        const e164 = parsed ? String(parsed.number) : digits;
        if (seen.has(e164)) continue;
        seen.add(e164);
        const p: Phone = { raw, e164, kind: classify(before, parsed?.getType()) };
        if (parsed?.country) p.country = parsed.country;
        out.push(p);
      }
    }
    return out;
  });
}
