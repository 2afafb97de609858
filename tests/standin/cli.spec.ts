import { spawn } from 'node:child_process';
import { expect, test } from '@playwright/test';
import { listenAnywhere, runOfPorts } from '../support/ports.js';
import { CAPTCHA_RESPONSE } from '../support/standin.js';

function start(env: Record<string, string>) {
  const child = spawn(process.execPath, ['--import', 'tsx', 'standin/cli.ts'], { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk));
  const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
  return { child, exited, output: () => output };
}

test('npm run standin prints both URLs, serves, and stops cleanly on SIGTERM', async () => {
  const [standin, smtp, api] = await runOfPorts(3);
  const run = start({ STANDIN_PORT: String(standin), SMTP_PORT: String(smtp), MAIL_API_PORT: String(api), STANDIN_DRIFT: '' });
  await expect.poll(run.output, { timeout: 20_000 }).toContain('Local inbox:');
  expect(run.output()).toContain(`Stand-in client area: http://127.0.0.1:${standin}/billmgr`);
  expect(run.output()).toContain(`http://127.0.0.1:${api}/`);
  expect((await fetch(`http://127.0.0.1:${standin}/healthz`)).status).toBe(200);
  run.child.kill('SIGTERM');
  expect(await run.exited).toBe(0);
});

test('the stand-in stops when the run that started it is killed outright, freeing its ports for the next run', async () => {
  const [standin, smtp, api] = await runOfPorts(3);
  // The runner, played by a process that starts the stand-in as Playwright's webServer does, then dies by SIGKILL (no cleanup).
  const runner = spawn(
    process.execPath,
    ['-e', "const c = require('node:child_process').spawn(process.execPath, ['--import', 'tsx', 'standin/cli.ts'], { stdio: ['ignore', 'inherit', 'inherit'] }); setInterval(() => {}, 1000);"],
    { env: { ...process.env, STANDIN_PORT: String(standin), SMTP_PORT: String(smtp), MAIL_API_PORT: String(api), STANDIN_DRIFT: '' }, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let output = '';
  runner.stdout.on('data', (chunk: Buffer) => (output += chunk));
  await expect.poll(() => output, { timeout: 20_000 }).toContain('Local inbox:');
  expect((await fetch(`http://127.0.0.1:${standin}/healthz`)).status).toBe(200);
  runner.kill('SIGKILL');
  const answers = () => fetch(`http://127.0.0.1:${standin}/healthz`).then(() => true, () => false);
  await expect.poll(answers, { timeout: 20_000 }).toBe(false);
  // The ports are free again: a new stand-in starts on them.
  const next = start({ STANDIN_PORT: String(standin), SMTP_PORT: String(smtp), MAIL_API_PORT: String(api), STANDIN_DRIFT: '' });
  await expect.poll(next.output, { timeout: 20_000 }).toContain('Local inbox:');
  next.child.kill('SIGTERM');
  expect(await next.exited).toBe(0);
});

test('a port already in use gives a clear message', async () => {
  const { server, port } = await listenAnywhere();
  const [smtp, api] = await runOfPorts(2);
  try {
    const run = start({ STANDIN_PORT: String(port), SMTP_PORT: String(smtp), MAIL_API_PORT: String(api) });
    expect(await run.exited).toBe(1);
    expect(run.output()).toContain(`The stand-in could not start: the stand-in port ${port} is already in use: stop what runs there, or choose another port in .env`);
  } finally {
    server.close();
  }
});

test('an unknown drift variant is refused with the list of known ones', async () => {
  const run = start({ STANDIN_DRIFT: 'no-such-drift' });
  expect(await run.exited).toBe(1);
  expect(run.output()).toContain('unknown STANDIN_DRIFT "no-such-drift"; known: register-button-renamed');
});

test('STANDIN_SKIN=classic,spa serves both skins side by side, sharing one store', async ({ playwright }) => {
  const [base, , smtp, api] = await runOfPorts(4);
  const run = start({ STANDIN_PORT: String(base), SMTP_PORT: String(smtp), MAIL_API_PORT: String(api), STANDIN_SKIN: 'classic,spa', STANDIN_DRIFT: '' });
  try {
    await expect.poll(run.output, { timeout: 20_000 }).toContain('Local inbox:');
    expect(run.output()).toContain(`Stand-in client area: http://127.0.0.1:${base}/billmgr  (classic skin`);
    expect(run.output()).toContain(`Stand-in client area: http://127.0.0.1:${base + 1}/billmgr  (spa skin`);
    expect(await (await fetch(`http://127.0.0.1:${base}/billmgr?func=register`)).text()).toContain('<form');
    expect(await (await fetch(`http://127.0.0.1:${base + 1}/billmgr?func=register`)).text()).toContain('/assets/spa.js');
    // Cookies ignore the port, as in a browser: an account made on classic is logged on to spa.
    const request = await playwright.request.newContext();
    const form = await (await request.get(`http://127.0.0.1:${base}/billmgr?func=register&out=sjson`)).json();
    const email = `cli-${Date.now()}@inbox.test`;
    const fields = { first_name: 'A', last_name: 'B', email, password: 'Str0ng-Passw0rd!', password_repeat: 'Str0ng-Passw0rd!', country: 'GB', agree_terms: 'on', agree_privacy: 'on', agree_tax: 'on', 'g-recaptcha-response': CAPTCHA_RESPONSE };
    await request.post(`http://127.0.0.1:${base}/billmgr?func=register`, { form: { _csrf: form.csrf, ...fields }, headers: { accept: 'application/json' } });
    const main = await (await request.get(`http://127.0.0.1:${base + 1}/billmgr?out=sjson`)).json();
    expect(main.page).toMatchObject({ page: 'main', account: email });
  } finally {
    run.child.kill('SIGTERM');
    expect(await run.exited).toBe(0);
  }
});

test('STANDIN_SKIN=classic,dragon serves the dragon skin on STANDIN_PORT + 2, the same store behind it', async ({ playwright }) => {
  const [base, , , smtp, api] = await runOfPorts(5);
  const run = start({ STANDIN_PORT: String(base), SMTP_PORT: String(smtp), MAIL_API_PORT: String(api), STANDIN_SKIN: 'classic,dragon', STANDIN_DRIFT: '' });
  try {
    await expect.poll(run.output, { timeout: 20_000 }).toContain('Local inbox:');
    expect(run.output()).toContain(`Stand-in client area: http://127.0.0.1:${base + 2}/billmgr  (dragon skin`);
    expect(run.output()).not.toContain(`http://127.0.0.1:${base + 1}/billmgr`);
    expect(await (await fetch(`http://127.0.0.1:${base + 2}/billmgr?func=register`)).text()).toContain('/assets/dragon.js');
    const request = await playwright.request.newContext();
    const form = await (await request.get(`http://127.0.0.1:${base}/billmgr?func=register&out=sjson`)).json();
    const email = `cli-dragon-${Date.now()}@inbox.test`;
    const fields = { first_name: 'A', last_name: 'B', email, password: 'Str0ng-Passw0rd!', password_repeat: 'Str0ng-Passw0rd!', country: 'GB', agree_terms: 'on', agree_privacy: 'on', agree_tax: 'on', 'g-recaptcha-response': CAPTCHA_RESPONSE };
    await request.post(`http://127.0.0.1:${base}/billmgr?func=register`, { form: { _csrf: form.csrf, ...fields }, headers: { accept: 'application/json' } });
    const main = await (await request.get(`http://127.0.0.1:${base + 2}/billmgr?sfrom=ajax&out=xjson`)).json();
    expect(main.doc).toMatchObject({ $func: 'dashboard', chrome: { account: email } });
  } finally {
    run.child.kill('SIGTERM');
    expect(await run.exited).toBe(0);
  }
});

test('STANDIN_VARIANTS serves one stand-in per variant from one process, each on its own ports with its own store', async ({ playwright }) => {
  // Each variant takes a port per skin of SKINS (classic, spa, dragon), served or not.
  const ports = await runOfPorts(8);
  const [base, smtp, api] = [ports[0], ports[6], ports[7]];
  const run = start({ STANDIN_PORT: String(base), SMTP_PORT: String(smtp), MAIL_API_PORT: String(api), STANDIN_SKIN: 'classic,spa', STANDIN_VARIANTS: 'unchanged,submit-renamed', STANDIN_DRIFT: '' });
  try {
    await expect.poll(run.output, { timeout: 20_000 }).toContain('Local inbox:');
    // Variant after variant, each with every skin: classic, spa (dragon's port left free), then the next variant's.
    expect(run.output()).toContain(`http://127.0.0.1:${base + 1}/billmgr  (spa skin, unchanged;`);
    expect(run.output()).toContain(`http://127.0.0.1:${base + 3}/billmgr  (classic skin, submit-renamed;`);
    expect(run.output()).toContain(`http://127.0.0.1:${base + 4}/billmgr  (spa skin, submit-renamed;`);
    const drifts = await Promise.all([0, 1, 3, 4].map(async (offset) => ((await (await fetch(`http://127.0.0.1:${base + offset}/healthz`)).json()) as { drift: string | null }).drift));
    expect(drifts).toEqual([null, null, 'submit-renamed', 'submit-renamed']);
    const register = async (port: number) => (await (await fetch(`http://127.0.0.1:${port}/billmgr?func=register`)).text()).includes('Создать аккаунт');
    expect([await register(base), await register(base + 3)]).toEqual([false, true]);
    // An account made on one variant is unknown to the other: the variants never share data.
    const request = await playwright.request.newContext();
    const form = await (await request.get(`http://127.0.0.1:${base}/billmgr?func=register&out=sjson`)).json();
    const email = `variants-${Date.now()}@inbox.test`;
    const fields = { first_name: 'A', last_name: 'B', email, password: 'Str0ng-Passw0rd!', password_repeat: 'Str0ng-Passw0rd!', country: 'GB', agree_terms: 'on', agree_privacy: 'on', agree_tax: 'on', 'g-recaptcha-response': CAPTCHA_RESPONSE };
    await request.post(`http://127.0.0.1:${base}/billmgr?func=register`, { form: { _csrf: form.csrf, ...fields }, headers: { accept: 'application/json' } });
    expect((await (await request.get(`http://127.0.0.1:${base + 1}/billmgr?out=sjson`)).json()).page).toMatchObject({ page: 'main', account: email });
    expect((await (await request.get(`http://127.0.0.1:${base + 4}/billmgr?out=sjson`)).json()).page?.page).not.toBe('main');
  } finally {
    run.child.kill('SIGTERM');
    expect(await run.exited).toBe(0);
  }
});
