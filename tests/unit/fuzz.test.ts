/**
 * Mutation fuzzing of the mail pipeline (parse → analyze → history record), seeded so a failure
 * names an input that can be replayed: `fuzzMails(seed, count, maxChars)` with the seed of the failing
 * chunk. Timing is the bench's business (`fuzz_worst_ms`); here nothing may throw, and every verdict
 * must make a record the history can save.
 */
import { describe, expect, it } from 'vitest';
import { fuzzMails, runPipeline, seedMails } from '../fuzz/mail-fuzz';

const CHUNKS = 4;
const PER_CHUNK = 200;
const MAX_CHARS = 32 * 1024;

describe('mail pipeline under mutated mail', () => {
  it('has seed mails to mutate', () => {
    // The repository's own fixtures are always there; ../shared/corpus adds more when present.
    expect(seedMails().length).toBeGreaterThanOrEqual(3);
  });

  it.each(Array.from({ length: CHUNKS }, (_, i) => 9001 + i))(
    'reads, judges and records every input of seed %i without throwing',
    async (seed) => {
      const thrown: string[] = [];
      const unsaveable: string[] = [];
      let judged = 0;
      for (const input of fuzzMails(seed, PER_CHUNK, MAX_CHARS)) {
        try {
          const out = await runPipeline(input);
          judged += out.parsed;
          unsaveable.push(...out.badRecords);
        } catch (err) {
          thrown.push(`${input.name}: ${err instanceof Error ? (err.stack ?? err.message).slice(0, 400) : String(err)}`);
        }
      }
      expect(thrown).toEqual([]);
      expect(unsaveable).toEqual([]);
      // Mutations that leave a readable mail must still get a verdict, not a refusal.
      expect(judged).toBeGreaterThan(PER_CHUNK / 2);
    },
    60_000,
  );
});
