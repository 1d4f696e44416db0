// @vitest-environment happy-dom
/**
 * Conventions every site reader keeps (issue 12): it is in the site list, it reads fixture pages kept in
 * this repository, and a test under tests/unit/sites names it. A new reader fails here until it has all three.
 */
import { describe, expect, it } from 'vitest';
import { PLATFORM_SITE_IDS, SITE_IDS, type PlatformSiteId } from '../../../lib/site-ids';
import { ADAPTERS } from '../../../lib/sites';
import { platformPage } from '../../fixtures/demo/pages';
import { SAMPLES } from '../../fixtures/demo/samples';
import { SITE_FIXTURES } from '../../fixtures/sites/manifest';
import { namesLiteral, readRepoFile, repoFiles, unitTestSources } from './repo';

interface Page {
  name: string;
  url: string;
  html: string;
}

const SITE_FIXTURE_DIR = 'tests/fixtures/sites';

/** A reader's dated pages of its own (tests/fixtures/sites/<site>/, listed in SITE_FIXTURES) that show an open message. */
const ownPages = (site: string): Page[] =>
  SITE_FIXTURES.filter((f) => f.site === site && f.expect).map((f) => ({
    name: `${SITE_FIXTURE_DIR}/${f.file}`,
    url: f.url,
    html: readRepoFile(`${SITE_FIXTURE_DIR}/${f.file}`),
  }));

/**
 * The B2B message centres have no dated pages yet, only the generated ones of tests/fixtures/demo/pages.ts,
 * at these message addresses. A dated capture of each belongs in tests/fixtures/sites.
 */
const PLATFORM_URLS: Record<PlatformSiteId, string> = {
  alibaba: 'https://message.alibaba.com/message/messenger.htm',
  'made-in-china': 'https://membercenter.made-in-china.com/inquiry/detail?id=1',
  'global-sources': 'https://www.globalsources.com/buyer/inquiry/detail/1',
};
const generatedPages = (site: string): Page[] =>
  (PLATFORM_SITE_IDS as readonly string[]).includes(site)
    ? SAMPLES.map((m) => ({
        name: `platformPage('${site}', ${m.key})`,
        url: PLATFORM_URLS[site as PlatformSiteId],
        html: platformPage(site as PlatformSiteId, m),
      }))
    : [];

const SITE_TESTS = unitTestSources('tests/unit/sites');

describe('site readers', () => {
  it('are exactly one per site of the site list (lib/site-ids.ts)', () => {
    expect(ADAPTERS.map((a) => a.id).sort()).toEqual([...SITE_IDS].sort());
  });

  describe.each(ADAPTERS.map((a) => ({ id: a.id, adapter: a })))('$id', ({ id, adapter }) => {
    it('reads the open message on fixture pages kept in this repository', () => {
      const pages = [...ownPages(id), ...generatedPages(id)];
      expect(
        pages.map((p) => p.name),
        `no fixture page for ${id}: add one under ${SITE_FIXTURE_DIR}/${id}/ and to SITE_FIXTURES`,
      ).not.toEqual([]);
      for (const p of pages) {
        const url = new URL(p.url);
        expect(adapter.matches(url), `${p.name}: ${p.url}`).toBe(true);
        const r = adapter.read(new DOMParser().parseFromString(p.html, 'text/html'), url);
        expect(r.status === 'ok' ? r.inquiry.source : r, p.name).toBe(id);
      }
    });

    it('is named by a test under tests/unit/sites', () => {
      expect(
        SITE_TESTS.filter((f) => namesLiteral(f.text, id)).map((f) => f.path),
        `no test under tests/unit/sites names '${id}'`,
      ).not.toEqual([]);
    });
  });

  it('have every fixture page checked: each page under tests/fixtures/sites is listed in SITE_FIXTURES, in its site’s folder', () => {
    const listed = new Set(SITE_FIXTURES.map((f) => f.file));
    const pages = repoFiles(SITE_FIXTURE_DIR, /\.html?$/).map((path) => path.slice(SITE_FIXTURE_DIR.length + 1));
    expect(
      pages.filter((file) => !listed.has(file)),
      'pages no test reads: list them in tests/fixtures/sites/manifest.ts',
    ).toEqual([]);
    expect(
      SITE_FIXTURES.filter((f) => !f.file.startsWith(`${f.site}/`) || !pages.includes(f.file)).map((f) => f.file),
      'listed pages missing or outside their site’s folder',
    ).toEqual([]);
  });
});
