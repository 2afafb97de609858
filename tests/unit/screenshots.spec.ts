import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { PNG } from 'pngjs';
import { comparePng } from '../../src/screenshots/compare.js';
import { writeAtomically } from '../../src/screenshots/write.js';
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
  expect(comparePng(a, png(100, 50)).ratio).toBe(0);
  const changed = comparePng(a, png(100, 50, (x, y) => (x < 10 && y < 10 ? [0, 0, 0] : [255, 255, 255])));
  expect(changed.ratio).toBeCloseTo(100 / 5000, 3);
  expect(changed.diff).toBeDefined();
  const resized = comparePng(a, png(90, 50));
  expect(resized).toMatchObject({ sameSize: false, ratio: 1, expectedSize: { width: 100, height: 50 }, actualSize: { width: 90, height: 50 } });
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
    ['--import', 'tsx', '-e', `import('${path.resolve('src/screenshots/write.ts')}').then(({ writeAtomically }) => { process.stdout.write('go\\n'); for (;;) writeAtomically(${JSON.stringify(file)}, Buffer.alloc(64 * 1024 * 1024, 7)); })`],
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
