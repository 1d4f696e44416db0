// @vitest-environment happy-dom
/**
 * The site readers and the any-page reader on this repository's own dated fixtures (tests/fixtures/sites),
 * which cover the markup the live sites were seen to use: Gmail's div.im / span.im, `>` quoting, trimmed
 * content, the image toolbar, localised dates, print view, redirect links; Outlook's aria-label-only
 * sender, reading pane without role=main, one container per message, attachment cards, compose box.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { adapterFor } from '../../../lib/sites';
import { finishRead } from '../../../lib/sites/finish';
import { readPage } from '../../../lib/sites/page-reader';
import { SITE_FIXTURES } from '../../fixtures/sites/manifest';
import { mistakes } from './expectations';

const DIR = join(import.meta.dirname, '../../fixtures/sites');
const load = (file: string) => new DOMParser().parseFromString(readFileSync(join(DIR, file), 'utf8'), 'text/html');
const local = (d: [number, number, number, number, number] | undefined) => (d ? new Date(d[0], d[1] - 1, d[2], d[3], d[4]).toISOString() : undefined);

describe.each(SITE_FIXTURES)('$file', (f) => {
  const url = new URL(f.url);

  it('the site reader reads what a person sees as the open message, or says nothing is open', () => {
    const adapter = adapterFor(url);
    expect(adapter?.id).toBe(f.site);
    const r = finishRead(adapter!.read(load(f.file), url));
    if (!f.expect) {
      expect(r).toMatchObject(typeof f.status === 'string' ? { status: f.status } : { status: 'unrecognised', ...f.status });
      return;
    }
    const date = local(f.expect.localDate);
    expect(mistakes(r, { ...f.expect, ...(date ? { date } : {}) })).toEqual([]);
    expect(r.status === 'ok' && r.via).toBe(f.expect.via);
  });

  it(f.page === 'same' ? 'the any-page reader finds the same message' : 'the any-page reader says plainly it found no open message', () => {
    const r = readPage(load(f.file), url);
    if (f.page === 'not-found') expect(r).toMatchObject({ status: 'unrecognised', code: 'no-open-message' });
    else
      expect(
        mistakes(r, { ...f.expect!, subject: f.pageSubject === undefined ? f.expect!.subject : f.pageSubject, attachments: undefined, links: undefined }),
      ).toEqual([]);
  });
});
