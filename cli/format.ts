import type { Analysis } from '../lib/analysis';

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

function pad(s: string, n: number): string {
  const t = s.length > n ? `${s.slice(0, n - 1)}\u2026` : s;
  return t + ' '.repeat(Math.max(0, n - t.length));
}

export const TABLE_HEADER = `${pad('file', 28)} ${pad('score', 5)} ${pad('band', 6)} ${pad('risk', 4)} ${pad('sample', 12)} ${pad('role', 18)} ${pad('open', 4)} top signals`;

export function topSignals(a: Analysis, n = 3): string {
  return [...a.signals]
    .filter((s) => s.counted !== 0 || s.kind === 'scam')
    .sort((x, y) => Math.abs(y.counted) - Math.abs(x.counted))
    .slice(0, n)
    .map((s) => `${s.id}(${s.counted > 0 ? '+' : ''}${s.counted}: ${s.evidence.slice(0, 40)})`)
    .join('; ');
}

export function tableRow(file: string, a: Analysis): string {
  const open = a.questions.filter((q) => !q.answered).length;
  return `${pad(file, 28)} ${pad(String(a.score), 5)} ${pad(a.band, 6)} ${pad(a.risk ? 'YES' : '-', 4)} ${pad(a.sample.advice, 12)} ${pad(a.profile.role, 18)} ${pad(`${open}/6`, 4)} ${topSignals(a)}`;
}
