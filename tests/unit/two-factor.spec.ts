import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { expect, test, type Page } from '@playwright/test';
import { HOTP, Secret, TOTP } from 'otpauth';
import QRCode from 'qrcode';
import { isDriftError } from '../../src/ui/drift-error.js';
import type { Target } from '../../src/config/target.js';
import { expectCodeAtLogOn, expectTwoFactorSetup, TWO_FACTOR_KEY } from '../../src/vocabulary/steps/two-factor.js';
import { stepContext } from '../support/step-context.js';

const EMAIL = 'x@inbox.test';
const PASSWORD = 'Secret-Passw0rd!';

const totpURI = (secret: string) => new TOTP({ issuer: 'example.test', label: EMAIL, secret: Secret.fromBase32(secret), algorithm: 'SHA1', digits: 6, period: 30 }).toString();

/** The setup page as a site draws it: the QR code as an image, the key in words, the account, the code's field. */
async function drawSetup(page: Page, { qr, key }: { qr: string; key: string }): Promise<void> {
  const image = await QRCode.toDataURL(qr, { margin: 1, scale: 6 });
  await page.setContent(`<main>
    <h1>Two-factor authentication</h1>
    <img src="${image}" width="225" height="225">
    <p>Save key <a href="#">save</a></p>
    <div><label for="a">Account name</label><input id="a" readonly value="example.test:(${EMAIL})"></div>
    <div><label for="k">Key</label><textarea id="k" readonly>${key}</textarea></div>
    <div><label for="c">Temporary password *</label><input id="c"></div>
    <button>Ok</button></main>`);
}

const failure = async (run: Promise<unknown>) => {
  const error = await run.then(() => undefined, (e: unknown) => e);
  if (!isDriftError(error)) throw new Error(`expected drift, got ${String(error)}`);
  return error;
};

test('the QR code read from the page carries the TOTP key the page shows in words; the notes say so without the key, and every form of it is kept secret', async ({ page }) => {
  const secret = new Secret({ size: 40 }).base32;
  const shown = `${secret.slice(0, 39)}\n${secret.slice(39)}`;
  await drawSetup(page, { qr: totpURI(secret), key: shown });
  const context = stepContext(page, { lang: 'en', sentence: 'The system will show you a page with important information:' });
  await expectTwoFactorSetup(context);
  expect(context.memory.get(TWO_FACTOR_KEY)).toEqual({ secret, algorithm: 'SHA1', digits: 6, period: 30 });
  const picture = (await page.getByRole('img').getAttribute('src')) ?? '';
  expect(picture).toMatch(/^data:image\/png;base64,/u);
  // The key as the QR code carries it, as the page writes it, as computed, and the picture's data.
  expect(context.kept).toEqual(expect.arrayContaining([totpURI(secret), shown, secret, picture.slice(picture.indexOf(',') + 1)]));
  expect(context.notes.join('\n')).toMatch(/QR code read: a TOTP key \(SHA1, 6 digits, 30 s\); «Key» shows the same key/u);
  for (const note of context.notes) {
    expect(note).not.toContain(secret);
    expect(note).not.toContain(secret.slice(0, 16));
    expect(note).not.toContain('otpauth');
  }
});

test('a key shown that is not the QR code\'s is drift, and the message quotes neither key', async ({ page }) => {
  const secret = new Secret({ size: 40 }).base32;
  const other = new Secret({ size: 40 }).base32;
  await drawSetup(page, { qr: totpURI(secret), key: other });
  const context = stepContext(page, { lang: 'en', uiTimeout: 3_000 });
  const error = await failure(expectTwoFactorSetup(context));
  expect(error.details.kind).toBe('claim-broken');
  expect(error.message).toContain('another key than the QR code');
  expect(error.message).not.toContain(secret.slice(0, 16));
  expect(error.message).not.toContain(other.slice(0, 16));
  // The failed test's artifacts (the error's page snapshot) show both: both are masked.
  expect(context.kept).toEqual(expect.arrayContaining([secret, other]));
});

test('a QR code with a counter-based key (HOTP) is not what the guide claims', async ({ page }) => {
  const secret = new Secret({ size: 20 }).base32;
  const hotp = new HOTP({ label: EMAIL, secret: Secret.fromBase32(secret) }).toString();
  await drawSetup(page, { qr: hotp, key: secret });
  const context = stepContext(page, { lang: 'en', uiTimeout: 3_000 });
  const error = await failure(expectTwoFactorSetup(context));
  expect(error.message).toContain('time-based key (TOTP)');
  expect(context.kept).toContain(hotp);
});

/**
 * A site with two-step log-on, verifying codes as RFC 6238 says; `letAnyCodeIn` is one that does not.
 */
async function twoStepSite(secret: string, letAnyCodeIn = false): Promise<{ url: string; close: () => Promise<void> }> {
  const totp = new TOTP({ secret: Secret.fromBase32(secret), algorithm: 'SHA1', digits: 6, period: 30 });
  const page = (body: string) => `<!doctype html><html lang="en"><body><main>${body}</main></body></html>`;
  const codeForm = (error = '') => page(`<h1>Log in</h1><form method="post" action="/code"><label for="t">Temporary password</label><input id="t" name="totp"><div role="alert">${error}</div><button>Log in</button></form>`);
  const server = http.createServer((request, response) => {
    let body = '';
    request.on('data', (chunk) => (body += chunk));
    request.on('end', () => {
      const form = new URLSearchParams(body);
      response.setHeader('content-type', 'text/html; charset=utf-8');
      if (request.method === 'POST' && request.url === '/logon') {
        if (form.get('username') !== EMAIL || form.get('password') !== PASSWORD) return response.end(page('<p>Wrong password</p>'));
        response.writeHead(303, { location: '/code' });
        return response.end();
      }
      if (request.method === 'GET' && request.url === '/code') return response.end(codeForm());
      if (request.method === 'POST' && request.url === '/code') {
        if (!letAnyCodeIn && totp.validate({ token: form.get('totp') ?? '', window: 1 }) === null) return response.end(codeForm('Invalid temporary password'));
        return response.end(page(`<header>${EMAIL}</header><h1>Home</h1>`));
      }
      return response.end(page(`<h1>Log in</h1><form method="post" action="/logon"><label for="u">Login</label><input id="u" name="username" autocomplete="username"><label for="p">Password</label><input id="p" name="password" type="password"><button>Log in</button></form>`));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/`, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}

function logOnContext(page: Page, url: string, secret: string) {
  const context = stepContext(page, { lang: 'en', uiTimeout: 5_000 });
  Object.assign(context, { target: { baseURL: url } as Target, account: { ...context.account, email: EMAIL, password: PASSWORD } });
  context.memory.set(TWO_FACTOR_KEY, { secret, algorithm: 'SHA1', digits: 6, period: 30 });
  return context;
}

test('log-on in a new browser: the password, then a wrong code refused and a fresh one let in', async ({ page }) => {
  const secret = new Secret({ size: 40 }).base32;
  const site = await twoStepSite(secret);
  try {
    const context = logOnContext(page, site.url, secret);
    await expectCodeAtLogOn(context);
    expect(context.notes.join('\n')).toContain('a wrong code was refused, a code the key gives now let the account in');
    expect(context.notes.join('\n')).not.toContain(secret);
  } finally {
    await site.close();
  }
});

test('a site that lets a wrong code in no longer holds what the guide says', async ({ page }) => {
  const secret = new Secret({ size: 40 }).base32;
  const site = await twoStepSite(secret, true);
  try {
    const error = await failure(expectCodeAtLogOn(logOnContext(page, site.url, secret)));
    expect(error.details.expected).toBe('Expected a wrong code to be refused at log-on.');
  } finally {
    await site.close();
  }
});

test('a key a step kept through the fixture\'s keeper reaches the scrubber of that test and retry once, and is masked in its artifacts', async () => {
  const { mkdtempSync, readFileSync, writeFileSync, rmSync } = await import('node:fs');
  const os = await import('node:os');
  const path = await import('node:path');
  const { secretKey } = await import('../../src/config/account.js');
  const { keeperFor, takeRuntimeSecrets } = await import('../../src/report/runtime-secrets.js');
  const { scrubSecrets } = await import('../../src/report/scrub.js');
  const secret = new Secret({ size: 40 }).base32;
  const testId = `unit-two-factor-${Date.now()}`;
  keeperFor({ testId, retry: 1 })(secret);
  expect(takeRuntimeSecrets(secretKey(testId, 0))).toEqual([]);
  const taken = takeRuntimeSecrets(secretKey(testId, 1));
  expect(taken).toEqual([secret]);
  expect(takeRuntimeSecrets(secretKey(testId, 1))).toEqual([]);
  const dir = mkdtempSync(path.join(os.tmpdir(), 'two-factor-scrub-'));
  try {
    writeFileSync(path.join(dir, 'error-context.md'), `textbox "Key": ${secret}`);
    scrubSecrets([dir], taken);
    expect(readFileSync(path.join(dir, 'error-context.md'), 'utf8')).toBe('textbox "Key": ••••••••');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('a test whose pages showed a secret keeps no picture: screenshots and the trace\'s frames are blanked', async () => {
  const { mkdtempSync, readFileSync, writeFileSync, rmSync } = await import('node:fs');
  const os = await import('node:os');
  const path = await import('node:path');
  const AdmZip = (await import('adm-zip')).default;
  const { blankPictures } = await import('../../src/report/scrub.js');
  const dir = mkdtempSync(path.join(os.tmpdir(), 'two-factor-blank-'));
  try {
    const qr = await QRCode.toBuffer('otpauth://totp/x?secret=JBSWY3DPEHPK3PXP');
    writeFileSync(path.join(dir, 'test-failed-1.png'), qr);
    const zip = new AdmZip();
    zip.addFile('resources/page@1.jpeg', qr);
    zip.addFile('trace.trace', Buffer.from('{"type":"screencast-frame"}'));
    zip.writeZip(path.join(dir, 'trace.zip'));
    expect(blankPictures([dir])).toBe(2);
    expect(readFileSync(path.join(dir, 'test-failed-1.png')).length).toBeLessThan(100);
    const after = new AdmZip(path.join(dir, 'trace.zip'));
    expect(after.getEntry('resources/page@1.jpeg')?.getData().length).toBeLessThan(100);
    expect(after.getEntry('trace.trace')?.getData().toString()).toBe('{"type":"screencast-frame"}');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
