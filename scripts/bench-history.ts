/**
 * History benchmarks in real Chromium IndexedDB (fake-indexeddb in Node is many times slower and
 * would mislead): 50 000 seeded records, then the median time of history queries and of the memory
 * look-ups the analyzer makes per message, and the mean stored size of one record.
 * Used by scripts/bench.ts; progress goes to stderr so `--json` stays one object on stdout.
 *   tsx scripts/bench-history.ts [--records N]   standalone run, prints JSON
 *   tsx scripts/bench-history.ts --chunks        after a build: the files the history and statistics pages load at start
 */
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { serialize } from 'node:v8';
import { build } from 'esbuild';
import { chromium } from 'playwright-core';
import type { HistoryBenchApi, QueryShape } from './history-bench-page';
import { CHROMIUM, QUIET_CHROMIUM_FLAGS } from '../tests/e2e/harness';
import { pageBundle, servePage } from './page-bundle';

const ROOT = resolve(import.meta.dirname, '..');

export const HISTORY_KEYS = ['history_query_50k_ms', 'memory_lookup_50k_ms', 'record_bytes'] as const;

export type HistoryResults = Record<string, number | null>;

const log = (msg: string): void => {
  process.stderr.write(`[bench-history] ${msg}\n`);
};

const BUILD = join(ROOT, '.output/chrome-mv3');

/**
 * The JavaScript files a built extension page loads at start, with their sizes in bytes: the module its
 * HTML runs, the modules it preloads, and everything those import statically, transitively. Chunks the
 * page loads on demand (`import()`: reading an import file) do not count. esbuild reads the imports, so
 * a minified `import` is never mistaken for text.
 */
async function pageStartChunks(page: string): Promise<Map<string, number>> {
  const html = readFileSync(join(BUILD, page), 'utf8');
  const roots = [...html.matchAll(/<(?:script\b[^>]*\bsrc|link\b[^>]*\brel="modulepreload"[^>]*\bhref)="\/?([^"]+\.js)"/g)].map((m) => m[1]!);
  const { metafile } = await build({
    entryPoints: roots,
    absWorkingDir: BUILD,
    bundle: true,
    splitting: true,
    format: 'esm',
    write: false,
    outdir: 'out',
    metafile: true,
    logLevel: 'silent',
  });
  const files = new Map<string, number>();
  const todo = [...roots];
  for (let file = todo.pop(); file !== undefined; file = todo.pop()) {
    if (files.has(file)) continue;
    files.set(file, statSync(join(BUILD, file)).size);
    for (const i of metafile.inputs[file]?.imports ?? []) if (i.kind === 'import-statement') todo.push(i.path);
  }
  return files;
}

/** The extension pages that show the history: the list (inquiries.html) and the statistics. */
const HISTORY_PAGES = ['inquiries.html', 'stats.html'] as const;

/**
 * history_page_js_bytes: the largest JavaScript file the history page or the statistics page loads at
 * start (see `pageStartChunks`), whichever is larger, in the Chrome build.
 */
export async function historyPageJsBytes(): Promise<number> {
  let largest = 0;
  for (const page of HISTORY_PAGES) for (const size of (await pageStartChunks(page)).values()) largest = Math.max(largest, size);
  return largest;
}

/** The word the main query searches: a product word a few % of records carry (the share is printed). */
const SEARCH = 'pump';

function shapes(): QueryShape[] {
  return [
    { key: 'history_query_50k_ms', query: { search: SEARCH, band: 'medium', limit: 50 } },
    { key: 'history_query_newest_ms', query: { limit: 50 } },
    { key: 'history_query_filter_ms', query: { band: 'medium', limit: 50 } },
    { key: 'history_query_search_ms', query: { search: SEARCH, limit: 50 } },
  ];
}

export async function historyBench(records = 50_000): Promise<HistoryResults> {
  const nulls: HistoryResults = Object.fromEntries(HISTORY_KEYS.map((k) => [k, null]));
  if (!existsSync(CHROMIUM)) {
    log(`Chromium not found at ${CHROMIUM}; history numbers reported as null`);
    return nulls;
  }
  const t0 = Date.now();
  const script = await pageBundle('scripts/history-bench-page.ts');
  // A persistent profile on disk: a non-persistent context is off-the-record, where Chromium keeps
  // IndexedDB in memory, which is faster than what a rep's browser does.
  const profile = mkdtempSync(join(tmpdir(), 'il-bench-history-'));
  let context: Awaited<ReturnType<typeof chromium.launchPersistentContext>> | undefined;
  try {
    context = await chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM,
      headless: true,
      args: QUIET_CHROMIUM_FLAGS,
    });
    const url = await servePage(context, script, 'history bench');
    const page = context.pages()[0] ?? (await context.newPage());
    page.on('pageerror', (e) => log(`page error: ${e.message}`));
    await page.goto(url);
    await page.waitForFunction(() => 'historyBench' in globalThis);
    page.setDefaultTimeout(0);

    const bases = await page.evaluate((perKind) => (globalThis as unknown as { historyBench: HistoryBenchApi }).historyBench.setup(perKind), 100);
    log(`analysed ${bases} base inquiries (${Date.now() - t0} ms)`);
    const chunk = 5000;
    const seedStart = Date.now();
    for (let i = 0; i < records; i += chunk) {
      const t = await page.evaluate(
        ([from, to]) => (globalThis as unknown as { historyBench: HistoryBenchApi }).historyBench.seed(from!, to!),
        [i, Math.min(records, i + chunk)],
      );
      log(
        `seeded ${Math.min(records, i + chunk)}/${records} (${((Date.now() - seedStart) / 1000).toFixed(1)} s; chunk: build ${t.buildMs} ms, write ${t.writeMs} ms)`,
      );
    }

    const info = await page.evaluate(async (word) => {
      const b = (globalThis as unknown as { historyBench: HistoryBenchApi }).historyBench;
      return { count: await b.count(), share: await b.matchShare(word), usage: await b.usage() };
    }, SEARCH);
    log(`${info.count} records; "${SEARCH}" matches ${(info.share * 100).toFixed(1)}% of them; storage estimate ${(info.usage / 1e6).toFixed(1)} MB`);

    const queries = await page.evaluate((s) => (globalThis as unknown as { historyBench: HistoryBenchApi }).historyBench.measureQueries(s, 15), shapes());
    log(`queries: ${JSON.stringify(queries)}`);
    const memory = await page.evaluate(() => (globalThis as unknown as { historyBench: HistoryBenchApi }).historyBench.measureMemory(20));
    log(`memory: ${JSON.stringify(memory)}`);
    const openMs = await page.evaluate(() => (globalThis as unknown as { historyBench: HistoryBenchApi }).historyBench.measureOpen(7));
    const saveMs = await page.evaluate(() => (globalThis as unknown as { historyBench: HistoryBenchApi }).historyBench.measureSave(15));
    log(`digest load ${openMs} ms; save one verdict ${saveMs} ms`);

    // record_bytes: V8 ValueSerializer output, the format Chromium's IndexedDB stores values in (Blink
    // adds a few header bytes; large values may be compressed on disk). Measured in Node with the same
    // serializer on records read back from IndexedDB. JSON UTF-8 length given beside it for comparison.
    const sample = JSON.parse(
      await page.evaluate(() => (globalThis as unknown as { historyBench: HistoryBenchApi }).historyBench.sampleRecords(1000)),
    ) as unknown[];
    const rows = JSON.parse(await page.evaluate(() => (globalThis as unknown as { historyBench: HistoryBenchApi }).historyBench.sampleRows(1000))) as unknown[];
    const rowBytes = rows.reduce<number>((s, r) => s + serialize(r).length, 0) / rows.length;
    // An inquiry is stored twice over: the full record and its digest row.
    const cloneBytes = sample.reduce<number>((s, r) => s + serialize(r).length, 0) / sample.length + rowBytes;
    const jsonBytes = sample.reduce<number>((s, r) => s + Buffer.byteLength(JSON.stringify(r)), 0) / sample.length;
    log(
      `record size over ${sample.length} records: structured clone ${cloneBytes.toFixed(0)} B, JSON ${jsonBytes.toFixed(0)} B; done in ${((Date.now() - t0) / 1000).toFixed(1)} s`,
    );

    return {
      ...queries,
      ...memory,
      record_bytes: Math.round(cloneBytes),
      record_json_bytes: Math.round(jsonBytes),
      digest_row_bytes: Math.round(rowBytes),
      history_open_50k_ms: openMs,
      history_save_50k_ms: saveMs,
      history_disk_bytes_per_record: Math.round(info.usage / info.count),
    };
  } catch (err) {
    log(`failed, history numbers reported as null: ${err instanceof Error ? err.message : String(err)}`);
    return nulls;
  } finally {
    await context?.close().catch(() => undefined);
    rmSync(profile, { recursive: true, force: true });
  }
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) {
  if (process.argv.includes('--chunks')) {
    // What each page loads at start, largest first: `tsx scripts/bench-history.ts --chunks` after a build.
    for (const page of HISTORY_PAGES)
      for (const [file, size] of [...(await pageStartChunks(page))].sort((a, b) => b[1] - a[1]))
        console.log(`${page.padEnd(16)} ${String(size).padStart(8)}  ${file}`);
    process.exit(0);
  }
  const i = process.argv.indexOf('--records');
  console.log(JSON.stringify(await historyBench(i > 0 ? Number(process.argv[i + 1]) : 50_000)));
}
