import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/**
 * Mail the project wrote itself (tests/fixtures/corpus/authored, "free to use and copy into the product's
 * tests") ships with the repository, so a fresh clone tests without anything beside it.
 */
export const FIXTURE_CORPUS_DIR = resolve(REPO_ROOT, 'tests/fixtures/corpus');
const OWN_FOLDERS = new Set(readdirSync(FIXTURE_CORPUS_DIR));

/**
 * Outside mail (real and phishing mail, MIME torture tests) is not ours to redistribute: it stays in
 * ../shared/corpus, which sits beside the repository on developer machines and in CI.
 */
export const CORPUS_DIR = resolve(REPO_ROOT, '../shared/corpus');

export function corpusPath(folder: string, ...parts: string[]): string {
  return join(OWN_FOLDERS.has(folder) ? FIXTURE_CORPUS_DIR : CORPUS_DIR, folder, ...parts);
}

/** Whether a corpus folder can be read here: always for the project's own, only with ../shared for the rest. */
export function hasCorpus(folder: string): boolean {
  return existsSync(corpusPath(folder));
}

/**
 * The plain reason a test of outside data does not run, for its title and the run's output; undefined when
 * the data is there. Tests use it with describe.skipIf so CI, which has ../shared, still runs them.
 */
export function missingCorpus(folder: string): string | undefined {
  if (hasCorpus(folder)) return undefined;
  const reason = `skipped: needs ../shared/corpus/${folder}, outside mail kept beside the repository and not redistributed; CI has it`;
  process.stderr.write(`${reason}\n`);
  return reason;
}

export function corpusFiles(folder: string, ext = '.eml'): string[] {
  const dir = corpusPath(folder);
  if (!existsSync(dir)) throw new Error(`corpus folder missing: ${dir} (shared/ must sit beside the repo)`);
  return readdirSync(dir)
    .filter((f) => f.endsWith(ext))
    .sort()
    .map((f) => join(dir, f));
}

export function readCorpus(folder: string, ...parts: string[]): Buffer {
  return readFileSync(corpusPath(folder, ...parts));
}
