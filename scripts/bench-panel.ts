/**
 * Extension benchmarks in the real browser: the median time from opening a message in a Gmail-like
 * inbox to the verdict rendered in the side panel, over 24 messages, and the built content script size.
 * Used by scripts/bench.ts; needs the built extension and Chromium.
 */
import { readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gmailThread, spaInbox } from '../tests/fixtures/demo/pages';
import type { SampleMessage } from '../tests/fixtures/demo/samples';
import { SAMPLES } from '../tests/fixtures/demo/samples';
import { launch, openPanel, removeProfile, serve, tabIdOf } from '../tests/e2e/harness';

const ROOT = resolve(import.meta.dirname, '..');

export function contentScriptBytes(): number {
  const dir = join(ROOT, '.output/chrome-mv3/content-scripts');
  return Math.max(
    ...readdirSync(dir)
      .filter((f) => f.endsWith('.js'))
      .map((f) => statSync(join(dir, f)).size),
  );
}

/** 24 distinct messages: the samples with varied subjects, so every click is a new message. */
function messages(): SampleMessage[] {
  return Array.from({ length: 24 }, (_, i) => {
    const s = SAMPLES[i % SAMPLES.length]!;
    return { ...s, id: `${s.id.slice(0, 10)}${String(i).padStart(6, '0')}`, subject: `#${i} ${s.subject}` };
  });
}

export async function panelVerdictMs(): Promise<number> {
  const h = await launch();
  try {
    const list = messages();
    const html = spaInbox(
      'bench',
      list.map((m, i) => ({ id: `m${i}`, label: m.subject, html: gmailThread(m), path: `/mail/u/0/#inbox/FMfcgz${m.id}${m.id}` })),
    );
    await serve(h.context, /^https:\/\/mail\.google\.com\//, html);
    const page = await h.context.newPage();
    await page.goto(`https://mail.google.com/mail/u/0/#inbox/FMfcgz${list[0]!.id}${list[0]!.id}`);
    const panel = await openPanel(h, await tabIdOf(h, 'https://mail.google.com'));
    await panel.locator('article.il-verdict').waitFor();
    // Timestamps are taken inside the browser (click in the page, first render of the new subject in
    // the panel), so driver round-trips do not count.
    await panel.evaluate(() => {
      const w = window as unknown as { __rendered: Record<string, number> };
      w.__rendered = {};
      new MutationObserver(() => {
        const s = document.querySelector('.il-subject')?.textContent ?? '';
        const m = /^#(\d+) /.exec(s);
        if (m && !(m[1]! in w.__rendered)) w.__rendered[m[1]!] = Date.now();
      }).observe(document.body, { subtree: true, childList: true, characterData: true });
    });
    const times: number[] = [];
    // Start from the second message: the first one was open before the panel.
    for (let i = 1; i < list.length; i++) {
      const t0 = await page.evaluate((n) => {
        const t = Date.now();
        (document.querySelector(`#open-m${n}`) as HTMLElement).click();
        return t;
      }, i);
      await panel.locator('.il-subject', { hasText: `#${i} ` }).waitFor({ timeout: 15000 });
      const t1 = await panel.evaluate((n) => (window as unknown as { __rendered: Record<string, number> }).__rendered[String(n)] ?? NaN, i);
      times.push(t1 - t0);
    }
    times.sort((a, b) => a - b);
    const mid = times.length >> 1;
    return Math.round((times.length % 2 ? times[mid]! : (times[mid - 1]! + times[mid]!) / 2) * 10) / 10;
  } finally {
    await h.close();
    removeProfile(h.profile);
  }
}
