import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { preflight } from '../../src/config/preflight.js';
import { ENV_NAMES } from '../../src/config/schema.js';
import { PROJECT_ROOT, readSettings } from '../../src/config/settings.js';
import { resolveTarget } from '../../src/config/target.js';

const problemsOf = (env: Record<string, string>) => preflight(readSettings(env));

/** Each bad value, and the one problem that must name it. */
const BAD_VALUES: Array<[Record<string, string>, string]> = [
  [{ VISUAL_DRIFT: 'warning' }, 'VISUAL_DRIFT "warning" is none of fail, warn, off'],
  [{ UI_TIMEOUT: '10s' }, 'UI_TIMEOUT "10s" is not a positive whole number of milliseconds'],
  [{ UI_TIMEOUT: '0' }, 'UI_TIMEOUT "0" is not a positive whole number of milliseconds'],
  [{ MAIL_TIMEOUT: '-5' }, 'MAIL_TIMEOUT "-5" is not a positive whole number of milliseconds'],
  [{ SCREENSHOT_THRESHOLD: '2%' }, 'SCREENSHOT_THRESHOLD "2%" is not a fraction between 0 and 1'],
  [{ SCREENSHOT_THRESHOLD: '1.5' }, 'SCREENSHOT_THRESHOLD "1.5" is not a fraction between 0 and 1'],
  [{ STANDIN_PORT: 'eighty' }, 'STANDIN_PORT "eighty" is not a port number'],
  [{ SMTP_PORT: '70000' }, 'SMTP_PORT "70000" is not a port number'],
  [{ MAIL_API_PORT: '0' }, 'MAIL_API_PORT "0" is not a port number'],
  [{ BASE_URL: 'my.senko.digital' }, 'BASE_URL "my.senko.digital" is not an http(s) URL; write it like https://my.senko.digital'],
  [{ BASE_URL: 'ftp://my.senko.digital' }, 'BASE_URL "ftp://my.senko.digital" is not an http(s) URL'],
  [{ SITE_ORIGIN: 'senko' }, 'SITE_ORIGIN "senko" is not an http(s) URL'],
  [{ MAIL_API_URL: 'mailpit:8025' }, 'MAIL_API_URL "mailpit:8025" is not an http(s) URL'],
  [{ STANDIN_SKIN: 'classic,mobile' }, 'STANDIN_SKIN "classic,mobile" names an unknown skin: mobile; known: classic, spa'],
  [{ STANDIN_SKIN: ' , ' }, 'STANDIN_SKIN "," names no skin; known: classic, spa'],
  [{ STANDIN_SKIN: '   ' }, ''], // blank: unset, the default applies
  [{ MAILOSAUR_SERVER_ID: 'AB12CD34', MAILOSAUR_API_KEY: 'k', BASE_URL: 'https://x.example' }, 'MAILOSAUR_SERVER_ID "AB12CD34" is not a Mailosaur server id'],
  // Refused, not unset: named once, without "BASE_URL is not set" or "no mailbox" besides.
  [{ BASE_URL: 'staging', MAILOSAUR_API_KEY: 'k', MAILOSAUR_SERVER_ID: 'ab12cd34' }, 'BASE_URL "staging" is not an http(s) URL'],
  [{ BASE_URL: 'https://x.example', MAIL_API_URL: 'mailpit' }, 'MAIL_API_URL "mailpit" is not an http(s) URL'],
  [{ GUIDE_CACHE: 'off' }, 'GUIDE_CACHE "off" is neither 0 (off) nor 1 (on)'],
  [{ GUIDE_CACHE_MAX: '1e3' }, 'GUIDE_CACHE_MAX "1e3" is not a positive whole number of cached guides'],
  [{ GUIDE_THREADS: 'auto' }, 'GUIDE_THREADS "auto" is neither 0 (never) nor 1 (always)'],
];

for (const [env, expected] of BAD_VALUES) {
  test(`${Object.entries(env).map(([k, v]) => `${k}=${v}`).join(' ')} → ${expected || 'no problem'}`, () => {
    expect(problemsOf(env)).toEqual(expected ? [expect.stringContaining(expected)] : []);
  });
}

test('a refused value falls back to its default, so reading never throws', () => {
  const settings = readSettings({ UI_TIMEOUT: 'soon', VISUAL_DRIFT: 'warning', STANDIN_SKIN: 'mobile', STANDIN_PORT: 'x' });
  expect(settings).toMatchObject({ uiTimeout: 10_000, visualDrift: 'fail', standinSkins: ['classic'], standinPort: 38080 });
  expect(settings.problems).toHaveLength(4);
});

test('every bad value is named at once, in one message', () => {
  const problems = problemsOf({ UI_TIMEOUT: 'soon', VISUAL_DRIFT: 'warning', BASE_URL: 'nope', STANDIN_SKIN: 'mobile' });
  expect(problems.map((p) => p.split(' ')[0])).toEqual(['BASE_URL', 'UI_TIMEOUT', 'VISUAL_DRIFT', 'STANDIN_SKIN']);
});

test('secrets are never repeated, even when refused; a URL\'s password is masked', () => {
  const problems = problemsOf({ MAIL_API_URL: 'ftp://qa:hunter2@mailpit.test' }).join('\n');
  expect(problems).toContain('MAIL_API_URL "ftp://qa:***@mailpit.test/"');
  expect(problems).not.toContain('hunter2');
});

test('good values are read, typed and trimmed', () => {
  const settings = readSettings({
    BASE_URL: ' https://staging.example/ ',
    MAIL_API_URL: 'http://mailpit.staging.example:8025',
    GUIDES: ' src/ru/client-area/register.md, ,src/en/client-area/register.md ',
    STANDIN_SKIN: 'spa, classic, spa',
    STANDIN_TRANSFORM: 'extra-wrappers',
    VISUAL_DRIFT: 'warn',
    UI_TIMEOUT: '2500',
    SCREENSHOT_THRESHOLD: '.01',
    GUIDE_CACHE: '0',
    GUIDE_CACHE_MAX: '500',
    GUIDE_THREADS: '1',
  });
  expect(settings).toMatchObject({
    baseURL: 'https://staging.example/',
    mailApiURL: 'http://mailpit.staging.example:8025',
    guides: ['src/ru/client-area/register.md', 'src/en/client-area/register.md'],
    standinSkins: ['spa', 'classic'],
    standinTransform: 'extra-wrappers',
    visualDrift: 'warn',
    uiTimeout: 2500,
    mailTimeout: 120_000,
    screenshotThreshold: 0.01,
    guideCache: false,
    guideCacheMax: 500,
    guideThreads: 'always',
    problems: [],
  });
  expect(readSettings({}).mailTimeout).toBe(15_000);
});

test('the embedded target serves classic on STANDIN_PORT and spa on the next port; BASE_URL ignores the skin', () => {
  const embedded = readSettings({ STANDIN_PORT: '40000', MAIL_API_PORT: '40010' });
  expect(resolveTarget(embedded)).toMatchObject({ baseURL: 'http://127.0.0.1:40000', embedded: true, mailApiURL: 'http://127.0.0.1:40010' });
  expect(resolveTarget(embedded, 'spa')).toMatchObject({ baseURL: 'http://127.0.0.1:40001', embedded: true });
  const external = readSettings({ BASE_URL: 'https://staging.example/', MAIL_API_URL: 'http://mailpit.test:8025/' });
  expect(resolveTarget(external, 'spa')).toEqual(resolveTarget(external, 'classic'));
  expect(resolveTarget(external)).toMatchObject({ baseURL: 'https://staging.example', embedded: false, mailApiURL: 'http://mailpit.test:8025' });
  expect(resolveTarget(readSettings({ BASE_URL: 'https://x.example', MAILOSAUR_API_KEY: 'k', MAILOSAUR_SERVER_ID: 'ab12cd34' })).mailApiURL).toBeUndefined();
});

test('loading the settings with bad values in the environment does not throw', () => {
  const child = spawnSync(process.execPath, ['--import', 'tsx', '-e', "const { settings } = await import('./src/config/settings.ts'); console.log(JSON.stringify(settings.problems))"], {
    cwd: PROJECT_ROOT,
    encoding: 'utf8',
    env: { ...process.env, UI_TIMEOUT: 'abc', VISUAL_DRIFT: 'warning', STANDIN_PORT: '-1' },
  });
  expect(child.stderr).toBe('');
  expect(child.status).toBe(0);
  expect(JSON.parse(child.stdout)).toHaveLength(3);
});

/** Every `process.env.NAME` read in src/config, every variable .env.example documents. */
function namesRead(): { fromCode: Set<string>; documented: Set<string> } {
  const dir = path.join(PROJECT_ROOT, 'src/config');
  const fromCode = new Set<string>();
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.ts'))) {
    for (const match of readFileSync(path.join(dir, file), 'utf8').matchAll(/process\.env(?:\.([A-Z_]+)|\[['"]([A-Z_]+)['"]\])/g)) fromCode.add(match[1] ?? match[2]);
  }
  const example = readFileSync(path.join(PROJECT_ROOT, '.env.example'), 'utf8');
  const documented = new Set([...example.matchAll(/^([A-Z_]+)=/gm)].map((m) => m[1]));
  return { fromCode, documented };
}

test('one schema: every variable read in src/config and every one .env.example documents goes through it', () => {
  const { fromCode, documented } = namesRead();
  // Set by the runner for its workers during a run, not configuration.
  fromCode.delete('GUIDE_RUN_SEED');
  expect([...fromCode].filter((name) => !(ENV_NAMES as string[]).includes(name))).toEqual([]);
  expect([...documented].sort()).toEqual([...ENV_NAMES].sort());
});
