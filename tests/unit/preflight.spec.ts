import { expect, test } from '@playwright/test';
import { ConfigurationError, configurationProblems, preflight } from '../../src/config/preflight.js';
import { configuredSecrets, readSettings } from '../../src/config/settings.js';

/** The settings a given environment yields, nothing inherited from the machine's own. */
const read = (env: Record<string, string> = {}) => readSettings(env);

test('the embedded default needs nothing', () => {
  expect(preflight(read())).toEqual([]);
});

test('an external site without any mailbox is refused with what to set', () => {
  const problems = preflight(read({ BASE_URL: 'https://my.senko.digital' })).join('\n');
  expect(problems).toContain('set MAILOSAUR_API_KEY and MAILOSAUR_SERVER_ID, or MAIL_API_URL');
});

test('an external site with either mailbox passes: Mailosaur keys or a Mailpit API', () => {
  expect(preflight(read({ BASE_URL: 'https://my.senko.digital', MAILOSAUR_API_KEY: 'k', MAILOSAUR_SERVER_ID: 'ab12cd34' }))).toEqual([]);
  expect(preflight(read({ BASE_URL: 'https://staging.example', MAIL_API_URL: 'http://mailpit.staging.example:8025' }))).toEqual([]);
});

test('Mailosaur keys and MAIL_API_URL together are ambiguous', () => {
  const problems = preflight(read({ BASE_URL: 'https://staging.example', MAIL_API_URL: 'http://mailpit.test:8025', MAILOSAUR_API_KEY: 'k', MAILOSAUR_SERVER_ID: 'ab12cd34' }));
  expect(problems).toEqual([expect.stringContaining('both the Mailosaur keys and MAIL_API_URL are set')]);
});

test('a Mailosaur server id of the wrong shape is named, the key never echoed', () => {
  const problems = preflight(read({ BASE_URL: 'https://staging.example', MAILOSAUR_API_KEY: 'sk_secret_value', MAILOSAUR_SERVER_ID: 'NOT-AN-ID' })).join('\n');
  expect(problems).toContain('MAILOSAUR_SERVER_ID "NOT-AN-ID" is not a Mailosaur server id');
  expect(problems).not.toContain('sk_secret_value');
});

test('half a key pair, and keys without BASE_URL, are each reported', () => {
  expect(preflight(read({ BASE_URL: 'https://staging.example', MAILOSAUR_SERVER_ID: 'ab12cd34' }))).toEqual([expect.stringContaining('MAILOSAUR_API_KEY is empty')]);
  expect(preflight(read({ BASE_URL: 'https://staging.example', MAILOSAUR_API_KEY: 'k' }))).toEqual([expect.stringContaining('MAILOSAUR_SERVER_ID is empty')]);
  expect(preflight(read({ MAILOSAUR_API_KEY: 'k', MAILOSAUR_SERVER_ID: 'ab12cd34' }))).toEqual([expect.stringContaining('Mailosaur keys are set but BASE_URL is not')]);
});

test('every port clash is named, the spa skin\'s STANDIN_PORT + 1 included', () => {
  expect(preflight(read({ SMTP_PORT: '38080' }))).toEqual([expect.stringMatching(/^STANDIN_PORT and SMTP_PORT are both 38080/)]);
  expect(preflight(read({ STANDIN_PORT: '38025' }))).toEqual([expect.stringMatching(/^STANDIN_PORT and SMTP_PORT are both 38025/), expect.stringMatching(/^STANDIN_PORT \+ 1 \(the spa skin\) and MAIL_API_PORT are both 38026/)]);
  expect(preflight(read({ MAIL_API_PORT: '38081' }))).toEqual([expect.stringMatching(/^STANDIN_PORT \+ 1 \(the spa skin\) and MAIL_API_PORT are both 38081/)]);
  expect(preflight(read({ STANDIN_PORT: '65535' }))).toEqual([expect.stringContaining('STANDIN_PORT "65535" leaves no port for the spa skin')]);
});

test('a guides root that is not a folder is a problem for every command, the plan included', () => {
  const settings = read({ GUIDES_DIR: '/nope' });
  expect(configurationProblems(settings)).toEqual([expect.stringContaining('GUIDES_DIR "/nope" is not a folder')]);
  expect(configurationProblems(settings)[0]).toContain('is not a folder');
  expect(configurationProblems(read({ BASE_URL: 'https://my.senko.digital' }))).toEqual([]);
});

test('the error a run stops with lists every problem, and carries them for tools', () => {
  const problems = preflight(read({ VISUAL_DRIFT: 'warning', SMTP_PORT: '38080' }));
  const error = new ConfigurationError(problems);
  expect(error.name).toBe('ConfigurationError');
  expect(error.problems).toEqual(problems);
  expect(error.message).toBe(`The configuration is not usable:\n  - ${problems[0]}\n  - ${problems[1]}`);
});

test('the secrets reports must mask: the Mailosaur key, MAIL_API_URL\'s password, a fixed account password', () => {
  expect(configuredSecrets(read({ MAIL_API_URL: 'http://qa:p%40ss@mailpit.test', ACCOUNT_PASSWORD: 'Fixed-Pa55' })).sort()).toEqual(['Fixed-Pa55', 'p@ss']);
  expect(configuredSecrets(read({ MAILOSAUR_API_KEY: 'sk_1', MAILOSAUR_SERVER_ID: 'ab12cd34' }))).toEqual(['sk_1']);
  expect(configuredSecrets(read())).toEqual([]);
});

test('passwords derive from the run seed and the test id: strong, repeatable for the scrubber, distinct per test', async () => {
  const { accountPassword } = await import('../../src/config/account.js');
  const saved = process.env.GUIDE_RUN_SEED;
  process.env.GUIDE_RUN_SEED = 'seed-for-this-test';
  try {
    const a = accountPassword('test-a:0');
    expect(accountPassword('test-a:0')).toBe(a);
    expect(accountPassword('test-b:0')).not.toBe(a);
    expect(accountPassword('test-a:1')).not.toBe(a);
    expect(a).toHaveLength(20);
    for (const kind of [/[a-z]/, /[A-Z]/, /[2-9]/, /[!#%+\-=?_]/]) expect(a).toMatch(kind);
  } finally {
    process.env.GUIDE_RUN_SEED = saved;
  }
});
