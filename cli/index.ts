import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { z } from 'zod';
import { analyze } from '../lib/analyze';
import { parseCsvRecords } from '../lib/csv';
import type { EvalRow } from '../lib/evaluation';
import { evalRow, evaluate, isLabel } from '../lib/evaluation';
import type { Settings } from '../lib/settings';
import { DEFAULT_SETTINGS, Settings as SettingsSchema } from '../lib/settings';
import { jsonLine, TABLE_HEADER, tableRow, topSignals } from './format';
import { readInputs } from './inputs';
import { cliOnline } from '../lib/online/cli';

z.config({ jitless: true });

const USAGE = `InquiryLens command line

  npm run -s cli -- analyze <file.eml | folder | file.mbox> [--json] [--settings settings.json] [--existing-customer] [--online]
  npm run -s cli -- eval <folder>... [--verbose] [--settings settings.json]
  npm run -s cli -- try-site <capture.html> --url <page url> [--json]

analyze   judge each message: a table by default, one JSON object per message per line with --json
eval      compare the verdicts with every labels.csv in or below each folder (file,label,expected_sample,
          role,notes[,models]): figures per source and overall, model extraction precision and recall
          where models are annotated; --verbose lists sample, role and model disagreements
try-site  run every site reader and the generic page reader on a saved page or a page shape saved from
          the panel, and print what each found (sender, subject, start of the body) or why it found nothing;
          --url is the address the page had (a panel capture records it, censored past the host)
`;

interface Args {
  command: string;
  target: string;
  /** eval takes several folders. */
  targets: string[];
  json: boolean;
  verbose: boolean;
  existingCustomer: boolean;
  /** Check each sender's website, domain age and mail server online (lib/online): only domain names are sent. */
  online?: boolean;
  settingsPath?: string;
  url?: string;
}

function parseArgs(argv: string[]): Args | string {
  const positional: string[] = [];
  const args: Args = { command: '', target: '', targets: [], json: false, verbose: false, existingCustomer: false };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--json') args.json = true;
    else if (a === '--verbose') args.verbose = true;
    else if (a === '--existing-customer') args.existingCustomer = true;
    else if (a === '--online') args.online = true;
    else if (a === '--settings') {
      const v = argv[++i];
      if (!v) return '--settings needs a file';
      args.settingsPath = v;
    } else if (a === '--url') {
      const v = argv[++i];
      if (!v) return '--url needs a page address';
      args.url = v;
    } else if (a === '-h' || a === '--help') return '';
    else if (a.startsWith('--')) return `unknown option ${a}`;
    else positional.push(a);
  }
  args.command = positional[0] ?? '';
  args.target = positional[1] ?? '';
  args.targets = positional.slice(1);
  if (!['analyze', 'eval', 'try-site'].includes(args.command)) return args.command ? `unknown command ${args.command}` : '';
  if (!args.target) return `${args.command} needs a file or folder`;
  const missing = args.targets.find((t) => !existsSync(t));
  if (missing) return `not found: ${missing}`;
  return args;
}

function loadSettings(path?: string): Settings {
  if (!path) return DEFAULT_SETTINGS;
  const parsed = SettingsSchema.safeParse(JSON.parse(readFileSync(path, 'utf8')));
  if (!parsed.success) throw new Error(`invalid settings in ${path}: ${z.prettifyError(parsed.error)}`);
  return parsed.data;
}

async function runAnalyze(args: Args, settings: Settings): Promise<number> {
  let failures = 0;
  const online = args.online ? cliOnline() : undefined;
  if (!args.json) console.log(TABLE_HEADER);
  for await (const item of readInputs(args.target)) {
    const label = item.index !== undefined ? `${item.file}#${item.index}` : item.file;
    if (!item.result.ok) {
      failures++;
      if (args.json) console.log(JSON.stringify({ file: item.file, ...(item.index !== undefined ? { index: item.index } : {}), error: item.result.error }));
      else console.log(`${label}: cannot read (${item.result.error.code}): ${item.result.error.message}`);
      continue;
    }
    const offline = analyze(item.result.inquiry, { settings, existingCustomer: args.existingCustomer });
    const a = online ? await online(item.result.inquiry, offline, settings, args.existingCustomer) : offline;
    console.log(args.json ? jsonLine(item.file, a, item.index !== undefined ? { index: item.index } : {}) : tableRow(label, a, item.result.inquiry.subject));
  }
  return failures ? 1 : 0;
}

const pct = (v: number | null) => (v === null ? 'n/a' : `${(v * 100).toFixed(1)} %`);

/** Every folder at or below `root` that holds a labels.csv: one labelled source each. */
function labelledSources(root: string): string[] {
  const out: string[] = [];
  const walk = (dir: string, depth: number) => {
    if (existsSync(join(dir, 'labels.csv'))) out.push(dir);
    if (depth >= 3) return;
    for (const n of readdirSync(dir).sort()) {
      const p = join(dir, n);
      if (!n.startsWith('.') && statSync(p).isDirectory()) walk(p, depth + 1);
    }
  };
  walk(root, 0);
  return out;
}

async function judgeSource(dir: string, settings: Settings, top: Map<string, string>): Promise<EvalRow[]> {
  const text = readFileSync(join(dir, 'labels.csv'), 'utf8');
  const annotated = /^[^\n]*\bmodels\b/.test(text);
  const labels = new Map(parseCsvRecords(text).map((r) => [r.file ?? '', r]));
  const rows: EvalRow[] = [];
  for await (const item of readInputs(dir)) {
    const l = labels.get(item.file);
    if (!l || !isLabel(l.label)) continue;
    if (!item.result.ok) {
      console.error(`${item.file}: cannot read (${item.result.error.code}): ${item.result.error.message}`);
      continue;
    }
    const a = analyze(item.result.inquiry, { settings });
    rows.push(evalRow(item.file, { ...l, label: l.label }, a, annotated));
    top.set(item.file, topSignals(a, 4));
  }
  return rows;
}

function printReport(name: string, rows: readonly EvalRow[]): void {
  const r = evaluate(rows);
  console.log(`== ${name}: ${r.total} labelled messages`);
  for (const l of ['genuine', 'vague', 'scam'] as const) {
    const s = r.perLabel[l];
    if (s.count) console.log(`  ${l.padEnd(8)} ${String(s.count).padStart(4)}   mean score ${s.meanScore.toFixed(1)}`);
  }
  const line = (label: string, v: string) => console.log(`  ${label.padEnd(44)} ${v}`);
  if (r.perLabel.genuine.count) {
    line('genuine in band high', pct(r.genuineHighRate));
    line('genuine in band low or flagged', pct(r.genuineFalseAlarmRate));
  }
  if (r.perLabel.scam.count) line('scams flagged (risk, decline or verify-first)', pct(r.scamFlagRate));
  if (r.perLabel.vague.count) line('vague recognised (not high, no sample)', pct(r.vagueRecognition));
  if (r.rocAuc !== null) line('ROC AUC, genuine vs the rest', r.rocAuc.toFixed(3));
  line('sample advice agreement', pct(r.sampleAgreement));
  if (r.roleAgreement !== null) line('role agreement (genuine)', pct(r.roleAgreement));
  if (r.models)
    line(
      'model extraction precision / recall',
      `${pct(r.models.precision)} / ${pct(r.models.recall)} (${r.models.truePositives} of ${r.models.predicted} extracted, ${r.models.expected} annotated)`,
    );
}

async function runEval(args: Args, settings: Settings): Promise<number> {
  const sources = args.targets.flatMap((t) => labelledSources(t));
  if (!sources.length) {
    console.error(`no labels.csv in or below ${args.targets.join(', ')}`);
    return 2;
  }
  const all: EvalRow[] = [];
  const top = new Map<string, string>();
  for (const dir of sources) {
    const rows = await judgeSource(dir, settings, top);
    printReport(relative(process.cwd(), dir) || dir, rows);
    all.push(...rows);
  }
  if (sources.length > 1) printReport('all sources', all);
  const r = evaluate(all);
  if (r.misjudged.length) {
    console.log(`\nmisjudged (${r.misjudged.length}):`);
    for (const m of r.misjudged)
      console.log(`  ${m.file} [${m.label}] score ${m.score} ${m.band}${m.risk ? ' RISK' : ''} sample ${m.sample}: ${top.get(m.file) ?? ''}`);
  }
  if (args.verbose) {
    const disagreements = all.filter(
      (x) => (x.expectedSample && x.sample !== x.expectedSample) || (x.expectedRole && x.label === 'genuine' && x.role !== x.expectedRole),
    );
    if (disagreements.length) {
      console.log(`\nsample / role disagreements (${disagreements.length}):`);
      for (const d of disagreements) {
        const parts = [];
        if (d.expectedSample && d.sample !== d.expectedSample) parts.push(`sample ${d.sample} (expected ${d.expectedSample})`);
        if (d.expectedRole && d.label === 'genuine' && d.role !== d.expectedRole) parts.push(`role ${d.role} (expected ${d.expectedRole})`);
        console.log(`  ${d.file}: ${parts.join(', ')}`);
      }
    }
    const modelRows = all.filter((x) => x.expectedModels && (x.expectedModels.length || x.models?.length));
    if (modelRows.length) {
      console.log('\nmodels (extracted | annotated):');
      for (const m of modelRows) console.log(`  ${m.file}: ${(m.models ?? []).join(', ')} | ${(m.expectedModels ?? []).join(', ')}`);
    }
  }
  return 0;
}

async function main(argv: string[]): Promise<number> {
  const args = parseArgs(argv);
  if (typeof args === 'string') {
    if (args) console.error(`error: ${args}\n`);
    console.error(USAGE);
    return args ? 2 : 0;
  }
  if (args.command === 'try-site') return (await import('./try-site')).runTrySite(args.target, args.url, args.json);
  const settings = loadSettings(args.settingsPath);
  return args.command === 'analyze' ? runAnalyze(args, settings) : runEval(args, settings);
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (err: unknown) => {
    console.error(`error: ${err instanceof Error ? err.message : String(err)}`);
    process.exitCode = 1;
  },
);
