import { createServer, type Server } from 'node:http';
import { expect, test } from '@playwright/test';
import { runGuides, type ChildRun } from '../support/child-run.js';
import { freePorts } from '../support/ports.js';
import { startStandin } from '../support/standin.js';

/**
 * When the site, the browser or the mailbox fails, `npm start` says it could not verify the guide,
 * with the cause, and exits 2: never "the guide no longer holds". Each case runs the Russian guide
 * through the run wrapper, as `npm start` does.
 */
const RU = { wrapper: true, grep: 'Регистрация в личном' } as const;

function unverifiedSentences(run: ChildRun) {
  return run.guides.flatMap((guide) => guide.sentences.filter((s) => s.status === 'could not verify').map((s) => ({ at: `${s.line}:${s.column}`, cause: s.unverified?.cause })));
}

/** What every could-not-verify run shows, whatever the cause. */
function expectCouldNotVerify(run: ChildRun): void {
  expect(run.exitCode, run.output).toBe(2);
  expect(run.verdict).toBe('could not verify');
  expect(run.output).not.toContain('The guide no longer holds');
  expect(run.output.trimEnd().split('\n').at(-1)).toMatch(/^Exit 2: could not verify/);
  expect(run.guides.flatMap((g) => g.sentences.filter((s) => s.status === 'failed'))).toEqual([]);
  expect(run.summary).toContain('## ⚠️ Could not verify');
  expect(run.summary).not.toMatch(/no longer (holds|match)|Other failures/);
  expect(run.junit).toContain('<error ');
  expect(run.junit).not.toContain('<failure');
}

async function listen(server: Server): Promise<string> {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(server.address() as { port: number }).port}`;
}

test.describe.configure({ mode: 'parallel' });

test('a broken configuration: its message alone, exit 2, before any browser starts', async () => {
  const run = await runGuides({ wrapper: true, env: { BASE_URL: 'ftp://my.senko.digital' } });
  expect(run.exitCode, run.output).toBe(2);
  expect(run.output.trim()).toMatch(/^The configuration is not usable:\n {2}- BASE_URL/);
  expect(run.output).not.toMatch(/No tests found|Guide reports|\n\s+at |Running \d+ test/);
  expect(run.guides).toEqual([]);
});

test('an unreachable BASE_URL: could not verify at the first sentence, exit 2', async () => {
  const [site, mail] = await freePorts(2);
  const run = await runGuides({ ...RU, env: { BASE_URL: `http://127.0.0.1:${site}`, MAIL_API_URL: `http://127.0.0.1:${mail}` } });
  expectCouldNotVerify(run);
  expect(unverifiedSentences(run)).toEqual([{ at: '22:1', cause: 'target-unreachable' }]);
  expect(run.output).toContain(`Could not verify src/ru/client-area/register.md:22:1: the site did not answer (net::ERR_CONNECTION_REFUSED at http://127.0.0.1:${site}/billmgr`);
  expect(run.junit).toMatch(/<error message="Could not verify: the site did not answer \(net::ERR_CONNECTION_REFUSED at [^"]+\)" type="target-unreachable">/);
});

test('the mail API answering 500: could not verify at the letter\'s sentence, exit 2', async () => {
  const standin = await startStandin();
  const mailApi = createServer((_request, response) => {
    response.statusCode = 500;
    response.end('internal error');
  });
  const mailApiURL = await listen(mailApi);
  try {
    // Images are not what this case is about: a visual change elsewhere in the work tree must not make it drift.
    const run = await runGuides({ ...RU, env: { BASE_URL: standin.url, MAIL_API_URL: mailApiURL, VISUAL_DRIFT: 'warn' } });
    expectCouldNotVerify(run);
    expect(unverifiedSentences(run)).toEqual([{ at: '48:1', cause: 'mailbox-unavailable' }]);
    expect(run.output).toMatch(/Could not verify src\/ru\/client-area\/register\.md:48:1: the mailbox could not be read \(the mail API at [^ ]+ answered HTTP 500/);
    const sentences = run.guides[0].sentences;
    expect(sentences.filter((s) => s.line < 48).every((s) => s.status === 'verified' || s.status === 'narrative')).toBe(true);
    const after = sentences.filter((s) => s.line > 48);
    expect(after.length).toBeGreaterThan(0);
    expect(after.every((s) => s.status === 'not run')).toBe(true);
  } finally {
    mailApi.close();
    await standin.app.close();
    await standin.mail.close();
  }
});

test('the site stopped mid-run: could not verify where it was needed next, exit 2', async () => {
  const standin = await startStandin();
  let stopped = false;
  let closing: Promise<void> | undefined;
  // The site goes away as a dead server does: every open connection is cut at once, so no request
  // finds it closing (Fastify answers those with 503, which is a server error, not a dead site)
  // however late a loaded machine sends it.
  const close = () => {
    if (closing) return closing;
    closing = standin.app.close();
    standin.app.server.closeAllConnections();
    return closing;
  };
  // Once the registration page (the first sentence's end) has been served and its assets have
  // loaded, the site goes away; the form is still on screen, so the next request finds no one.
  standin.app.server.on('request', (request, response) => {
    if (stopped || !request.url?.includes('func=register')) return;
    stopped = true;
    response.once('finish', () => setTimeout(() => void close(), 1_000));
  });
  try {
    const run = await runGuides({ ...RU, env: { BASE_URL: standin.url, MAIL_API_URL: standin.mail.apiURL } });
    expect(stopped).toBe(true);
    expectCouldNotVerify(run);
    const unverified = unverifiedSentences(run);
    expect(unverified).toHaveLength(1);
    expect(unverified[0].cause).toBe('target-unreachable');
    const sentences = run.guides[0].sentences;
    expect(sentences.find((s) => s.line === 22)?.status).toBe('verified');
    // The browser (net::ERR_CONNECTION_REFUSED) or Playwright's request client (ECONNREFUSED) finds no one, depending on the
    // step; a request a loaded machine had on its way when the site went away is cut (reset, empty response).
    expect(run.output).toMatch(
      new RegExp(`Could not verify src/ru/client-area/register\\.md:${unverified[0].at}: the site did not answer \\([^)]*(net::ERR_CONNECTION_REFUSED|ECONNREFUSED|net::ERR_CONNECTION_RESET|ECONNRESET|net::ERR_EMPTY_RESPONSE|net::ERR_SOCKET_NOT_CONNECTED|socket hang up)`),
    );
  } finally {
    await close();
    await standin.mail.close();
  }
});

test('a captcha that asks for a challenge: could not verify at «Примите условия», on the skin with roles and on the one without, exit 2', async () => {
  // The form's reCAPTCHA is on a real site's key: its box opens an image challenge when ticked.
  const run = await runGuides({ wrapper: true, drift: 'captcha-challenge', projects: ['guides', 'guides-dragon'], env: { VISUAL_DRIFT: 'off' } });
  expectCouldNotVerify(run);
  const where = run.guides.map((guide) => ({ guide: guide.guide, skin: guide.skin, unverified: unverifiedSentences({ ...run, guides: [guide] }) }));
  expect(where).toHaveLength(4);
  for (const { guide, unverified } of where) {
    expect(unverified, guide).toEqual([{ at: guide.includes('/ru/') ? '30:119' : '30:91', cause: 'captcha' }]);
  }
  expect(new Set(where.map((w) => w.skin))).toEqual(new Set(['classic', 'dragon']));
  expect(run.output).toContain(
    'Could not verify src/ru/client-area/register.md:30:119: the form shows a captcha challenge (ticking «Я не робот» opened a challenge («текущую проверку reCAPTCHA нужно пройти в течение двух минут»), which a test never solves).',
  );
  expect(run.output).toContain("What to do: run against a staging instance configured with the captcha provider's test keys");
  expect(run.junit).toMatch(/<error message="Could not verify: the form shows a captcha challenge \(ticking «I'm not a robot» opened a challenge/);
  expect(run.summary).toMatch(/\| 30 \| Примите условия, если вы согласны с ними\. \| the form shows a captcha challenge \|/);
  // Everything before it held; the consents were given (the captcha comes last), nothing after it ran.
  for (const guide of run.guides) {
    const accept = guide.sentences.find((s) => s.status === 'could not verify');
    expect(guide.sentences.filter((s) => s.line < 30 || (s.line === 30 && s.column === 1)).every((s) => s.status === 'verified' || s.status === 'narrative'), guide.guide).toBe(true);
    expect(accept?.notes.filter((note) => note.startsWith('ticked')), guide.guide).toHaveLength(3);
    expect(guide.sentences.filter((s) => s.line > 30).every((s) => s.status === 'not run'), guide.guide).toBe(true);
  }
});

test('the Telegram guide on a site with no Telegram account configured: the bot step could not be verified, the steps before it were, exit 2', async () => {
  // The stand-in reached as an external BASE_URL: its Telegram imitation is the embedded target's own, not this run's.
  const standin = await startStandin();
  try {
    const run = await runGuides({
      wrapper: true,
      guides: ['src/en/client-area/telegram-notifications.md'],
      env: { BASE_URL: standin.url, MAIL_API_URL: standin.mail.apiURL, VISUAL_DRIFT: 'off' },
    });
    expectCouldNotVerify(run);
    expect(unverifiedSentences(run)).toEqual([{ at: '48:1', cause: 'messenger-account' }]);
    const sentences = run.guides[0].sentences;
    // The username field and «Ok» are the client area's: checked all the same, with a username nobody has.
    expect(sentences.filter((s) => (s.line === 32 && s.column === 1) || s.line === 40).map((s) => [s.line, s.status])).toEqual([
      [32, 'verified'],
      [40, 'verified'],
    ]);
    expect(sentences.find((s) => s.line === 60 && s.column === 174)?.status).toBe('not run');
    expect(run.output).toContain('Could not verify src/en/client-area/telegram-notifications.md:48:1: needs a Telegram account (the guide sends the reader to Telegram (@senkonotifybot)');
    expect(run.summary).toContain('TELEGRAM_USERNAME, TELEGRAM_WEB_URL and TELEGRAM_STORAGE_STATE');
  } finally {
    await standin.close();
  }
});
