/** A benchmark page's script, bundled for Chromium and minified like the shipped extension, so it runs the code the rep runs. */
import { join, resolve } from 'node:path';
import { build } from 'esbuild';
import type { BrowserContext } from 'playwright-core';

const ROOT = resolve(import.meta.dirname, '..');

export async function pageBundle(entry: string): Promise<string> {
  const out = await build({
    entryPoints: [join(ROOT, entry)],
    bundle: true,
    write: false,
    format: 'iife',
    platform: 'browser',
    target: 'chrome120',
    minify: true,
    define: { 'process.env.NODE_ENV': '"production"' },
    logLevel: 'silent',
  });
  return out.outputFiles[0]!.text;
}

const ORIGIN = 'https://bench.inquirylens.test';

/**
 * Serves a bench page on its own origin with the network cut off: the page at the returned address loads
 * the script. `headers` go with both (cross-origin isolation, for one).
 */
export async function servePage(context: BrowserContext, script: string, title: string, headers: Record<string, string> = {}): Promise<string> {
  await context.route(/^https?:\/\//, (route) => route.abort());
  await context.route(`${ORIGIN}/**`, (route) =>
    new URL(route.request().url()).pathname === '/bench.js'
      ? route.fulfill({ status: 200, contentType: 'text/javascript; charset=utf-8', headers, body: script })
      : route.fulfill({
          status: 200,
          contentType: 'text/html; charset=utf-8',
          headers,
          body: `<!doctype html><meta charset="utf-8"><title>${title}</title><script src="/bench.js"></script>`,
        }),
  );
  return `${ORIGIN}/`;
}
