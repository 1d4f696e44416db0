/**
 * Seeded mutation fuzzing of the mail pipeline: parse (eml, mbox) → analyze → history record. Shared
 * by the unit test (thousands of small mutations, asserting nothing throws) and the bench (fewer,
 * larger ones, reporting the slowest input as `fuzz_worst_ms`). Same seed, same inputs, everywhere.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyze } from '../../lib/analyze';
import { recordFrom } from '../../lib/history/build';
import { HistoryRecord } from '../../lib/history/record';
import { parseEml } from '../../lib/parse/eml';
import { parseMbox } from '../../lib/parse/mbox';
import { seededRandom } from '../../lib/random';
import { CORPUS_DIR, REPO_ROOT } from '../corpus';

/** The project's seeded generator, under the name the fuzz replays use. */
export const prng = seededRandom;

export type Rand = () => number;
export const int = (r: Rand, n: number): number => Math.floor(r() * n);
export const pick = <T>(r: Rand, xs: readonly T[]): T => xs[int(r, xs.length)]!;

function emlIn(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith('.eml') || /^mail_malformed_\d+$/.test(f))
    .sort()
    .map((f) => join(dir, f));
}

/**
 * Seed mails: the repository's fixtures, always; the authored inquiries, the MIME torture tests and
 * the phishing mails from ../shared/corpus when present (read in place, never copied into the repo).
 */
export function seedMails(): Array<{ name: string; text: string }> {
  const files = [
    ...emlIn(join(REPO_ROOT, 'tests/fixtures/mail')),
    ...emlIn(join(CORPUS_DIR, 'authored')),
    ...emlIn(join(CORPUS_DIR, 'mime')),
    ...emlIn(join(CORPUS_DIR, 'mime/postal-mime/test/fixtures')),
    ...emlIn(join(CORPUS_DIR, 'mime/mailparser/test/fixtures')),
    ...emlIn(join(CORPUS_DIR, 'phishing')),
  ];
  // latin1 keeps every byte as one char: mutations can break UTF-8 sequences the way damaged files do.
  return files.map((f) => ({ name: f.slice(f.lastIndexOf('/') + 1), text: readFileSync(f).toString('latin1') }));
}

/** Pieces hostile mail is made of: MIME structure, encodings, HTML, quoting, and runs that break naive patterns. */
export const TOKENS: readonly string[] = [
  '\r\n',
  '\n\n',
  '\r',
  '\t',
  ' ',
  '--',
  '--b\r\nContent-Type: text/plain\r\n\r\n',
  'Content-Type: multipart/mixed; boundary="b"\r\n',
  'Content-Type: text/html; charset="utf-8"\r\n',
  'Content-Type: message/rfc822\r\n\r\n',
  'Content-Transfer-Encoding: base64\r\n',
  'Content-Transfer-Encoding: quoted-printable\r\n',
  '=\r\n',
  '=C3=A9',
  '=?utf-8?B?w6k=?=',
  '=?iso-2022-jp?Q?=1B$B?=',
  'From: "Purchasing Dept" <buyer.global@gmail.com>\r\n',
  'Reply-To: payments@order-view.top\r\n',
  'Subject: Re: Fwd: RE: ',
  'To: undisclosed-recipients:;\r\n',
  '<a href="http://order-view.top/login">www.alibaba.com</a>',
  '<img src=x onerror=alert(1)>',
  '<script>alert(1)</script>',
  '<table><tr><td>',
  '<div>',
  '</div>',
  '<br>',
  '&#x202e;',
  '&amp;&lt;&gt;',
  '\u202e',
  '\u200b',
  '\ufeff',
  '\u0000',
  '＝',
  '> ',
  '>>>> ',
  'On Tue, 9 Apr 2024 at 10:00, Buyer <b@acme.example> wrote:\r\n',
  '-----Original Message-----\r\n',
  '________________________________\r\n',
  'Best regards,\r\n',
  'http://',
  'https://x.example/',
  'www.',
  '@',
  'a@b.',
  '.',
  '-',
  '0',
  '9999999999',
  '+86 ',
  'FOB ',
  'CIF Genoa ',
  'T/T 30% ',
  'LX-T8-1200-18W ',
  'pcs ',
  'sample ',
  'urgent wire transfer ',
  'Western Union ',
  'password ',
  'Dear ',
  'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa',
  '                                        ',
];

/** One mutation of `text`, kept under `maxChars`. */
export function mutate(r: Rand, text: string, others: readonly string[], maxChars: number): string {
  let s = text;
  const steps = 1 + int(r, 4);
  for (let k = 0; k < steps; k++) {
    const at = int(r, s.length + 1);
    switch (int(r, 8)) {
      case 0: // flip a byte
        if (s.length) s = s.slice(0, at) + String.fromCharCode(int(r, 256)) + s.slice(at + 1);
        break;
      case 1: // cut a range
        s = s.slice(0, at) + s.slice(at + int(r, 2000));
        break;
      case 2: {
        // copy a range elsewhere
        const from = int(r, s.length + 1);
        s = s.slice(0, at) + s.slice(from, from + int(r, 4000)) + s.slice(at);
        break;
      }
      case 3: // insert a hostile piece
        s = s.slice(0, at) + pick(r, TOKENS) + s.slice(at);
        break;
      case 4: {
        // a hostile piece repeated: the shape of quadratic patterns and slow parsers
        const token = pick(r, TOKENS);
        const times = 1 + int(r, Math.max(1, Math.min(20_000, Math.floor(maxChars / 4 / Math.max(1, token.length)))));
        s = s.slice(0, at) + token.repeat(times) + s.slice(at);
        break;
      }
      case 5: {
        // splice in part of another mail
        const other = pick(r, others);
        const from = int(r, other.length + 1);
        s = s.slice(0, at) + other.slice(from, from + int(r, 8000)) + s.slice(at);
        break;
      }
      case 6: // other line endings
        s = r() < 0.5 ? s.replace(/\r\n/g, '\n') : s.replace(/\r?\n/g, '\r\n');
        break;
      default: {
        // duplicate a line many times
        const start = s.lastIndexOf('\n', at) + 1;
        const end = s.indexOf('\n', at);
        const line = s.slice(start, end < 0 ? s.length : end + 1);
        s = s.slice(0, start) + line.repeat(1 + int(r, 200)) + s.slice(start);
      }
    }
    if (s.length > maxChars) s = s.slice(0, maxChars);
  }
  return s;
}

export interface FuzzInput {
  name: string;
  bytes: Uint8Array;
  /** Every seventh input is also read as an mbox, glued to its seed. */
  mbox: boolean;
}

/** `count` mutated mails from the seeds, deterministic for a seed. */
export function* fuzzMails(seed: number, count: number, maxChars: number): Generator<FuzzInput> {
  const seeds = seedMails();
  const texts = seeds.map((s) => s.text);
  const r = prng(seed);
  for (let i = 0; i < count; i++) {
    const base = pick(r, seeds);
    const text = mutate(r, base.text, texts, maxChars);
    const mbox = i % 7 === 0;
    const raw = mbox ? `From a@b Tue Apr  9 16:42:00 2024\n${text}\n\nFrom c@d Tue Apr  9 16:43:00 2024\n${base.text}\n` : text;
    const cut = raw.slice(0, maxChars);
    const bytes = new Uint8Array(cut.length);
    for (let j = 0; j < cut.length; j++) bytes[j] = cut.charCodeAt(j) & 0xff;
    yield { name: `${base.name}#${i}`, bytes, mbox };
  }
}

export interface PipelineOutcome {
  parsed: number;
  refused: number;
  /** Records that did not pass the history schema: each would be a verdict the history fails to save. */
  badRecords: string[];
}

/** parse → analyze → record for one input; throws only if a stage throws. */
export async function runPipeline(input: FuzzInput, now = Date.UTC(2026, 10, 1)): Promise<PipelineOutcome> {
  const results = input.mbox ? (await parseMbox(input.bytes)).map((e) => e.result) : [await parseEml(input.bytes)];
  const out: PipelineOutcome = { parsed: 0, refused: 0, badRecords: [] };
  for (const result of results) {
    if (!result.ok) {
      out.refused++;
      continue;
    }
    out.parsed++;
    const analysis = analyze(result.inquiry);
    const record = HistoryRecord.safeParse(recordFrom(result.inquiry, analysis, now));
    if (!record.success) out.badRecords.push(`${input.name}: ${record.error.issues[0]?.path.join('.')}: ${record.error.issues[0]?.message}`);
  }
  return out;
}
