/**
 * What the convention tests read: the repository's own files as text, and the built extension. Shared by
 * tests/unit/conventions/*.test.ts, so "a test under tests/unit" and "the built package" mean one thing.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { REPO_ROOT } from '../../corpus';

/** Files under a folder of the repository whose names match, as sorted repository paths ("tests/unit/cli.test.ts"). */
export function repoFiles(folder: string, name: RegExp): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, e.name);
      if (e.isDirectory()) walk(path);
      else if (name.test(e.name)) out.push(relative(REPO_ROOT, path));
    }
  };
  walk(join(REPO_ROOT, folder));
  return out.sort();
}

export function readRepoFile(path: string): string {
  return readFileSync(join(REPO_ROOT, path), 'utf8');
}

/**
 * The unit tests' sources (tests/unit/**\/*.test.ts), without the convention tests themselves: a name that
 * only a convention test spells out is not tested.
 */
export function unitTestSources(folder = 'tests/unit'): Array<{ path: string; text: string }> {
  return repoFiles(folder, /\.test\.tsx?$/)
    .filter((path) => !path.startsWith('tests/unit/conventions/'))
    .map((path) => ({ path, text: readRepoFile(path) }));
}

/** Whether source text names a string as a literal: 'id', "id" or `id`. */
export function namesLiteral(text: string, value: string): boolean {
  return ["'", '"', '`'].some((q) => text.includes(`${q}${value}${q}`));
}

export type Browser = 'chrome' | 'firefox';

/**
 * The built extension for a browser, as `npm test` builds it before Vitest (`wxt build -b chrome`,
 * `wxt build -b firefox --mv3`); a bare `vitest run` builds it here when it is missing.
 */
export function builtExtension(browser: Browser): { dir: string; manifest: Record<string, unknown> } {
  const dir = join(REPO_ROOT, `.output/${browser}-mv3`);
  const file = join(dir, 'manifest.json');
  if (!existsSync(file)) {
    const args = browser === 'firefox' ? ['wxt', 'build', '-b', 'firefox', '--mv3'] : ['wxt', 'build', '-b', 'chrome'];
    execFileSync('npx', args, { cwd: REPO_ROOT, stdio: 'ignore', timeout: 120_000 });
  }
  return { dir, manifest: JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown> };
}
