import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { PNG } from 'pngjs';
import { runGuides } from '../support/child-run.js';

test.describe.configure({ mode: 'parallel' });

/** A private copy of the guides and their images, so regeneration never touches the repository. */
function copyOfGuides(): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'guides-copy-'));
  cpSync(path.resolve('guides'), dir, { recursive: true });
  return dir;
}

/** Paints a block of pixels black, as a UI change would. */
function paint(file: string, size: number): void {
  const image = PNG.sync.read(readFileSync(file));
  for (let y = 0; y < size; y++) for (let x = 0; x < size; x++) image.data.set([0, 0, 0, 255], (y * image.width + x) * 4 + image.width * 40 * 4);
  writeFileSync(file, PNG.sync.write(image));
}

/** The registration guides' images, Russian and English, where the wiki keeps them: public/images/… beside src/. */
const IMAGES = 'public/images/client-area/register';
const images = (root: string) => ['1', '2', '3'].flatMap((n) => [`${IMAGES}/ru/${n}.png`, `${IMAGES}/en/${n}.png`]).map((f) => path.join(root, f));
const snapshot = (files: string[]) => new Map(files.map((f) => [f, existsSync(f) ? { bytes: readFileSync(f), mtime: statSync(f).mtimeMs } : undefined]));

test('npm run screenshots writes new and changed images only, then nothing on a second run', async () => {
  const root = copyOfGuides();
  const missing = path.join(root, IMAGES, 'en/2.png');
  const changed = path.join(root, IMAGES, 'ru/1.png');
  const slightly = path.join(root, IMAGES, 'ru/3.png');
  rmSync(missing);
  paint(changed, 60);
  paint(slightly, 2);
  const slightBytes = readFileSync(slightly);

  const first = await runGuides({ guidesDir: root, update: 'changed' });
  expect(first.exitCode, first.output).toBe(0);
  const status = Object.fromEntries(first.guides.flatMap((g) => g.images.map((i) => [i.src, i.status])));
  expect(status).toEqual({
    '/images/client-area/register/ru/1.png': 'updated',
    '/images/client-area/register/ru/2.png': 'unchanged',
    '/images/client-area/register/ru/3.png': 'unchanged',
    '/images/client-area/register/en/1.png': 'unchanged',
    '/images/client-area/register/en/2.png': 'new',
    '/images/client-area/register/en/3.png': 'unchanged',
  });
  expect(existsSync(missing)).toBe(true);
  expect(readFileSync(changed).equals(readFileSync(path.resolve('guides', IMAGES, 'ru/1.png')))).toBe(true);
  // Below the threshold: the committed image stays as it was (no churn).
  expect(readFileSync(slightly).equals(slightBytes)).toBe(true);

  const before = snapshot(images(root));
  const second = await runGuides({ guidesDir: root, update: 'changed' });
  expect(second.exitCode, second.output).toBe(0);
  expect(second.guides.flatMap((g) => g.images.map((i) => i.status))).toEqual(Array(6).fill('unchanged'));
  expect(snapshot(images(root))).toEqual(before);
});

test('a step that fails before a capture point leaves every old image untouched', async () => {
  const root = copyOfGuides();
  const before = snapshot(images(root));
  // The renamed button is gone at once: a short wait for it keeps the test quick, the outcome is the same.
  const run = await runGuides({ guidesDir: root, update: 'changed', drift: 'register-button-renamed', env: { UI_TIMEOUT: '3000' } });
  expect(run.exitCode).not.toBe(0);
  expect(run.guides.flatMap((g) => g.images.map((i) => i.status))).toEqual(Array(6).fill('not reached'));
  expect(snapshot(images(root))).toEqual(before);
});

test('a normal run never writes docs images; a missing one is reported', async () => {
  const root = copyOfGuides();
  const missing = path.join(root, IMAGES, 'ru/2.png');
  rmSync(missing);
  const run = await runGuides({ guidesDir: root, grep: 'Регистрация в личном' });
  expect(run.exitCode).not.toBe(0);
  expect(existsSync(missing)).toBe(false);
  const image = run.guides[0].images.find((i) => i.src.endsWith('/2.png'));
  expect(image).toMatchObject({ status: 'missing' });
  expect(run.summary).toContain('the image is not committed');
});

test('a docs root without public/ keeps its images beside the guides', async () => {
  const root = copyOfGuides();
  cpSync(path.join(root, 'public', 'images'), path.join(root, 'images'), { recursive: true });
  rmSync(path.join(root, 'public'), { recursive: true });
  const run = await runGuides({ guidesDir: root, grep: 'Registration in the' });
  expect(run.exitCode, run.output).toBe(0);
  expect(run.guides[0].images.map((i) => [i.file.startsWith(path.relative(process.cwd(), path.join(root, 'images'))), i.status])).toEqual(Array(3).fill([true, 'unchanged']));
});

test('the pages folder given as the guides root: images are read from and written to the public/ beside it', async () => {
  const root = copyOfGuides();
  const missing = path.join(root, IMAGES, 'en/2.png');
  rmSync(missing);
  // GUIDES_DIR=<wiki>/src, as `npm run plan -- <wiki>/src`: the guides are en/… and ru/…, their images in <wiki>/public.
  const run = await runGuides({ guidesDir: path.join(root, 'src'), guides: ['en/client-area/register.md'], update: 'changed' });
  expect(run.exitCode, run.output).toBe(0);
  expect(run.guides.map((g) => g.guide)).toEqual(['en/client-area/register.md']);
  expect(run.guides[0].images.map((i) => i.status)).toEqual(['unchanged', 'new', 'unchanged']);
  expect(existsSync(missing)).toBe(true);
  expect(existsSync(path.join(root, 'src', 'public'))).toBe(false);
});
