import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { format, resolveConfig } from 'prettier';
import { describe, expect, it } from 'vitest';
import pkg from '../../../package.json' with { type: 'json' };
import { INQUIRIES_PAGE, OPTIONS_PAGE, STATS_PAGE } from '../../../lib/extension/pages';
import { SITE_MATCHES } from '../../../lib/sites/hosts';
import { PLATFORM_SPECS } from '../../../lib/sites/platforms';
import { builtExtension, type Browser } from './repo';

/**
 * What the rep is asked to allow at install, what the extension injects into pages and what it shows, as
 * built. Each browser's package must match its reviewed snapshot beside this file (manifest.chrome.json,
 * manifest.firefox.json): a new permission, host, content-script match, page or script fails with a diff
 * until someone has looked and run `npx vitest run -u tests/unit/conventions/manifest.test.ts`.
 */
const BROWSERS: readonly Browser[] = ['chrome', 'firefox'];
const VERSION = '(package.json version)';

/** The manifest (its version, which moves with every release, replaced), the pages and the scripts of a build. */
async function snapshotOf(browser: Browser): Promise<string> {
  const { dir, manifest } = builtExtension(browser);
  expect(manifest.version, 'the manifest carries the package version').toBe(pkg.version);
  const top = readdirSync(dir);
  const shape = {
    manifest: { ...manifest, version: VERSION },
    pages: top.filter((f) => f.endsWith('.html')).sort(),
    scripts: [...top.filter((f) => f.endsWith('.js')), ...readdirSync(join(dir, 'content-scripts')).map((f) => `content-scripts/${f}`)].sort(),
  };
  // Formatted as `npm run check` wants the committed file (prettier --check .).
  const file = join(import.meta.dirname, `manifest.${browser}.json`);
  return format(JSON.stringify(shape, null, 2), { ...(await resolveConfig(file)), filepath: file });
}

describe.each(BROWSERS)('the built %s package', (browser) => {
  it(`matches the reviewed snapshot manifest.${browser}.json`, async () => {
    await expect(await snapshotOf(browser)).toMatchFileSnapshot(`./manifest.${browser}.json`);
  });
});

describe('built manifests ask only for what is used', () => {
  it('Chrome: no tabs permission (no "read your browsing history" warning), hosts are the supported sites only, the browser History page is left alone', () => {
    const { dir, manifest: m } = builtExtension('chrome');
    expect(m.permissions).toEqual(['storage', 'contextMenus', 'sidePanel', 'scripting', 'activeTab']);
    expect(m.host_permissions).toEqual([...SITE_MATCHES]);
    expect(m.optional_host_permissions).toEqual(['https://*/*', 'http://*/*']);
    expect(m).not.toHaveProperty('chrome_url_overrides');
    const scripts = m.content_scripts as Array<{ matches: string[]; all_frames?: boolean }>;
    expect(scripts).toHaveLength(1);
    expect([...scripts[0]!.matches].sort()).toEqual([...SITE_MATCHES].sort());
    // Sub-frames (ads, embedded pages) are never read.
    expect(scripts[0]!.all_frames).toBeUndefined();
    for (const page of [INQUIRIES_PAGE, STATS_PAGE, OPTIONS_PAGE]) expect(existsSync(join(dir, page)), page).toBe(true);
    expect(existsSync(join(dir, 'history.html'))).toBe(false);
  });

  it('Firefox (MV3): the same permissions without sidePanel, and no tabs', () => {
    const { manifest: m } = builtExtension('firefox');
    expect(m.permissions).toEqual(['storage', 'contextMenus', 'scripting', 'activeTab']);
    expect(m.host_permissions).toEqual([...SITE_MATCHES]);
    expect(m).not.toHaveProperty('chrome_url_overrides');
  });

  it('the B2B readers and the manifest name the same message-centre hosts', () => {
    const hosts = SITE_MATCHES.map((p) => new URL(p.replace('/*', '/')).hostname);
    for (const spec of PLATFORM_SPECS) for (const host of spec.hosts) expect(hosts, `${spec.id} ${host}`).toContain(host);
  });
});
