import { expect, test } from '@playwright/test';
import { preflight } from '../../src/config/preflight.js';
import { readSettings, type Settings } from '../../src/config/settings.js';

const base: Settings = { ...readSettings(), baseURL: undefined, mailosaur: undefined };

test('the embedded default needs nothing', () => {
  expect(preflight(base)).toEqual([]);
});

test('an external site without Mailosaur keys is refused with what to set', () => {
  const problems = preflight({ ...base, baseURL: 'https://my.senko.digital' });
  expect(problems.join('\n')).toContain('set MAILOSAUR_API_KEY and MAILOSAUR_SERVER_ID');
});

test('a Mailosaur server id of the wrong shape is named, the key never echoed', () => {
  const problems = preflight({ ...base, baseURL: 'https://staging.example', mailosaur: { apiKey: 'sk_secret_value', serverId: 'NOT-AN-ID' } });
  expect(problems.join('\n')).toContain('MAILOSAUR_SERVER_ID "NOT-AN-ID" is not a Mailosaur server id');
  expect(problems.join('\n')).not.toContain('sk_secret_value');
});

test('half a key pair, a bad URL and clashing ports are each reported', () => {
  const problems = preflight({ ...base, baseURL: 'not a url', mailosaur: { apiKey: '', serverId: 'ab12cd34' }, smtpPort: base.standinPort });
  expect(problems).toEqual(
    expect.arrayContaining([
      expect.stringContaining('BASE_URL "not a url" is not a URL'),
      expect.stringContaining('MAILOSAUR_API_KEY is empty'),
      expect.stringContaining('must differ'),
    ]),
  );
});

test('a correct real-target configuration passes', () => {
  expect(preflight({ ...base, baseURL: 'https://my.senko.digital', mailosaur: { apiKey: 'k', serverId: 'ab12cd34' } })).toEqual([]);
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
