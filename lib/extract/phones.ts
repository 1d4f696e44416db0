import { findPhoneNumbersInText } from 'libphonenumber-js/max';
import type { SignalContext } from '../signals/types';

export interface Phone {
  raw: string;
  e164: string;
  country?: string;
  kind: 'landline' | 'mobile' | 'fax' | 'unknown';
}

const FAX_LABEL = /(?:fax|telefax|传真|факс)\s{0,3}(?:no\.?|number|nr\.?)?\s{0,3}[:：.]?\s{0,3}$/i;
const MOBILE_LABEL = /(?:mob(?:ile)?|cell(?:ular)?|cel|celular|handy|whats ?app|wechat|viber|telegram|gsm|手机|моб(?:\.|ильный)?|сот(?:\.|овый)?)\s{0,3}(?:no\.?|phone|number)?\s{0,3}[:：.]?\s{0,3}(?:\/?\s{0,3}whats ?app\s{0,3}[:：]?\s{0,3})?$/i;
const LAND_LABEL = /(?:tel(?:ephone|efon|éfono|efone)?|phone|ph|office|t|tél|téléphone|fon|direct|dir|land ?line|board|电话|тел(?:\.|ефон)?)\s{0,3}(?:no\.?|number|nr\.?)?\s{0,3}[:：.]?\s{0,3}$/i;

/**
 * Phone and fax numbers. Only the head of the mail and its signature are scanned: numbers live there,
 * and hostile megabytes of digits must not cost time.
 */
export function findPhones(ctx: Pick<SignalContext, 'body' | 'signature' | 'memo'>): Phone[] {
  return ctx.memo('phones', () => {
    const sources = [ctx.signature, ctx.body.length > 23_000 ? `${ctx.body.slice(0, 20_000)}\n${ctx.body.slice(-3_000)}` : ctx.body];
    const seen = new Set<string>();
    const out: Phone[] = [];
    for (const text of sources) {
      if (!text) continue;
      let found: ReturnType<typeof findPhoneNumbersInText> = [];
      try {
        found = findPhoneNumbersInText(text, { defaultCountry: undefined, v2: false } as never);
      } catch {
        found = [];
      }
      for (const f of found) {
        if (out.length >= 30) break;
        const e164 = f.number.number as string;
        if (seen.has(e164)) continue;
        seen.add(e164);
        const lineStart = text.lastIndexOf('\n', f.startsAt) + 1;
        const before = text.slice(Math.max(lineStart, f.startsAt - 40), f.startsAt);
        let kind: Phone['kind'] = 'unknown';
        const type = f.number.getType();
        if (FAX_LABEL.test(before) || /(?:^|[|,;/]\s{0,3})f\s{0,2}[:：.]\s{0,3}$/i.test(before)) kind = 'fax';
        else if (MOBILE_LABEL.test(before) || type === 'MOBILE') kind = 'mobile';
        else if (type === 'FIXED_LINE' || type === 'TOLL_FREE' || type === 'UAN' || (type === 'FIXED_LINE_OR_MOBILE' && LAND_LABEL.test(before))) kind = 'landline';
        else if (type === 'FIXED_LINE_OR_MOBILE') kind = 'landline';
        const p: Phone = { raw: text.slice(f.startsAt, f.endsAt), e164, kind };
        if (f.number.country) p.country = f.number.country;
        out.push(p);
      }
    }
    return out;
  });
}
