import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { inflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../corpus';

/** The toolbar, the extensions page and the store show these; `npx tsx scripts/icons.ts` draws them from assets/. */
const CHROME_OUT = join(REPO_ROOT, '.output/chrome-mv3');

function manifest(): { icons?: Record<string, string> } {
  const file = join(CHROME_OUT, 'manifest.json');
  if (!existsSync(file)) execFileSync('npx', ['wxt', 'build', '-b', 'chrome'], { cwd: REPO_ROOT, stdio: 'ignore', timeout: 120_000 });
  return JSON.parse(readFileSync(file, 'utf8')) as { icons?: Record<string, string> };
}

/** Width, height and the alpha of a pixel of an 8-bit RGBA PNG, without an image library. */
function png(buf: Buffer) {
  const width = buf.readUInt32BE(16);
  const height = buf.readUInt32BE(20);
  expect([buf[24], buf[25]]).toEqual([8, 6]);
  const idat: Buffer[] = [];
  for (let o = 8; o < buf.length;) {
    const len = buf.readUInt32BE(o);
    if (buf.toString('latin1', o + 4, o + 8) === 'IDAT') idat.push(buf.subarray(o + 8, o + 8 + len));
    o += len + 12;
  }
  const raw = inflateSync(Buffer.concat(idat));
  const stride = width * 4;
  // Undo the row filters (each row starts with its filter type).
  const px = Buffer.alloc(height * stride);
  for (let y = 0; y < height; y++) {
    const f = raw[y * (stride + 1)]!;
    for (let x = 0; x < stride; x++) {
      const cur = raw[y * (stride + 1) + 1 + x]!;
      const a = x >= 4 ? px[y * stride + x - 4]! : 0;
      const b = y > 0 ? px[(y - 1) * stride + x]! : 0;
      const c = x >= 4 && y > 0 ? px[(y - 1) * stride + x - 4]! : 0;
      const p = a + b - c;
      const paeth = Math.abs(p - a) <= Math.abs(p - b) && Math.abs(p - a) <= Math.abs(p - c) ? a : Math.abs(p - b) <= Math.abs(p - c) ? b : c;
      px[y * stride + x] = (cur + [0, a, b, (a + b) >> 1, paeth][f]!) & 0xff;
    }
  }
  return { width, height, alpha: (x: number, y: number) => px[y * stride + x * 4 + 3]! };
}

describe('extension icons', () => {
  it('the manifest lists a drawn icon at 16, 32, 48 and 128 px, rounded (clear corners) and solid inside', () => {
    const icons = manifest().icons ?? {};
    expect(Object.keys(icons).sort((a, b) => Number(a) - Number(b))).toEqual(['16', '32', '48', '128']);
    for (const [size, path] of Object.entries(icons)) {
      const img = png(readFileSync(join(CHROME_OUT, path)));
      expect([img.width, img.height], path).toEqual([Number(size), Number(size)]);
      expect(img.alpha(0, 0), `${path} corner`).toBeLessThan(16);
      expect(img.alpha(Math.floor(img.width / 2), Math.floor(img.height / 2)), `${path} centre`).toBe(255);
    }
  });
});
