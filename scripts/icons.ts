/**
 * `npx tsx scripts/icons.ts`: draws the extension's PNG icons from the SVG sources in assets/ into
 * public/icon/<size>.png, where WXT finds them for the manifest. No image library is installed, so the
 * Debian Chromium the end-to-end tests already use renders them (transparent corners kept). 16 and 32 px
 * come from a simpler drawing: the lens's tick and the envelope's fold vanish at toolbar size.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { CHROMIUM, QUIET_CHROMIUM_FLAGS } from '../tests/e2e/harness';

const ROOT = resolve(import.meta.dirname, '..');
const OUT = join(ROOT, 'public/icon');
export const ICON_SIZES = [16, 32, 48, 128] as const;

const source = (size: number) => readFileSync(join(ROOT, 'assets', size <= 32 ? 'icon-small.svg' : 'icon.svg'), 'utf8');

async function main(): Promise<void> {
  mkdirSync(OUT, { recursive: true });
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: QUIET_CHROMIUM_FLAGS });
  try {
    for (const size of ICON_SIZES) {
      const page = await browser.newPage({ viewport: { width: size, height: size }, deviceScaleFactor: 1 });
      const svg = source(size).replace('<svg ', `<svg width="${size}" height="${size}" `);
      await page.setContent(`<!doctype html><html><body style="margin:0;background:transparent">${svg}</body></html>`);
      await page.locator('svg').screenshot({ path: join(OUT, `${size}.png`), omitBackground: true });
      await page.close();
      console.log(`public/icon/${size}.png`);
    }
  } finally {
    await browser.close();
  }
}

await main();
