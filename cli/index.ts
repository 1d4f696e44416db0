import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { analyze } from '../lib/analyze';
import { parseCsvRecords } from '../lib/csv';
import type { EvalRow, Label } from '../lib/evaluation';
import { evaluate } from '../lib/evaluation';
import type { Settings } from '../lib/settings';
import { DEFAULT_SETTINGS, Settings as SettingsSchema } from '../lib/settings';
import { jsonLine, TABLE_HEADER, tableRow, topSignals } from './format';
import { readInputs } from './inputs';

z.config({ jitless: true });

const USAGE = `InquiryLens command line

  npm run -s cli -- analyze <file.eml | folder | file.mbox> [--json] [--settings settings.json] [--existing-customer]
  npm run -s cli -- eval <folder> [--settings settings.json]

analyze   judge each message: a table by default, one JSON object per message per line with --json
eval      compare the verdicts with <folder>/labels.csv (file,label,expected_sample,role,notes)
`;

interface Args {
  command: string;
  target: string;
  json: boolean;
  existingCustomer: boolean;
  settingsPath?: string;
}

function parseArgs(argv: string[]): Args | string {
  const positional: string[] = [];
  const args: Args = { command: '', target: '', json: false, existingCustomer: false };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--json') args.json = true;
    else if (a === '--existing-customer') args.existingCustomer = true;
    else if (a === '--settings') {
      const v = argv[++i];
      if (!v) return '--settings needs a file';
      args.settingsPath = v;
    } else if (a === '-h' || a === '--help') return '';
    else if (a.startsWith('--')) return `unknown option ${a}`;
    else positional.push(a);
  }
  args.command = positional[0] ?? '';
  args.target = positional[1] ?? '';
  if (!['analyze', 'eval'].includes(args.command)) return args.command ? `unknown command ${args.command}` : '';
  if (!args.target) return `${args.command} needs a file or folder`;
  if (!existsSync(args.target)) return `not found: ${args.target}`;
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
  if (!args.json) console.log(TABLE_HEADER);
  for await (const item of readInputs(args.target)) {
    const label = item.index !== undefined ? `${item.file}#${item.index}` : item.file;
    if (!item.result.ok) {
      failures++;
      if (args.json) console.log(JSON.stringify({ file: item.file, ...(item.index !== undefined ? { index: item.index } : {}), error: item.result.error }));
      else console.log(`${label}: cannot read (${item.result.error.code}): ${item.result.error.message}`);
      continue;
    }
    const a = analyze(item.result.inquiry, { settings, existingCustomer: args.existingCustomer });
    console.log(args.json ? jsonLine(item.file, a, item.index !== undefined ? { index: item.index } : {}) : tableRow(label, a));
  }
  return failures ? 1 : 0;
}

const pct = (v: number | null) => (v === null ? 'n/a' : `${(v * 100).toFixed(1)} %`);

async function runEval(args: Args, settings: Settings): Promise<number> {
  const labelsPath = join(args.target, 'labels.csv');
  if (!existsSync(labelsPath)) {
    console.error(`no labels.csv in ${args.target}`);
    return 2;
  }
  const labels = new Map(parseCsvRecords(readFileSync(labelsPath, 'utf8')).map((r) => [r.file ?? '', r]));
  const rows: EvalRow[] = [];
  const top = new Map<string, string>();
  for await (const item of readInputs(args.target)) {
    const l = labels.get(item.file);
    if (!l || !['genuine', 'vague', 'scam'].includes(l.label ?? '')) continue;
    if (!item.result.ok) {
      console.error(`${item.file}: cannot read (${item.result.error.code}): ${item.result.error.message}`);
      continue;
    }
    const a = analyze(item.result.inquiry, { settings });
    rows.push({
      file: item.file,
      label: l.label as Label,
      expectedSample: l.expected_sample ?? '',
      expectedRole: l.role ?? '',
      score: a.score,
      band: a.band,
      risk: a.risk,
      sample: a.sample.advice,
      role: a.profile.role,
    });
    top.set(item.file, topSignals(a, 4));
  }
  const r = evaluate(rows);
  const missing = [...labels.keys()].filter((f) => f && !rows.some((x) => x.file === f));
  console.log(`labelled messages judged: ${r.total}${missing.length ? ` (${missing.length} listed but not read: ${missing.slice(0, 5).join(', ')})` : ''}`);
  for (const l of ['genuine', 'vague', 'scam'] as const) {
    const s = r.perLabel[l];
    if (s.count) console.log(`  ${l.padEnd(8)} ${String(s.count).padStart(4)}   mean score ${s.meanScore.toFixed(1)}`);
  }
  console.log(`scam catch rate (risk or low)            ${pct(r.scamCatchRate)}`);
  console.log(`genuine false-alarm rate (risk or low)   ${pct(r.genuineFalseAlarmRate)}`);
  console.log(`vague recognition (not high, no sample)  ${pct(r.vagueRecognition)}`);
  console.log(`ROC AUC, genuine vs the rest             ${r.rocAuc === null ? 'n/a' : r.rocAuc.toFixed(3)}`);
  console.log(`sample advice agreement                  ${pct(r.sampleAgreement)}`);
  console.log(`role agreement                           ${pct(r.roleAgreement)}`);
  if (r.misjudged.length) {
    console.log(`\nmisjudged (${r.misjudged.length}):`);
    for (const m of r.misjudged) console.log(`  ${m.file} [${m.label}] score ${m.score} ${m.band}${m.risk ? ' RISK' : ''} sample ${m.sample}: ${top.get(m.file) ?? ''}`);
  }
  const disagreements = rows.filter((x) => (x.expectedSample && x.sample !== x.expectedSample) || (x.expectedRole && x.role !== x.expectedRole));
  if (disagreements.length) {
    console.log(`\nsample / role disagreements (${disagreements.length}):`);
    for (const d of disagreements) {
      const parts = [];
      if (d.expectedSample && d.sample !== d.expectedSample) parts.push(`sample ${d.sample} (expected ${d.expectedSample})`);
      if (d.expectedRole && d.role !== d.expectedRole) parts.push(`role ${d.role} (expected ${d.expectedRole})`);
      console.log(`  ${d.file}: ${parts.join(', ')}`);
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
