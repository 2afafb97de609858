import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { DRIFTS } from '../../standin/drift.js';
import { runGuides, twins, type ChildRun } from '../support/child-run.js';
import { SCORE_DIR } from '../support/score.js';

/**
 * Where each drift must be caught: the guide (registration unless named), the line in each
 * language it runs in, and the kind of drift. A drift runs in English too where the English text
 * decides how it is caught (quoted labels, the required fields, where a sentence's claim starts)
 * and for images; where the same step fails the same way whatever the language (no letter, a dead
 * link, a dialog that does not open), the Russian guide alone keeps `npm test` short; the English
 * sentences themselves run in the unchanged test.
 */
type Expected = ({ ru: string; en?: string; kind: string } | { image: string; kind: 'visual' }) & { guide?: string };
const EXPECTED: Record<keyof typeof DRIFTS, Expected> = {
  'register-button-renamed': { ru: '22:1', en: '22:1', kind: 'label-missing' },
  'submit-renamed': { ru: '32:1', en: '32:1', kind: 'label-missing' },
  'country-optional': { ru: '28:34', en: '28:34', kind: 'claim-broken' },
  'consent-checkbox-gone': { ru: '30:119', en: '30:91', kind: 'label-missing' },
  'no-email': { ru: '48:1', kind: 'no-email' },
  'broken-confirm-link': { ru: '50:1', kind: 'claim-broken' },
  'notice-text-changed': { image: '3.png', kind: 'visual' },
  'dialog-button-renamed': { ru: '46:1', en: '46:1', kind: 'label-missing' },
  'layout-shift': { image: '2.png', kind: 'visual' },
  'terms-document-gone': { ru: '30:1', kind: 'page-unreachable' },
  // The documents' names decide which text and link are paired and what their pages must say: both languages.
  'privacy-link-gone': { ru: '30:1', en: '30:1', kind: 'claim-broken' },
  'terms-page-not-found': { ru: '30:1', en: '30:1', kind: 'page-unreachable' },
  'privacy-link-to-terms': { ru: '30:1', en: '30:1', kind: 'claim-broken' },
  'privacy-box-merged': { ru: '30:119', en: '30:91', kind: 'label-missing' },
  'email-unchecked': { ru: '28:34', en: '28:34', kind: 'claim-broken' },
  'address-not-shown': { ru: '36:14', en: '36:18', kind: 'claim-broken' },
  'notice-at-bottom': { ru: '42:1', kind: 'label-missing' },
  'dialog-not-opening': { ru: '46:1', kind: 'claim-broken' },
  // The text the guide says to click no longer opens the window: drift at that sentence, not at the window's.
  'notice-text-plain': { ru: '42:1', kind: 'claim-broken' },
  'letter-without-button': { ru: '50:1', kind: 'claim-broken' },
  // The later guides' drifts run on the Russian twin only, to keep `npm test` short.
  'tickets-menu-renamed': { guide: 'new-ticket', ru: '33:1', kind: 'label-missing' },
  'priority-gone': { guide: 'new-ticket', ru: '58:1', kind: 'label-missing' },
  'referral-rate-changed': { guide: 'referral', ru: '18:68', kind: 'claim-broken' },
  'ptr-required': { guide: 'vps-order', ru: '42:1', kind: 'claim-broken' },
  'install-fails': { guide: 'vps-order', ru: '52:1', kind: 'claim-broken' },
};

/**
 * A drifted stand-in answers at once (its letters in milliseconds); what is gone is gone, so waiting the default 10 s for it
 * only slows the self-test down. The verdict and the line do not depend on the wait.
 */
const SHORT_WAIT = { UI_TIMEOUT: '3000', MAIL_TIMEOUT: '3000' };

/**
 * What a docs writer reads about a drift, checked on the very run that caught it: the line, what
 * the guide says, what the page has instead; each failure told once in the summary.
 */
const TOLD: Partial<Record<keyof typeof DRIFTS, (run: ChildRun) => void>> = {
  'register-button-renamed': (run) => {
    expect(run.output).toContain('The guide no longer holds at ru/personal-area/register.md:22:1 (a label the guide relies on is gone).');
    expect(run.output).toContain('The guide says: «Перейдите в личный кабинет и нажмите кнопку «Регистрация».»');
    expect(run.output).toContain('Expected a button or link named «Регистрация».');
    expect(run.output).toMatch(/The page has instead: the nearest buttons and links are .*«Создать аккаунт»/);
    expect(run.summary).toMatch(/\| \[ru\/personal-area\/register\.md\]\(guides\/ru\/personal-area\/register\.html\) \| 22 \| Перейдите в личный кабинет/);
    // Each failure is told once: no second copy under "Other failures".
    expect(run.summary.split('Перейдите в личный кабинет')).toHaveLength(2);
    expect(run.summary).not.toContain('Other failures');
  },
  'notice-text-plain': (run) => {
    expect(run.output).toContain('The guide no longer holds at ru/personal-area/register.md:42:1');
    expect(run.output).toContain('Expected clicking the notification\'s text «Для получения уведомлений необходимо подтверждение Email адреса» to do something (open its window).');
    expect(run.output).toContain('clicking it changes nothing; the notification has «Подтвердить» to press instead');
    expect(run.output).toContain('tell the reader to press «Подтвердить» in the notification');
  },
  'privacy-link-gone': (run) => {
    expect(run.output).toContain('The guide no longer holds at ru/personal-area/register.md:30:1 (a claim of the guide no longer holds).');
    expect(run.output).toContain('The guide says: «Ознакомьтесь с приложенными документами в форме регистрации - условиями использования и политикой конфиденциальности.»');
    expect(run.output).toContain('Expected a link of its own to «политикой конфиденциальности» next to «Я даю согласие с политикой конфиденциальности хостинг-провайдера Senko Digital*».');
    // What the page has: the terms' link is the only one beside the privacy text, and it is not the privacy policy's.
    expect(run.output).toMatch(/The page has instead: the one link beside that text, to http:\/\/[\d.:]+\/legal\/terms\?lang=ru, is already the link to «условиями использования»/);
    expect(run.output).toContain('The guide no longer holds at personal-area/register.md:30:1');
    expect(run.summary).toMatch(/\| \[ru\/personal-area\/register\.md\]\(guides\/ru\/personal-area\/register\.html\) \| 30 \| Ознакомьтесь с приложенными документами/);
  },
};

function record(name: string, caught: boolean, falseAlarms: number): void {
  mkdirSync(SCORE_DIR, { recursive: true });
  writeFileSync(path.join(SCORE_DIR, `${name}.json`), JSON.stringify({ name, caught, falseAlarms }));
}

function failures(run: ChildRun) {
  return run.guides.flatMap((guide) =>
    guide.sentences.filter((s) => s.status === 'failed').map((s) => ({ guide: guide.lang, at: `${s.line}:${s.column}`, kind: s.drift?.kind })),
  );
}

test.describe.configure({ mode: 'parallel' });

test('the unchanged stand-in: every guide holds, no alarm', async () => {
  const run = await runGuides({ wrapper: true, guides: 'all', workers: 2 });
  const alarms = failures(run).length + run.guides.flatMap((g) => g.images.filter((i) => i.status !== 'unchanged')).length;
  record('unchanged', true, alarms);
  expect(run.loadErrors).toEqual([]);
  expect(run.guides.map((g) => [g.guide, g.status]).sort()).toEqual(
    ['new-ticket', 'referral', 'register', 'vps-order'].flatMap((name) => [[`personal-area/${name}.md`, 'passed'], [`ru/personal-area/${name}.md`, 'passed']]).sort(),
  );
  expect(alarms, run.output).toBe(0);
  // Of the alternatives, the one that fits the persona (no account yet) runs; the others are accounted for with their reason.
  const order = run.guides.find((g) => g.guide === 'ru/personal-area/vps-order.md');
  expect(order?.sentences.filter((s) => s.line >= 36 && s.line <= 38).map((s) => [s.status, s.notes[0]?.split(':')[0]])).toEqual([
    ['not applicable', 'not applicable'],
    ['verified', 'form fields'],
    ['not applicable', 'not applicable'],
  ]);
  // A linked guide as precondition, and a need no sentence states, are met by running the account guide first.
  const ticket = run.guides.find((g) => g.guide === 'ru/personal-area/new-ticket.md');
  expect(ticket?.preconditions?.[0]?.how).toContain('account made by running ru/personal-area/register.md first');
  const referral = run.guides.find((g) => g.guide === 'personal-area/referral.md');
  expect(referral?.preconditions?.[0]?.how).toContain('storageState');
  expect(run.verdict).toBe('holds');
  expect(run.exitCode).toBe(0);
  expect(run.summary).toContain('## ✅ Every guide holds');
});

for (const [drift, expected] of Object.entries(EXPECTED)) {
  const told = TOLD[drift as keyof typeof DRIFTS];
  test(`drift "${drift}" is caught ${'image' in expected ? `as visual drift on ${expected.image}` : `at line ${expected.ru} as ${expected.kind}`}${told ? ', and the failure speaks to a docs writer' : ''}`, async () => {
    const guides = twins(expected.guide ?? 'register').filter((guide) => 'image' in expected || expected.en || guide.startsWith('ru/'));
    // Straight through Playwright: the verdict is read from the reports (npm start's wrapper, which
    // turns it into the exit code, is covered by the unchanged run and the verdict tests).
    const run = await runGuides({ drift, guides, env: SHORT_WAIT });
    let caught = false;
    try {
      // Drift, not "could not verify".
      expect(run.exitCode, run.output).toBe(1);
      expect(run.verdict).toBe('drift');
      expect(run.guides).toHaveLength(guides.length);
      for (const guide of run.guides) {
        if ('image' in expected) {
          expect(guide.sentences.filter((s) => s.status === 'failed')).toEqual([]);
          const drifted = guide.images.filter((i) => i.status === 'drift').map((i) => path.basename(i.src));
          expect(drifted).toContain(expected.image);
          expect(run.summary).toContain(`visual drift: the image changed`);
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
      record(drift, caught, 0);
    }
    told?.(run);
  });
}

test('VISUAL_DRIFT=warn turns visual-only drift into a warning with exit code 0', async () => {
  const run = await runGuides({ drift: 'layout-shift', env: { VISUAL_DRIFT: 'warn' }, grep: 'Регистрация в личном', wrapper: true });
  expect(run.exitCode, run.output).toBe(0);
  expect(run.guides[0].images.find((i) => i.src.endsWith('/2.png'))?.status).toBe('drift');
  expect(run.summary).toContain('visual drift: the image changed');
});

test('the password never reaches reports, traces, attachments or logs', async () => {
  const password = `Leak-Check-${Date.now()}-Zq9`;
  // The submit button is renamed: the run fails while the password sits in the form's fields,
  // so the trace, the error context and the failure screenshot are all kept.
  const run = await runGuides({ drift: 'submit-renamed', env: { ACCOUNT_PASSWORD: password }, grep: 'Регистрация в личном', traces: true });
  expect(run.exitCode).not.toBe(0);
  expect(run.output).not.toContain(password);
  const AdmZip = (await import('adm-zip')).default;
  const { readdirSync, readFileSync, statSync } = await import('node:fs');
  const files = (dir: string): string[] =>
    readdirSync(dir).flatMap((name) => (statSync(path.join(dir, name)).isDirectory() ? files(path.join(dir, name)) : [path.join(dir, name)]));
  const all = [...files(run.outputDir), ...files(run.reportsDir)];
  expect(all.some((file) => file.endsWith('trace.zip'))).toBe(true);
  for (const file of all) {
    const bytes = readFileSync(file);
    expect(bytes.includes(password), file).toBe(false);
    if (file.endsWith('.zip')) {
      for (const entry of new AdmZip(file).getEntries()) expect(entry.getData().includes(password), `${file}:${entry.entryName}`).toBe(false);
    }
  }
});
