/**
 * Every regular expression in lib/ goes through recheck, a ReDoS analyser: a pattern it proves
 * super-linear fails this test unless tests/redos/allowlist.ts lists it with the hard input cap that
 * keeps it harmless (or, in a file another change owns, a TODO for its owner).
 *
 * Patterns written out in the source are read with the TypeScript compiler; patterns built at run
 * time (`new RegExp(\`…${x}…\`)`) are caught as lib/ builds them, by importing every module and
 * running the readers, the parser and the analyzer on the fixtures with RegExp wrapped.
 *
 * recheck uses its native binary when npm installed it (recheck-linux-x64 and friends), else its
 * pure JavaScript build in a worker; nothing is cached on disk. Each pattern gets one second: a
 * pattern it cannot decide in that time is reported as undecided, never as a failure, so a busy
 * machine cannot turn the test red.
 */
import { check } from 'recheck';
import type { Diagnostics } from 'recheck';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { REPO_ROOT } from '../corpus';
import { ALLOWED, UNREACHED_OK } from '../redos/allowlist';
import type { RegexSite } from '../redos/collect';
import { collectRegexSites } from '../redos/collect';

const PER_PATTERN_MS = 1_000;
const CONCURRENCY = 2;

interface Pattern {
  source: string;
  flags: string;
  sites: RegexSite[];
}

/** The lib/ file and line that built a RegExp, from the stack of its construction. */
function callerOf(stack: string): { file: string; line: number } | undefined {
  for (const frame of stack.split('\n').slice(1)) {
    const m = /\/(lib\/[^:()]+\.ts):(\d+):\d+/.exec(frame);
    if (m) return { file: m[1]!, line: Number(m[2]) };
  }
  return undefined;
}

/** Imports every lib/ module and exercises the code that builds patterns at run time, recording each RegExp built. */
async function runtimePatterns(files: string[]): Promise<Array<{ source: string; flags: string; file: string; line: number }>> {
  const built: Array<{ source: string; flags: string; file: string; line: number }> = [];
  const Original = globalThis.RegExp;
  const record = (re: RegExp) => {
    const at = callerOf(new Error().stack ?? '');
    if (at) built.push({ source: re.source, flags: re.flags, ...at });
    return re;
  };
  globalThis.RegExp = new Proxy(Original, {
    construct: (target, args, newTarget) => record(Reflect.construct(target, args, newTarget) as RegExp),
    apply: (target, self, args) => record(Reflect.apply(target, self, args) as RegExp),
  });
  try {
    vi.resetModules();
    for (const f of files) await import(/* @vite-ignore */ join(REPO_ROOT, f));
    // What builds patterns from data: the mail parser (HTML raw-text elements), the analyzer (signals,
    // sample advice) and the site readers.
    const { parseEml } = await import('../../lib/parse/eml');
    const { analyze } = await import('../../lib/analyze');
    const { fromPaste } = await import('../../lib/sites/pasted');
    const fixtures = ['dev-genuine-01.eml', 'dev-genuine-02.eml', 'dev-vague-01.eml'].map((f) => readFileSync(join(REPO_ROOT, 'tests/fixtures/mail', f)));
    const html =
      'From: a@b.example\r\nSubject: RFQ\r\nContent-Type: text/html\r\n\r\n<html><head><style>p{}</style><script>x</script></head><body><p>Please quote 500 pcs FOB Ningbo, CE certificate.</p><textarea>t</textarea><title>t</title></body></html>';
    for (const raw of [...fixtures, Buffer.from(html)]) {
      const r = await parseEml(new Uint8Array(raw));
      if (r.ok) analyze(r.inquiry);
    }
    analyze(
      fromPaste(
        'From: Laura <l@arcotherm.example>\nSubject: RFQ\n\nPlease quote 80 units CIF Genoa, T/T 30%, CE and ISO 9001 certificates, one sample at our cost if the price fits.',
      ),
    );
  } finally {
    globalThis.RegExp = Original;
  }
  return built;
}

async function analyse(patterns: Pattern[]): Promise<Map<Pattern, Diagnostics>> {
  const results = new Map<Pattern, Diagnostics>();
  let next = 0;
  const worker = async () => {
    while (next < patterns.length) {
      const p = patterns[next++]!;
      results.set(p, await check(p.source, p.flags, { timeout: PER_PATTERN_MS }));
    }
  };
  await Promise.all(Array.from({ length: CONCURRENCY }, worker));
  return results;
}

const keyOf = (file: string, source: string) => `${file}\u0000${source}`;

describe('regular expressions in lib/', () => {
  it('has no super-linear pattern outside the allowlist, and no allowlist entry without its pattern', async () => {
    const sites = collectRegexSites(REPO_ROOT);
    const files = [...new Set(sites.map((s) => s.file))];
    const built = await runtimePatterns(files);

    // Run-time sites: each must have been seen building a pattern (or be listed as a copy of a checked one).
    const unreached: string[] = [];
    for (const s of sites.filter((x) => x.source === undefined)) {
      const seen = built.filter((b) => b.file === s.file && b.line === s.line);
      if (seen.length === 0 && !UNREACHED_OK.some((u) => u.file === s.file && u.line === s.line)) unreached.push(`${s.file}:${s.line} ${s.text.slice(0, 80)}`);
      for (const b of seen) sites.push({ ...s, source: b.source, flags: b.flags });
    }

    const byPattern = new Map<string, Pattern>();
    for (const s of sites) {
      if (s.source === undefined) continue;
      const k = `/${s.source}/${s.flags}`;
      const p = byPattern.get(k) ?? { source: s.source, flags: s.flags ?? '', sites: [] };
      p.sites.push(s);
      byPattern.set(k, p);
    }
    const results = await analyse([...byPattern.values()]);

    const allowed = new Map(ALLOWED.map((a) => [keyOf(a.file, a.source), a]));
    const used = new Set<string>();
    const vulnerable: string[] = [];
    for (const [p, d] of results) {
      if (d.status !== 'vulnerable') continue;
      for (const s of p.sites) {
        const k = keyOf(s.file, p.source);
        if (allowed.has(k)) used.add(k);
        else vulnerable.push(`${s.file}:${s.line} /${p.source}/${p.flags} — ${d.complexity.summary}, e.g. ${JSON.stringify(d.attack.pattern).slice(0, 80)}`);
      }
    }
    // An entry whose pattern is gone (fixed, or changed) must go too, so the list stays the list of what is left.
    const present = new Set([...byPattern.values()].flatMap((p) => p.sites.map((s) => keyOf(s.file, p.source))));
    const stale = ALLOWED.filter((a) => !present.has(keyOf(a.file, a.source))).map((a) => `${a.file} /${a.source}/`);

    expect(vulnerable).toEqual([]);
    expect(stale).toEqual([]);
    expect(unreached).toEqual([]);
    // Every entry names why the pattern is harmless, or whose TODO it is.
    for (const a of ALLOWED) expect(a.why).toMatch(/^(?:cap: \S.{10,}|TODO-judgement: .{10,}|TODO-readers: .{10,}|own input: .{10,})$/);
  }, 120_000);
});
