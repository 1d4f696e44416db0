/**
 * recalibrate_1k_ms: one refit of the weights on 1 000 recorded outcomes (lib/fit/recalibrate.ts), median
 * of 5. It runs off the verdict path (after an outcome is recorded), so the goal is < 200 ms, not < 1 ms.
 */
import { performance } from 'node:perf_hooks';
import { SHIPPED_REFIT } from '../lib/fit/auto';
import { seededRandom } from '../lib/fit/logistic';
import type { OutcomeExample, OutcomeValue } from '../lib/fit/recalibrate';
import { recalibrate } from '../lib/fit/recalibrate';
import { SIGNAL_IDS, WEIGHTS } from '../lib/weights';

export function recalibrate1kMs(): number {
  const rnd = seededRandom(1);
  const scored = SIGNAL_IDS.filter((id) => WEIGHTS[id].kind !== 'info');
  const outcomes: OutcomeValue[] = ['won', 'quoted', 'sample-sent', 'replied', 'no-reply', 'no-reply', 'confirmed-scam'];
  // About ten signals per inquiry, as real verdicts show.
  const data: OutcomeExample[] = Array.from({ length: 1000 }, () => ({
    ids: scored.filter(() => rnd() < 10 / scored.length),
    outcome: outcomes[Math.floor(rnd() * outcomes.length)]!,
  }));
  const times: number[] = [];
  for (let i = 0; i < 6; i++) {
    const t0 = performance.now();
    recalibrate(data, SHIPPED_REFIT);
    if (i > 0) times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  return Math.round(times[Math.floor(times.length / 2)]! * 10) / 10;
}

if (import.meta.url === `file://${process.argv[1]}`) console.log(JSON.stringify({ recalibrate_1k_ms: recalibrate1kMs() }));
