// @vitest-environment happy-dom
/**
 * The site readers and the any-page reader on markup other people captured from the live sites
 * (../shared/sites-real: its PROVENANCE.md says where each file comes from and under which licence).
 * The captures are read from there at test time and never copied: the Outlook ones are AGPL.
 * Each entry (and each `views` cut of a thread) must read as a person sees the open message.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { adapterFor } from '../../../lib/sites';
import { finishRead } from '../../../lib/sites/finish';
import { readPage } from '../../../lib/sites/page-reader';
import type { Expect } from './expectations';
import { mistakes } from './expectations';

const ROOT = resolve(import.meta.dirname, '../../../../shared/sites-real');
const present = existsSync(join(ROOT, 'manifest.json'));

interface Entry {
  file: string;
  site: string;
  url: string;
  expect: Expect;
  views?: Array<{ cutAfter: number; label: string; expect: Expect }>;
}
interface Case {
  name: string;
  site: string;
  url: URL;
  html: string;
  cutAfter?: number;
  expect: Expect;
}

function cases(): Case[] {
  if (!present) return [];
  const manifest = JSON.parse(readFileSync(join(ROOT, 'manifest.json'), 'utf8')) as { fixtures: Entry[] };
  return manifest.fixtures.flatMap((f) => {
    const html = readFileSync(join(ROOT, 'fixtures', f.file), 'utf8');
    const base = { site: f.site, url: new URL(f.url), html };
    return [
      { ...base, name: f.file, expect: f.expect },
      ...(f.views ?? []).map((v) => ({ ...base, name: `${f.file} — ${v.label}`, cutAfter: v.cutAfter, expect: v.expect })),
    ];
  });
}

/** The page as the manifest means it: for a view, the thread's messages after the k-th removed in memory. */
function page(c: Case): Document {
  const d = new DOMParser().parseFromString(c.html, 'text/html');
  if (c.cutAfter !== undefined) for (const m of Array.from(d.querySelectorAll('.adn.ads')).slice(c.cutAfter)) m.remove();
  return d;
}

const all = cases();
/** Said in the test name and on the console, so a run without the captures cannot pass for a run with them. */
const SKIPPED = present ? '' : ` — SKIPPED: ${ROOT} is not on this machine (the captures are not part of this repository; CI has them)`;
if (!present) console.warn(`sites-real${SKIPPED}`);

describe.skipIf(!present)(`site readers on captures of the live sites (../shared/sites-real)${SKIPPED}`, () => {
  it.each(all.map((c) => [c.name, c] as const))('%s', (_name, c) => {
    const adapter = adapterFor(c.url);
    expect(adapter?.id).toBe(c.site);
    expect(mistakes(finishRead(adapter!.read(page(c), c.url)), c.expect)).toEqual([]);
  });

  it('reads Gmail pages of 2016 and 2026 with the selector set of their time, and says which', () => {
    const via = (file: string) => {
      const c = all.find((x) => x.name === file)!;
      const r = adapterFor(c.url)!.read(page(c), c.url);
      return r.status === 'ok' ? r.via : r.status;
    };
    expect(via('gmail/gmail-2016-thread-excerpt.html')).toBe('gmail 2016');
    expect(via('gmail/defuddle-thread-2026.html')).toBe('gmail 2026');
  });

  it('parses the localised date Gmail shows in a zh-CN mailbox', () => {
    const c = all.find((x) => x.name === 'gmail/gmail-2016-thread-excerpt.html')!;
    const r = adapterFor(c.url)!.read(page(c), c.url);
    expect(r.status === 'ok' && r.inquiry.date).toBe(new Date(2016, 4, 4, 10, 8).toISOString());
  });

  it('gives the real target of links Gmail wraps in its redirect', () => {
    const c = all.find((x) => x.name === 'gmail/gmail-2016-thread-excerpt.html')!;
    const r = adapterFor(c.url)!.read(page(c), c.url);
    expect(r.status === 'ok' && r.inquiry.links[0]?.href).toMatch(/^http:\/\/app\.engage\.redhat\.com\/e\/es\?s=1795/);
  });
});

describe.skipIf(!present)(`any-page reader on the same captures: the open message or a plain not-found, never another${SKIPPED}`, () => {
  it.each(all.map((c) => [c.name, c] as const))('%s', (_name, c) => {
    const r = readPage(page(c), c.url);
    if (r.status === 'ok') expect(mistakes(r, c.expect)).toEqual([]);
    else expect(r).toMatchObject({ status: 'unrecognised', code: 'no-open-message' });
  });

  it('finds the open message on every Gmail capture, which carries a sender, a date and a body', () => {
    const gmailCases = all.filter((c) => c.site === 'gmail');
    expect(gmailCases.map((c) => readPage(page(c), c.url).status)).toEqual(gmailCases.map(() => 'ok'));
  });
});
