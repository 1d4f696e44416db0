import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import config from '../../wxt.config';
import { INQUIRIES_PAGE, OPTIONS_PAGE, STATS_PAGE } from '../../lib/extension/pages';
import { SITE_MATCHES } from '../../lib/sites/hosts';
import { PLATFORM_SPECS } from '../../lib/sites/platforms';
import { REPO_ROOT } from '../corpus';

/**
 * What the rep is asked to allow at install, and what the extension may replace in the browser.
 * `npm test` builds the Chrome package before Vitest; a bare `vitest run` builds it here.
 */
const CHROME_OUT = join(REPO_ROOT, '.output/chrome-mv3');

function chromeManifest(): Record<string, unknown> {
  const file = join(CHROME_OUT, 'manifest.json');
  if (!existsSync(file)) execFileSync('npx', ['wxt', 'build', '-b', 'chrome'], { cwd: REPO_ROOT, stdio: 'ignore', timeout: 120_000 });
  return JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
}

type ManifestFn = (env: { browser: string; manifestVersion: 2 | 3; mode: string; command: string }) => Record<string, unknown>;

describe('built manifests ask only for what is used', () => {
  it('Chrome: no tabs permission (no "read your browsing history" warning), hosts are the supported sites only, the browser History page is left alone', () => {
    const m = chromeManifest();
    expect(m.permissions).toEqual(['storage', 'contextMenus', 'sidePanel', 'scripting', 'activeTab']);
    expect(m.host_permissions).toEqual([...SITE_MATCHES]);
    expect(m.optional_host_permissions).toEqual(['https://*/*', 'http://*/*']);
    expect(m).not.toHaveProperty('chrome_url_overrides');
    const scripts = m.content_scripts as Array<{ matches: string[]; all_frames?: boolean }>;
    expect(scripts).toHaveLength(1);
    expect([...scripts[0]!.matches].sort()).toEqual([...SITE_MATCHES].sort());
    // Sub-frames (ads, embedded pages) are never read.
    expect(scripts[0]!.all_frames).toBeUndefined();
    for (const page of [INQUIRIES_PAGE, STATS_PAGE, OPTIONS_PAGE]) expect(existsSync(join(CHROME_OUT, page)), page).toBe(true);
    expect(existsSync(join(CHROME_OUT, 'history.html'))).toBe(false);
  });

  it('Firefox (MV3): the same permissions without sidePanel, and no tabs', () => {
    const manifest = (config as unknown as { manifest: ManifestFn }).manifest;
    const m = manifest({ browser: 'firefox', manifestVersion: 3, mode: 'production', command: 'build' });
    expect(m.permissions).toEqual(['storage', 'contextMenus', 'scripting', 'activeTab']);
    expect(m.host_permissions).toEqual([...SITE_MATCHES]);
    expect(m).not.toHaveProperty('chrome_url_overrides');
  });

  it('the B2B readers and the manifest name the same message-centre hosts', () => {
    const hosts = SITE_MATCHES.map((p) => new URL(p.replace('/*', '/')).hostname);
    for (const spec of PLATFORM_SPECS) for (const host of spec.hosts) expect(hosts, `${spec.id} ${host}`).toContain(host);
  });
});
