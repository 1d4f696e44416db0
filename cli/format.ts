import { evidenceAsShown } from '../lib/text/defang';
import type { Analysis, ScoredHit } from '../lib/analysis';

/** One JSON line per message: stable keys for scripts and spreadsheets. */
export function jsonLine(file: string, a: Analysis, extra: Record<string, unknown> = {}): string {
  return JSON.stringify({
    file,
    ...extra,
    score: a.score,
    band: a.band,
    risk: a.risk,
    sample: a.sample.advice,
    sampleReasons: a.sample.reasons.map((r) => r.text),
    role: a.profile.role,
    region: a.profile.region,
    country: a.profile.country ?? null,
    channel: a.profile.channel,
    language: a.language,
    questions: a.questions.map((q) => ({ id: q.id, answered: q.answered, evidence: q.evidence ?? null })),
    signals: a.signals.map((s) => ({ id: s.id, weight: s.weight, counted: s.counted, evidence: s.evidence })),
    truncated: a.truncated,
  });
}

/**
 * The table fits the terminal it is printed on, between 80 and 120 columns: narrower and the columns stop
 * meaning anything, wider and the eye loses the row. Piped output has no terminal: COLUMNS, else 100.
 */
export function tableWidth(columns = Number(process.env.COLUMNS) || process.stdout.columns || 100): number {
  return Math.max(80, Math.min(120, Math.floor(columns)));
}

const ELLIPSIS = '\u2026';

/** Cut at the last word break that fits, so evidence never ends in half a word. */
export function cutAtWord(s: string, n: number): string {
  const flat = s.replace(/\s+/g, ' ').trim();
  if (flat.length <= n) return flat;
  const room = flat.slice(0, n - 1);
  const brk = Math.max(room.lastIndexOf(' '), room.lastIndexOf(','), room.lastIndexOf(';'));
  // One long token (an address, a part number): cut inside it rather than show nothing.
  const kept = brk >= n / 3 ? room.slice(0, brk) : room;
  return `${kept.replace(/[\s,;:.\u2013\u2014-]+$/, '')}${ELLIPSIS}`;
}

/** Keep a file name's start and its ending (the number and extension tell files apart), cut the middle. */
export function cutMiddle(s: string, n: number): string {
  if (s.length <= n) return s;
  const ending = /[-_.]?\d*\.[A-Za-z0-9]{1,5}$/.exec(s)?.[0].length ?? 0;
  const tail = Math.min(Math.max(Math.ceil((n - 1) * 0.45), ending), n - 5);
  return `${s.slice(0, n - 1 - tail)}${ELLIPSIS}${s.slice(s.length - tail)}`;
}

const pad = (s: string, n: number) => s + ' '.repeat(Math.max(0, n - s.length));
const padStart = (s: string, n: number) => ' '.repeat(Math.max(0, n - s.length)) + s;

/** "scam.reply-diverted" → "scam: reply diverted": the group still groups, the rest reads as words. */
export function signalName(id: string): string {
  const dot = id.indexOf('.');
  return dot < 0 ? id.replace(/-/g, ' ') : `${id.slice(0, dot)}: ${id.slice(dot + 1).replace(/[-.]/g, ' ')}`;
}

interface Layout {
  width: number;
  file: number;
  subject: number;
  /** Below 100 columns the role moves under the row, beside the signals, to leave the subject room. */
  role: boolean;
}

// score band risk sample open (and role), with the space before each.
const FIXED = 5 + 6 + 4 + 12 + 4 + 5;
const ROLE = 18;

function layout(width: number): Layout {
  const role = width >= 100;
  // One column spare: a line that fills the terminal exactly wraps on some of them.
  const free = width - FIXED - (role ? ROLE + 1 : 0) - 3;
  const file = Math.max(20, Math.min(32, Math.floor(free * 0.5)));
  return { width, file, subject: free - file, role };
}

export function tableHeader(width = tableWidth()): string {
  const l = layout(width);
  return `${pad('file', l.file)} ${pad('subject', l.subject)} ${padStart('score', 5)} ${pad('band', 6)} ${pad('risk', 4)} ${pad('sample', 12)} ${l.role ? `${pad('role', ROLE)} ` : ''}open`;
}

export const TABLE_HEADER = tableHeader();

export function topSignals(a: Analysis, n = 3): string {
  return strongest(a, n)
    .map((s) => `${s.id}(${s.counted > 0 ? '+' : ''}${s.counted}: ${cutAtWord(s.evidence, 40)})`)
    .join('; ');
}

function strongest(a: Analysis, n: number): ScoredHit[] {
  return [...a.signals]
    .filter((s) => s.counted !== 0 || s.kind === 'scam')
    .sort((x, y) => Math.abs(y.counted) - Math.abs(x.counted))
    .slice(0, n);
}

const INDENT = '    ';

/** The strongest signals under the row, each whole on its line: readable name, points, evidence cut at a word. */
function signalLines(a: Analysis, width: number): string[] {
  return strongest(a, 3).map((s) => {
    const head = `${INDENT}${s.counted > 0 ? '+' : ''}${s.counted} ${signalName(s.id)}`;
    const room = width - head.length - 5;
    const evidence = evidenceAsShown(s.evidence, s.kind === 'scam' || s.kind === 'negative');
    return room >= 12 && evidence.trim() ? `${head}: \u201c${cutAtWord(evidence, room)}\u201d` : head;
  });
}

/** A message's row and its strongest signals; `subject` is the mail's own subject line. */
export function tableRow(file: string, a: Analysis, subject = '', width = tableWidth()): string {
  const l = layout(width);
  const open = a.questions.filter((q) => !q.answered).length;
  const subj = subject.trim() ? cutAtWord(subject, l.subject) : '\u2013';
  const row = `${pad(cutMiddle(file, l.file), l.file)} ${pad(subj, l.subject)} ${padStart(String(a.score), 5)} ${pad(a.band, 6)} ${pad(a.risk ? 'YES' : '-', 4)} ${pad(a.sample.advice, 12)} ${l.role ? `${pad(a.profile.role, ROLE)} ` : ''}${open}/6`;
  tally.add(a);
  return [row, ...(l.role ? [] : [`${INDENT}role: ${a.profile.role}`]), ...signalLines(a, width)].join('\n');
}

/** Counts what the table showed, for the closing line. */
export class TableTally {
  messages = 0;
  risk = 0;
  readonly bands = { high: 0, medium: 0, low: 0 };
  readonly samples = new Map<string, number>();

  add(a: Analysis): void {
    this.messages++;
    this.bands[a.band]++;
    if (a.risk) this.risk++;
    this.samples.set(a.sample.advice, (this.samples.get(a.sample.advice) ?? 0) + 1);
  }

  line(width = tableWidth()): string {
    const n = (k: number, one: string, many = `${one}s`) => `${k} ${k === 1 ? one : many}`;
    const parts = [
      `${n(this.messages, 'message')}: ${this.bands.high} high, ${this.bands.medium} medium, ${this.bands.low} low`,
      `${this.risk} flagged as risk`,
      `samples: ${
        [...this.samples]
          .sort((x, y) => y[1] - x[1] || x[0].localeCompare(y[0]))
          .map(([k, v]) => `${v} ${k}`)
          .join(', ') || 'none'
      }`,
    ];
    // Joined on one line when it fits, else one part a line: a totals line is read, never cut.
    const one = `total ${parts.join(' \u00b7 ')}`;
    return one.length <= width ? one : `total ${parts.join(`\n${' '.repeat(6)}`)}`;
  }
}

const tally = new TableTally();
let totalsPrinted = false;

/** The closing line of the table printed so far; printed by the caller, or once when the command ends. */
export function tableTotals(width = tableWidth()): string {
  totalsPrinted = true;
  return tally.line(width);
}

// The command prints rows as messages are read; the totals follow the last one however the command ends
// normally, unless the caller printed them itself.
process.once('beforeExit', () => {
  if (!totalsPrinted && tally.messages > 0) process.stdout.write(`${tableTotals()}\n`);
});
