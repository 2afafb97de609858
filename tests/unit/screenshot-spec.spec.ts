import { readdirSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { CaptureSpecError, parseCaptureSpecs, readCaptureSpecs } from '../../src/screenshots/spec.js';
import { GuideSyntaxError, type Guide } from '../../src/guide/types.js';
import { PROJECT_ROOT } from '../../src/config/settings.js';

const FILE = 'src/ru/client-area/register.screenshots.yml';

/** The problems a sidecar text yields, as `line:column: problem`. */
function problemsOf(source: string): string[] {
  try {
    parseCaptureSpecs(source, FILE);
  } catch (error) {
    expect(error).toBeInstanceOf(CaptureSpecError);
    expect(error).toBeInstanceOf(GuideSyntaxError);
    return (error as CaptureSpecError).issues.map(({ where, problem }) => {
      expect(where.file).toBe(FILE);
      return `${where.line}:${where.column}: ${problem}`;
    });
  }
  return [];
}

test('the committed sidecars are valid and read as before', () => {
  const guides = path.join(PROJECT_ROOT, 'guides');
  const sidecars = readdirSync(guides, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.screenshots.yml'));
  // One spec per image each guide shows: register 3, new-ticket 4, vps-order 5, referral 1, two-factor 3, Telegram 3.
  const IMAGES: Record<string, number> = { register: 3, 'new-ticket': 4, 'vps-order': 5, referral: 1, 'two-factor-authentication': 3, 'telegram-notifications': 3 };
  expect(sidecars.length).toBe(12);
  for (const sidecar of sidecars) {
    const guide = sidecar.replace(/\.screenshots\.yml$/, '.md');
    expect(readCaptureSpecs({ file: path.join(guides, guide), path: guide } as Guide).size).toBe(IMAGES[path.basename(guide, '.md')]);
  }
  const specs = parseCaptureSpecs(
    `/images/x/1.png:
  before: После нажатия кнопки «Зарегистрироваться»
  element: { role: region, name: Регистрация }
  viewport: { width: 1280, height: 1100 }
  presentable: { Код клиента: 757, Дата: "2025-02-26" }
  padding: 8
  threshold: 0.01
  scale: 2
`,
    FILE,
  );
  expect(specs.get('/images/x/1.png')).toEqual({
    before: 'После нажатия кнопки «Зарегистрироваться»',
    element: { role: 'region', name: 'Регистрация' },
    viewport: { width: 1280, height: 1100 },
    // A number written without quotes is still the text shown.
    presentable: { 'Код клиента': '757', Дата: '2025-02-26' },
    padding: 8,
    threshold: 0.01,
    scale: 2,
  });
});

test('an empty sidecar, or one of comments only, means no specs', () => {
  expect(parseCaptureSpecs('', FILE).size).toBe(0);
  expect(parseCaptureSpecs('# nothing yet\n', FILE).size).toBe(0);
});

test('every bad value is reported at its own line and column', () => {
  const source = [
    '# comment', //                                                   1
    '/images/a.png:', //                                              2
    '  before: После нажатия', //                                     3
    '  after: Заполните', //                                          4
    '  element: { role: regoin, name: Регистрация }', //              5
    '  viewport: { width: 1280, height: tall }', //                   6
    '  scale: 3', //                                                  7
    '  colour: red', //                                               8
    '/images/b.png:', //                                              9
    '  padding: 4', //                                               10
    '  threshold: 5', //                                             11
    '  fullPage: yes please', //                                     12
    '/images/c.png: nope', //                                        13
    '/images/d.png:', //                                             14
    '  element: { name: Регистрация, size: 3 }', //                  15
    '  viewport: { width: 100, height: 800.5 }', //                  16
  ].join('\n');
  expect(problemsOf(source)).toEqual([
    '4:10: the spec of /images/a.png: after cannot be given with before: keep one of them',
    '5:20: the spec of /images/a.png: element.role "regoin" is not an ARIA role (e.g. region, dialog, status, button)',
    '6:36: the spec of /images/a.png: viewport.height must be a number of CSS pixels from 200 to 4000',
    '7:10: the spec of /images/a.png: scale must be 1 or 2',
    '8:3: the spec of /images/a.png: unknown key colour; known: before, after, moment, element, fullPage, padding, scale, viewport, presentable, mask, threshold, capturedBy',
    '10:12: the spec of /images/b.png: padding is space around an element: add element, or remove padding',
    '11:14: the spec of /images/b.png: threshold must be below 1',
    '12:13: the spec of /images/b.png: fullPage must be true or false',
    '13:16: the spec of /images/c.png must be a mapping of capture settings (before, element, viewport, …)',
    '15:12: the spec of /images/d.png: element needs a role (with an optional name) or a text',
    '15:33: the spec of /images/d.png: element: unknown key size; known: role, name, text',
    '15:20: the spec of /images/d.png: element.name needs a role beside it',
    '16:22: the spec of /images/d.png: viewport.width must be at least 200',
    '16:35: the spec of /images/d.png: viewport.height must be a whole number of CSS pixels',
  ].sort(byPosition));
});

function byPosition(a: string, b: string): number {
  const [la, ca] = a.split(':').map(Number);
  const [lb, cb] = b.split(':').map(Number);
  return la - lb || ca - cb;
}

test('broken YAML is reported where the parser stopped', () => {
  expect(problemsOf('/images/a.png:\n  element: { role: region\n  scale: 2\n')).toEqual([expect.stringMatching(/^\d+:\d+: not valid YAML: /)]);
  expect(problemsOf('/images/a.png:\n  scale: 1\n  scale: 2\n')).toEqual(['3:3: not valid YAML: Map keys must be unique']);
});

test('a sidecar that is not a mapping of images is refused at its start', () => {
  expect(problemsOf('- /images/a.png\n- /images/b.png\n')).toEqual(['1:1: the file must map each image path of the guide to its capture settings']);
});

test('the error message lists every problem as file:line:column', () => {
  try {
    parseCaptureSpecs('/images/a.png:\n  scale: 3\n  padding: -1\n  element: { role: status }\n', FILE);
    throw new Error('expected a CaptureSpecError');
  } catch (error) {
    expect((error as Error).message).toBe(
      [`${FILE}:2:10: the spec of /images/a.png: scale must be 1 or 2`, `${FILE}:3:12: the spec of /images/a.png: padding must be at least 0`].join('\n'),
    );
    expect((error as CaptureSpecError).where).toEqual({ file: FILE, line: 2, column: 10 });
  }
});
