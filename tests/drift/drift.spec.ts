import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import type { DRIFTS } from '../../standin/drift.js';
import { variantRun, type VariantRun } from '../support/batch.js';
import { SCORE_DIR } from '../support/score.js';
import { EXPECTED, runsOf } from './expected.js';
import { escapeRegExp as escape } from '../../src/ui/pattern.js';

/**
 * What a docs writer reads about a drift, checked on the very run that caught it: the sentence,
 * what was expected, what the page has instead (the lines the console prints under "The guide no
 * longer holds at …", whose wording fix.spec.ts checks as printed); each failure told once in the summary.
 */
const TOLD: Partial<Record<keyof typeof DRIFTS, (run: VariantRun) => void>> = {
  'register-button-renamed': (run) => {
    const told = toldAt(run, 'src/ru/client-area/register.md');
    expect(told).toMatchObject({ at: '22:1', kind: 'label-missing', says: 'Перейдите в личный кабинет и нажмите кнопку «Зарегистрируйтесь».', expected: 'Expected a button or link named «Зарегистрируйтесь».' });
    expect(told.actual).toMatch(/^the nearest buttons and links are .*«Создать аккаунт»/);
    expect(run.summaryRows).toContainEqual(expect.stringMatching(summaryRow('src/ru/client-area/register.md', run.variant, 22, 'Перейдите в личный кабинет')));
    // Each failure is told once: one row, and no second copy under "Other failures" (the errors no record accounts for).
    expect(run.summaryRows.filter((row) => row.includes('Перейдите в личный кабинет'))).toHaveLength(1);
    expect(run.guides.flatMap((guide) => guide.errors)).toEqual([]);
    // On dragon, which names nothing a button or link, the page offers what a person sees by its words.
    const roleless = toldAt(run, 'src/en/client-area/register.md', 'dragon');
    expect(roleless).toMatchObject({ at: '22:1', kind: 'label-missing', expected: 'Expected a button or link named «Register».' });
    expect(roleless.actual).toMatch(/^the nearest buttons and links are .*«Sign up»/);
  },
  'notice-text-plain': (run) => {
    const told = toldAt(run, 'src/ru/client-area/register.md');
    expect(told.at).toBe('42:1');
    expect(told.expected).toBe('Expected clicking the notification\'s text «Для получения уведомлений необходимо подтверждение Email адреса» to do something (open its window).');
    expect(told.actual).toContain('clicking it changes nothing; the notification has «Подтвердить» to press instead');
    expect(told.fix).toContain('tell the reader to press «Подтвердить» in the notification');
  },
  'privacy-link-gone': (run) => {
    const told = toldAt(run, 'src/ru/client-area/register.md');
    expect(told).toMatchObject({
      at: '30:1',
      kind: 'claim-broken',
      says: 'Ознакомьтесь с приложенными документами в форме регистрации - условиями использования и политикой конфиденциальности.',
      expected: 'Expected a link of its own to «политикой конфиденциальности» next to «Я даю согласие с политикой конфиденциальности хостинг-провайдера Senko Digital*».',
    });
    // What the page has: the terms' link is the only one beside the privacy text, and it is not the privacy policy's.
    expect(told.actual).toMatch(/^the one link beside that text, to http:\/\/[\d.:]+\/legal\/terms\?lang=ru, is already the link to «условиями использования»/);
    expect(toldAt(run, 'src/en/client-area/register.md', 'dragon').at).toBe('30:1');
    expect(run.summaryRows).toContainEqual(expect.stringMatching(summaryRow('src/ru/client-area/register.md', run.variant, 30, 'Ознакомьтесь с приложенными документами')));
  },
};

/** The one sentence of `guide` on `skin` that failed, as the docs writer is told of it. */
function toldAt(run: VariantRun, guide: string, skin = 'classic') {
  const failed = run.guides.find((g) => g.guide === guide && (g.skin ?? 'classic') === skin)?.sentences.filter((s) => s.status === 'failed') ?? [];
  expect(failed, `${guide}: one failed sentence`).toHaveLength(1);
  const [{ line, column, text, drift }] = failed;
  return { at: `${line}:${column}`, says: text, kind: drift?.kind, expected: drift?.expected, actual: drift?.actual, fix: drift?.fix };
}

function summaryRow(guide: string, variant: string, line: number, sentence: string): RegExp {
  const project = `guides@${variant}`;
  const annotated = `guides/${guide.replace(/\.md$/, '')}.${project}.html`;
  return new RegExp(`^\\| \\[${escape(`${guide} (${project})`)}\\]\\(${escape(annotated)}\\) \\| ${line} \\| ${escape(sentence)}`);
}

function record(name: string, caught: boolean, falseAlarms: number, skins: string[]): void {
  mkdirSync(SCORE_DIR, { recursive: true });
  writeFileSync(path.join(SCORE_DIR, `${name}.json`), JSON.stringify({ name, caught, falseAlarms, skins }));
}

test.describe.configure({ mode: 'parallel' });

for (const [drift, expected] of Object.entries(EXPECTED)) {
  const told = TOLD[drift as keyof typeof DRIFTS];
  const skins = runsOf(expected).map((run) => run.skin).join(', ');
  test(`drift "${drift}" is caught ${'image' in expected ? `as visual drift on ${expected.image}` : `at line ${expected.ru} as ${expected.kind}`} (${skins})${told ? ', and the failure speaks to a docs writer' : ''}`, async () => {
    const guides = runsOf(expected).flatMap(({ skin, guides }) => guides.map((guide) => `${guide} (${skin})`));
    let caught = false;
    // The variant's guides ran in a batch (batch.setup.ts): its slice is what its own run would have reported.
    const run = variantRun('drift-', drift);
    try {
      expect(run, `drift "${drift}" was not in any batch`).toBeDefined();
      if (!run) return;
      expect(run.loadErrors, run.batchOutput).toEqual([]);
      expect(run.unrecorded).toEqual([]);
      expect(run.guides.map((guide) => `${guide.guide} (${guide.skin ?? 'classic'})`).sort(), run.batchOutput).toEqual([...guides].sort());
      for (const guide of run.guides) {
        // Drift, not "could not verify".
        expect(guide.verdict, run.output).toBe('drift');
        if ('image' in expected) {
          expect(guide.sentences.filter((s) => s.status === 'failed')).toEqual([]);
          const drifted = guide.images.filter((i) => i.status === 'drift').map((i) => path.basename(i.src));
          expect(drifted).toContain(expected.image);
          expect(run.summaryRows.join('\n')).toContain(`visual drift: the image changed`);
        } else {
          const failed = guide.sentences.filter((s) => s.status === 'failed');
          expect(failed.map((s) => `${s.line}:${s.column}`)).toEqual([guide.lang === 'ru' ? expected.ru : expected.en]);
          expect(failed[0].drift?.kind).toBe(expected.kind);
          // Sentences after the failing one are reported as not run, never as passed.
          const after = guide.sentences.slice(guide.sentences.indexOf(failed[0]) + 1);
          expect(after.every((s) => s.status === 'not run')).toBe(true);
          // Images placed after the sentence that follows the failing one are never reached: left
          // untouched, not reported as drift. (An image may be captured just before the sentence
          // it precedes, so the one right after the failing sentence may have been taken.)
          const next = after[0]?.line ?? Infinity;
          const later = guide.images.filter((i) => i.line > next);
          expect(later.map((i) => i.status)).toEqual(later.map(() => 'not reached'));
        }
      }
      caught = true;
    } finally {
      record(drift, caught, 0, runsOf(expected).map((run) => run.skin));
    }
    if (run) told?.(run);
  });
}
