/**
 * fuzz_worst_ms: the slowest single message of a seeded fuzz run through parse → analyze → record.
 * Each input is timed three times and its median kept, so one GC pause does not make the worst; the
 * seed is fixed, so the same inputs are measured on every run. Messages stay under 1 MB (goal: < 200 ms).
 */
import { performance } from 'node:perf_hooks';
import { fuzzMails, runPipeline, seedMails } from '../tests/fuzz/mail-fuzz';
import { median } from './bench-timing';

const SEED = 20_261_129;
const INPUTS = 200;
const MAX_CHARS = 1_000_000 - 1;
const RUNS = 3;

export async function fuzzWorst(): Promise<{ fuzz_worst_ms: number }> {
  // Warm the JIT on unmutated mail first: the first input must not be the worst only for being first.
  const enc = new TextEncoder();
  for (const s of seedMails().slice(0, 10)) for (let i = 0; i < 3; i++) await runPipeline({ name: s.name, bytes: enc.encode(s.text), mbox: false });
  let worst = 0;
  let worstName = '';
  for (const input of fuzzMails(SEED, INPUTS, MAX_CHARS)) {
    const times: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      const t0 = performance.now();
      await runPipeline(input);
      times.push(performance.now() - t0);
    }
    const m = median(times);
    if (m > worst) {
      worst = m;
      worstName = `${input.name} (${input.bytes.length} bytes)`;
    }
  }
  console.error(`fuzz_worst_ms: slowest input ${worstName}`);
  return { fuzz_worst_ms: Math.round(worst * 1000) / 1000 };
}
