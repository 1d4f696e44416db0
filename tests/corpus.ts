import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** shared/ sits beside the repository on every developer machine and in CI. */
export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const CORPUS_DIR = resolve(REPO_ROOT, '../shared/corpus');

export function corpusPath(...parts: string[]): string {
  return join(CORPUS_DIR, ...parts);
}

export function corpusFiles(folder: string, ext = '.eml'): string[] {
  const dir = corpusPath(folder);
  if (!existsSync(dir)) throw new Error(`corpus folder missing: ${dir} (shared/ must sit beside the repo)`);
  return readdirSync(dir)
    .filter((f) => f.endsWith(ext))
    .sort()
    .map((f) => join(dir, f));
}

export function readCorpus(...parts: string[]): Buffer {
  return readFileSync(corpusPath(...parts));
}
