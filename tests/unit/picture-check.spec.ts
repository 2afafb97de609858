import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { PNG } from 'pngjs';
import { parseGuide } from '../../src/guide/parse.js';
import type { Guide } from '../../src/guide/types.js';
import { findLanguageData, installLanguageData } from '../../src/picture-check/language-data.js';
import { OcrUnavailable, type OcrEngine, type OcrPage } from '../../src/picture-check/ocr-page.js';
import { describeFinding, runPictureCheck } from '../../src/picture-check/run.js';
import { main } from '../../src/plan/main.js';
import { runCommand } from '../support/command.js';

/**
 * `npm run plan`'s screenshot check: each label a sentence quotes is looked for in the picture
 * beside it, and a picture that shows another name instead is named, with the name it shows.
 */

const PROJECT = path.resolve(import.meta.dirname, '../..');
/** The stand-in's referral page, as the project's English referral guide shows it. */
const REFERRAL = path.join(PROJECT, 'guides/public/images/client-area/referral/en/1.png');

/** The referral page's toolbar ("Reward", "Statistics"), cut out and drawn twice as large: a small picture reads in a moment. */
function toolbarPicture(): Buffer {
  const page = PNG.sync.read(readFileSync(REFERRAL));
  const [left, top, width, height, scale] = [150, 140, 200, 36, 2];
  const out = new PNG({ width: width * scale, height: height * scale });
  for (let y = 0; y < out.height; y++) {
    for (let x = 0; x < out.width; x++) {
      const from = ((top + Math.floor(y / scale)) * page.width + left + Math.floor(x / scale)) * 4;
      const to = (y * out.width + x) * 4;
      for (let channel = 0; channel < 4; channel++) out.data[to + channel] = page.data[from + channel];
    }
  }
  return PNG.sync.write(out);
}

/** A guide in a fresh docs folder, its picture beside it; the section names are the two labels. */
function guideWith(first: string, second: string, picture: Buffer): Guide {
  const root = mkdtempSync(path.join(os.tmpdir(), 'picture-check-'));
  mkdirSync(path.join(root, 'en'));
  writeFileSync(path.join(root, 'en', 'toolbar.png'), picture);
  const text = [
    '# Referral Program',
    '',
    'Open the referral page.',
    '',
    '![the referral page](./toolbar.png)',
    '',
    '## Where to track your income?',
    '',
    `- In the **"${first}"** section, you can view earnings from orders.`,
    `- In the **"${second}"** section, you can see a list of all referred clients.`,
    '',
  ].join('\n');
  writeFileSync(path.join(root, 'en', 'referral.md'), text);
  return parseGuide(text, path.join(root, 'en', 'referral.md'), 'en/referral.md');
}

/** What the toolbar reads as, for an engine that needs no language data. */
const TOOLBAR: OcrPage = {
  lines: [
    {
      words: [
        { text: 'Reward', confidence: 90, box: { x0: 32, y0: 26, x1: 120, y1: 44 } },
        { text: 'Statistics', confidence: 91, box: { x0: 176, y0: 26, x1: 284, y1: 44 } },
      ],
    },
  ],
};

/** An engine that reads every picture as `page` and counts how often it is asked. */
function countingEngine(page: OcrPage): OcrEngine & { calls: number } {
  return {
    version: 'test-engine 1',
    calls: 0,
    async read() {
      this.calls++;
      return page;
    },
    async close() {},
  };
}

const cacheDir = () => mkdtempSync(path.join(os.tmpdir(), 'picture-cache-'));

test('a section the picture shows under another name is named, with the name it shows', async () => {
  const guide = guideWith('Income', 'Statistics', toolbarPicture());
  const outcome = await runPictureCheck([guide], { engine: countingEngine(TOOLBAR), cacheDir: cacheDir() });
  expect(outcome.findings).toHaveLength(1);
  const [finding] = outcome.findings;
  expect(finding.where).toMatchObject({ file: 'en/referral.md', line: 9, column: 3 });
  expect(describeFinding(finding)).toBe('the guide quotes «Income»; its picture ./toolbar.png shows «Reward» (where «Income» would stand, next to «Statistics»)');
});

test('labels the picture shows, in any case or quotes, give no finding; nor does a label nothing stands in for', async () => {
  const engine = countingEngine(TOOLBAR);
  const shown = await runPictureCheck([guideWith('reward', 'STATISTICS', toolbarPicture())], { engine, cacheDir: cacheDir() });
  expect(shown.findings).toEqual([]);
  // "Payouts" beside "Income": neither is shown, so nothing marks a place and nothing is said.
  const unrelated = await runPictureCheck([guideWith('Income', 'Payouts', toolbarPicture())], { engine, cacheDir: cacheDir() });
  expect(unrelated.findings).toEqual([]);
});

test('a label spelt close to a name the picture shows is named', async () => {
  const outcome = await runPictureCheck([guideWith('Rewards', 'Statistics', toolbarPicture())], { engine: countingEngine(TOOLBAR), cacheDir: cacheDir() });
  expect(outcome.findings.map(describeFinding)).toEqual(['the guide quotes «Rewards»; its picture ./toolbar.png shows «Reward» (spelt like it)']);
});

test('a second run reads no picture: the reading is cached by the picture, its languages and the engine', async () => {
  const dir = cacheDir();
  const engine = countingEngine(TOOLBAR);
  const guide = guideWith('Income', 'Statistics', toolbarPicture());
  const first = await runPictureCheck([guide], { engine, cacheDir: dir });
  expect([first.read, engine.calls]).toEqual([1, 1]);
  const second = await runPictureCheck([guide], { engine, cacheDir: dir });
  expect([second.read, engine.calls]).toEqual([0, 1]);
  expect(second.findings).toEqual(first.findings);
  // Another engine (or other language data) reads afresh.
  const other = { ...countingEngine(TOOLBAR), version: 'test-engine 2' };
  expect((await runPictureCheck([guide], { engine: other, cacheDir: dir })).read).toBe(1);
});

test('with no language data the check says once that it did not run, and how to install the data', async () => {
  const empty = mkdtempSync(path.join(os.tmpdir(), 'no-tessdata-'));
  const outcome = await runPictureCheck([guideWith('Income', 'Statistics', toolbarPicture())], { systemData: empty, cacheDir: cacheDir() });
  expect(outcome.findings).toEqual([]);
  expect(outcome.notice).toBe(
    'The screenshot check did not run: no Tesseract language data (eng.traineddata) was found; install it with `apt-get install tesseract-ocr-eng tesseract-ocr-rus` (Debian/Ubuntu), or set OCR_LANG_PATH to a folder holding eng.traineddata and rus.traineddata.',
  );
});

test('an engine that cannot read stops the check with one line saying so; the plan is not affected', async () => {
  let calls = 0;
  const failing: OcrEngine = {
    version: 'test-engine failing',
    async read() {
      calls++;
      throw new OcrUnavailable('Tesseract could not read a picture: Error: out of memory\nat the wasm heap');
    },
    async close() {},
  };
  const outcome = await runPictureCheck([guideWith('Income', 'Statistics', toolbarPicture())], { engine: failing, cacheDir: cacheDir() });
  expect(calls).toBe(1);
  expect(outcome).toEqual({
    findings: [],
    read: 1,
    notice: 'The screenshot check stopped: the OCR failed (Tesseract could not read a picture: Error: out of memory); the plan is not affected.',
  });
});

test('an error of the check itself is thrown with its kind, not passed off as the OCR failing', async () => {
  // A reading the matching cannot handle (a word without text): the error is the matching's, a bug to see.
  const garbled = { lines: [{ words: [{ text: undefined as unknown as string, confidence: 90, box: { x0: 0, y0: 0, x1: 10, y1: 10 } }] }] };
  const check = runPictureCheck([guideWith('Income', 'Statistics', toolbarPicture())], { engine: countingEngine(garbled), cacheDir: cacheDir() });
  await expect(check).rejects.toThrow(TypeError);
  await expect(check).rejects.not.toBeInstanceOf(OcrUnavailable);
});

test('npm run plan prints that one line and still succeeds when OCR_LANG_PATH holds no data', async () => {
  const empty = mkdtempSync(path.join(os.tmpdir(), 'no-tessdata-'));
  const run = await runCommand(main, ['guides/src/en/client-area/referral.md'], { OCR_LANG_PATH: empty, PICTURE_CHECK: '1' });
  expect(run.status).toBe(0);
  const lines = run.stderr.split('\n').filter((line) => /screenshot check/i.test(line));
  expect(lines).toEqual([`The screenshot check did not run: OCR_LANG_PATH (${empty}) does not hold eng.traineddata; install it with \`apt-get install tesseract-ocr-eng tesseract-ocr-rus\` (Debian/Ubuntu), or set OCR_LANG_PATH to a folder holding eng.traineddata and rus.traineddata.`]);
});

test.describe('with Tesseract', () => {
  // As `npm run plan` does: the system's data, installed first where the project may (root on Debian).
  test.beforeAll(() => {
    if ('missing' in findLanguageData(['eng'])) installLanguageData(['eng'], () => undefined);
  });
  test.skip(() => 'missing' in findLanguageData(['eng']), 'no Tesseract language data on this machine, and none may be installed (apt-get install tesseract-ocr-eng tesseract-ocr-rus)');

  test('the real OCR reads the picture: «Income» is shown as «Reward», «Reward» is found', async () => {
    const dir = cacheDir();
    const renamed = await runPictureCheck([guideWith('Income', 'Statistics', toolbarPicture())], { cacheDir: dir });
    expect(renamed.notice).toBeUndefined();
    expect(renamed.findings.map((finding) => [finding.label, finding.shows])).toEqual([['Income', 'Reward']]);
    const right = await runPictureCheck([guideWith('Reward', 'Statistics', toolbarPicture())], { cacheDir: dir });
    expect(right.findings).toEqual([]);
    // The same picture again: read from the cache, Tesseract not started.
    expect(right.read).toBe(0);
  });

  test('a picture Tesseract cannot read stops the check with one line, and the process goes on', async () => {
    const outcome = await runPictureCheck([guideWith('Income', 'Statistics', Buffer.from('not a picture'))], { cacheDir: cacheDir() });
    expect(outcome.findings).toEqual([]);
    expect(outcome.read).toBe(1);
    expect(outcome.notice).toMatch(/^The screenshot check stopped: the OCR failed \(Tesseract could not read a picture: .*read image.*\); the plan is not affected\.$/u);
  });
});
