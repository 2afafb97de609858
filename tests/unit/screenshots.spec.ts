import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { PNG } from 'pngjs';
import { createAccount } from '../../src/config/account.js';
import type { CapturePoint } from '../../src/plan/plan.js';
import { comparePng, sizeChange } from '../../src/screenshots/compare.js';
import { ScreenshotSession } from '../../src/screenshots/session.js';
import { writeAtomically } from '../../src/files/write-atomically.js';
import { scrubSecrets } from '../../src/report/scrub.js';
import AdmZip from 'adm-zip';

function png(width: number, height: number, paint: (x: number, y: number) => [number, number, number] = () => [255, 255, 255]): Buffer {
  const image = new PNG({ width, height });
  for (let y = 0; y < height; y++)
    for (let x = 0; x < width; x++) {
      const i = (y * width + x) * 4;
      const [r, g, b] = paint(x, y);
      image.data.set([r, g, b, 255], i);
    }
  return PNG.sync.write(image);
}

test('identical images differ by nothing; a changed block is measured; sizes are told apart', () => {
  const a = png(100, 50);
  const same = comparePng(a, Buffer.from(a));
  expect(same).toMatchObject({ ratio: 0, sameSize: true, overlap: { width: 100, height: 50 } });
  expect(PNG.sync.read(same.diff)).toMatchObject({ width: 100, height: 50 });
  // Equal pixels in other bytes (another encoder's filters) are still equal.
  const reencoded = PNG.sync.write(PNG.sync.read(a), { filterType: 0 });
  expect(reencoded.equals(a)).toBe(false);
  expect(comparePng(a, reencoded).ratio).toBe(0);
  const changed = comparePng(a, png(100, 50, (x, y) => (x < 10 && y < 10 ? [0, 0, 0] : [255, 255, 255])));
  expect(changed.ratio).toBeCloseTo(100 / 5000, 3);
  expect(changed.diff).toBeDefined();
  const resized = comparePng(a, png(90, 50));
  expect(resized).toMatchObject({ sameSize: false, expectedSize: { width: 100, height: 50 }, actualSize: { width: 90, height: 50 }, overlap: { width: 90, height: 50 } });
});

test('an image whose size changed is compared where both overlap, the new band marked in the diff', () => {
  // The page grew by 10 rows; what was there before is unchanged but for a 5×5 block.
  const committed = png(40, 20);
  const fresh = png(40, 30, (x, y) => (y >= 20 ? [0, 120, 0] : x < 5 && y < 5 ? [0, 0, 0] : [255, 255, 255]));
  const comparison = comparePng(committed, fresh);
  expect(comparison.sameSize).toBe(false);
  expect(comparison.overlap).toEqual({ width: 40, height: 20 });
  expect(comparison.ratio).toBeCloseTo(25 / 800, 4);
  expect(sizeChange(comparison.expectedSize, comparison.actualSize)).toBe('40×20 → 40×30');
  const diff = PNG.sync.read(comparison.diff);
  expect([diff.width, diff.height]).toEqual([40, 30]);
  const pixel = (x: number, y: number) => [...diff.data.subarray((y * diff.width + x) * 4, (y * diff.width + x) * 4 + 3)];
  // A changed pixel of the overlap is red, an unchanged one is not, and the new band is magenta hatch.
  expect(pixel(1, 1)[0]).toBeGreaterThan(200);
  expect(pixel(1, 1)[1]).toBeLessThan(50);
  expect(pixel(30, 10)).not.toEqual(pixel(1, 1));
  const band = new Set(Array.from({ length: 40 }, (_, x) => pixel(x, 25).join(',')));
  expect([...band].every((rgb) => rgb.startsWith('255,') && rgb.endsWith(',255'))).toBe(true);
  // A narrower fresh image: the overlap is its width, the band is on the right.
  const narrower = comparePng(png(40, 20), png(30, 20));
  expect(narrower).toMatchObject({ ratio: 0, overlap: { width: 30, height: 20 } });
  expect(PNG.sync.read(narrower.diff).width).toBe(40);
});

test('a capture whose size changed is visual drift that names the sizes, with expected, actual and diff attached', async ({ page }, testInfo) => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'resized-'));
  const file = path.join(dir, 'panel.png');
  await page.setViewportSize({ width: 200, height: 100 });
  await page.setContent('<body style="margin:0;background:#fff"><div style="width:200px;height:100px;background:#2563eb"></div></body>');
  const point: CapturePoint = {
    image: { file: 'g.md', line: 7, column: 1, alt: 'panel', src: '/panel.png', attributes: {}, afterSentence: 0 },
    spec: {},
    file,
    sentence: 0,
    when: 'after',
  };
  const account = createAccount('guide-x@inbox.test', 'unused-password');
  // Regenerating writes the committed image first.
  expect((await new ScreenshotSession(testInfo, account, 'all', 0.002).capture(page, point)).status).toBe('new');
  // The page is now taller: the committed 200×100 against a fresh 200×140.
  await page.setViewportSize({ width: 200, height: 140 });
  const result = await new ScreenshotSession(testInfo, account, 'none', 0.002).capture(page, point);
  expect(result).toMatchObject({ status: 'drift', sizeChange: '200×100 → 200×140', diffRatio: 0, committedSize: { width: 200, height: 100 }, size: { width: 200, height: 140 } });
  expect(result.message).toContain("the image's size changed: 200×100 → 200×140 (committed → fresh); in the 200×100 both cover, 0.00% of the pixels differ");
  const diff = testInfo.attachments.find((a) => a.name === result.attachments.diff);
  expect(diff?.body && PNG.sync.read(diff.body).height).toBe(140);
  expect(testInfo.attachments.map((a) => a.name)).toEqual(expect.arrayContaining(['panel.png-expected.png', 'panel.png-actual.png', 'panel.png-diff.png']));
  expect(PNG.sync.read(readFileSync(file)).height).toBe(100);
});

test('an atomic write replaces the file and leaves no temporary behind', () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'atomic-'));
  const file = path.join(dir, 'img', '1.png');
  writeAtomically(file, png(2, 2));
  writeAtomically(file, png(3, 3));
  expect(PNG.sync.read(readFileSync(file)).width).toBe(3);
  expect(readdirSync(path.dirname(file))).toEqual(['1.png']);
});

test('a writer killed mid-write leaves the old image whole', async () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'killed-'));
  const file = path.join(dir, '1.png');
  const old = png(40, 20, () => [10, 120, 200]);
  writeFileSync(file, old);
  // A child writes a large image through the same function and is killed while it writes.
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', '-e', `import('${path.resolve('src/files/write-atomically.ts')}').then(({ writeAtomically }) => { process.stdout.write('go\\n'); for (;;) writeAtomically(${JSON.stringify(file)}, Buffer.alloc(64 * 1024 * 1024, 7)); })`],
    { stdio: ['ignore', 'pipe', 'inherit'] },
  );
  await new Promise<void>((resolve) => child.stdout.once('data', () => resolve()));
  await new Promise((resolve) => setTimeout(resolve, 150));
  child.kill('SIGKILL');
  await new Promise((resolve) => child.once('exit', resolve));
  const now = readFileSync(file);
  // Either the old PNG or a complete new file, never a torn one; the old one is still a valid PNG.
  if (now.length === old.length) expect(now.equals(old)).toBe(true);
  else expect(now.length).toBe(64 * 1024 * 1024);
  expect(PNG.sync.read(old).width).toBe(40);
});

test('secrets are scrubbed from text artifacts and inside trace archives', () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'scrub-'));
  const secret = 'Pa55-word!xyz';
  writeFileSync(path.join(dir, 'error-context.md'), `- textbox "Пароль*": ${secret}\n`);
  const zip = new AdmZip();
  zip.addFile('trace.trace', Buffer.from(`{"value":"${secret}"}`));
  zip.addFile('resources/page.jpeg', Buffer.from([0xff, 0xd8, 0x00]));
  zip.writeZip(path.join(dir, 'trace.zip'));
  expect(scrubSecrets([dir], [secret])).toBe(2);
  expect(readFileSync(path.join(dir, 'error-context.md'), 'utf8')).not.toContain(secret);
  const reread = new AdmZip(path.join(dir, 'trace.zip'));
  expect(reread.readAsText('trace.trace')).toBe('{"value":"••••••••"}');
  expect(reread.getEntry('resources/page.jpeg')?.getData()).toEqual(Buffer.from([0xff, 0xd8, 0x00]));
  expect(existsSync(path.join(dir, 'trace.zip'))).toBe(true);
});
