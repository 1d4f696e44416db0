import { parsePhoneNumberFromString } from 'libphonenumber-js/max';
import type { MailView } from './urls';

export interface Phone {
  raw: string;
  e164: string;
  country?: string;
  kind: 'landline' | 'mobile' | 'fax' | 'unknown';
}

// A label is a word of its own: "account 5127-0934-2" is not labelled "t", nor "parcel 80123456" "cel".
// Chinese labels follow other characters directly ("联系电话").
const FAX_LABEL = /(?:(?<![A-Za-zÀ-ɏЀ-ӿ])(?:fax|telefax|факс)|传真)\s{0,3}(?:no\.?|number|nr\.?)?\s{0,3}[:：.]?\s{0,3}$/i;
const MOBILE_LABEL =
  /(?:(?<![A-Za-zÀ-ɏЀ-ӿ])(?:mob(?:ile)?|cell(?:ular)?|cel|celular|handy|hand ?phone|h\/?p|whats ?app|wechat|viber|telegram|gsm|моб(?:\.|ильный)?|сот(?:\.|овый)?)|手机)\s{0,3}(?:no\.?|phone|number)?\s{0,3}[:：.]?\s{0,3}(?:\/?\s{0,3}whats ?app\s{0,3}[:：]?\s{0,3})?$/i;
const LAND_LABEL =
  /(?:(?<![A-Za-zÀ-ɏЀ-ӿ])(?:tel(?:ephone|efon|éfono|efone)?|phone|ph|office|t|tél|téléphone|fon|direct|dir|land ?line|board|help ?line|hot ?line|тел(?:\.|ефон)?)|电话)\s{0,3}(?:no\.?|number|nr\.?)?\s{0,3}[:：.]?\s{0,3}$/i;

const MAX_CANDIDATE_LINES = 40;

const MAX_LINE = 300;

interface DigitLine {
  text: string;
  /** The end of the line before, for a number near the start of its line: "… by fax to Ms. Wiatrek\nat 210-353-3060", "Tel:\n+1 …". */
  lead: string;
}

const DIGIT_RUN = /\d+/g;

/**
 * Whole lines (cut at \n only) holding at least seven digits, found from one digit run to the next: a
 * pattern for such a line tries every line to its end, and most lines of a mail hold no digit at all.
 */
function candidateLines(text: string): DigitLine[] {
  const out: DigitLine[] = [];
  let lineStart = 0;
  let lineEnd = -1;
  let digits = 0;
  DIGIT_RUN.lastIndex = 0;
  for (let m = DIGIT_RUN.exec(text); m && out.length < MAX_CANDIDATE_LINES; m = DIGIT_RUN.exec(text)) {
    if (m.index >= lineEnd) {
      lineStart = text.lastIndexOf('\n', m.index) + 1;
      lineEnd = text.indexOf('\n', m.index);
      if (lineEnd < 0) lineEnd = text.length;
      digits = 0;
    }
    digits += m[0].length;
    if (digits < 7) continue;
    // Seven digits: the line is a candidate, and the search goes on from the next one.
    DIGIT_RUN.lastIndex = lineEnd;
    if (lineEnd - lineStart > MAX_LINE) continue;
    const end = lineStart - 1;
    const lead = end > 0 ? text.slice(Math.max(text.lastIndexOf('\n', end - 1) + 1, end - 40), end) : '';
    // A line with its own number keeps its label for that number ("713-305-1502 cell").
    out.push({ text: text.slice(lineStart, lineEnd), lead: /\d/.test(lead) ? '' : lead });
  }
  return out;
}

/** Number-shaped runs: an optional + or 00, then digits with the usual separators. Bounded, linear. */
const CANDIDATE = /(?:\+|\b00)?\(?\d[\d\s()./-]{5,22}\d/g;

// "call us at …", "Contact: …", "kindly call us immediately …", "fax to Ms. Wiatrek at …": a verb labels the number.
const CALLED =
  /(?<![A-Za-z])(call|phone|ring|reach|contact|fax|text|dial)\b(?:(?:\s{1,3}[^\s!?]{1,24}){0,4}?\s{1,3}(?:at|on)|\s{1,3}(?:us|me)(?:\s{1,3}\p{L}{2,12}ly)?|\s{0,3}[:：])?\s{0,3}$/iu;

type Label = 'fax' | 'mobile' | 'landline' | undefined;

function labelOf(before: string): Label {
  if (FAX_LABEL.test(before) || /(?:^|[|,;/]\s{0,3})f\s{0,2}[:：.]\s{0,3}$/i.test(before)) return 'fax';
  if (MOBILE_LABEL.test(before)) return 'mobile';
  if (LAND_LABEL.test(before)) return 'landline';
  const called = CALLED.exec(before);
  if (called) return called[1]!.toLowerCase() === 'fax' ? 'fax' : 'landline';
  return undefined;
}

/** The label first: the numbering plan (`typeOf`, the costliest look-up of the library) only where it can change the answer. */
function classify(label: Label, typeOf: () => string | undefined): Phone['kind'] {
  if (label === 'fax') return 'fax';
  if (label === 'mobile') return 'mobile';
  const type = typeOf();
  if (type === 'MOBILE') return 'mobile';
  if (type === 'FIXED_LINE' || type === 'TOLL_FREE' || type === 'UAN' || type === 'FIXED_LINE_OR_MOBILE') return 'landline';
  return label ?? 'unknown';
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
    for (const lines of sources)
      for (const line of lines) {
        const text = line.text;
        CANDIDATE.lastIndex = 0;
        for (let m = CANDIDATE.exec(text); m && out.length < 30; m = CANDIDATE.exec(text)) {
          // Digits run into a letter are a code or a model ("LX-T8-1200-18W"), not a phone; "Tel+86 …" is a phone.
          if (m.index > 0 && /\d/.test(m[0][0]!) && /[\p{L}\p{N}]/u.test(text[m.index - 1]!)) continue;
          const raw = m[0].trim();
          const digits = raw.replace(/\D/g, '');
          if (digits.length < 7 || digits.length > 16) continue;
          const inLine = text.slice(Math.max(0, m.index - 40), m.index);
          const before = m.index <= 40 && line.lead ? `${line.lead} ${inLine}` : inLine;
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
          const label = labelOf(before);
          if (!international && !label) continue;
          const e164 = parsed ? String(parsed.number) : digits;
          if (seen.has(e164)) continue;
          seen.add(e164);
          const p: Phone = { raw, e164, kind: classify(label, () => parsed?.getType()) };
          if (parsed?.country) p.country = parsed.country;
          out.push(p);
        }
      }
    return out;
  });
}
