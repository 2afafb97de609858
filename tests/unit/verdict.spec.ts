import { createServer } from 'node:http';
import { expect, test } from '@playwright/test';
import { DomUtils, parseDocument } from 'htmlparser2';
import { ConfigurationError } from '../../src/config/preflight.js';
import type { GuideRunRecord, SentenceRecord } from '../../src/execute/record.js';
import { TargetWatch } from '../../src/execute/target-watch.js';
import { classifyStepError } from '../../src/execute/verdict.js';
import { MailboxUnavailableError, MailTimeoutError } from '../../src/mailbox/types.js';
import type { GuideOutcome } from '../../src/report/guide-reporter.js';
import { junitXml } from '../../src/report/junit.js';
import { driftSummary } from '../../src/report/summary.js';
import { guideVerdict, runVerdict } from '../../src/report/verdict.js';
import { CaptchaChallengeError } from '../../src/ui/captcha.js';
import { DriftError } from '../../src/ui/drift-error.js';
import { listenAnywhere } from '../support/ports.js';

const drift = new DriftError({ kind: 'label-missing', expected: 'Expected a button named «Регистрация».', actual: 'the nearest buttons are «Войти»' });

test.describe('a step error keeps its kind', () => {
  test('drift is what the guide got wrong: a DriftError, or the letter not coming', () => {
    expect(classifyStepError(drift)).toEqual({ verdict: 'failed', drift: drift.details });
    expect(classifyStepError(new MailTimeoutError('a@b.test', 5000))).toMatchObject({ verdict: 'failed', drift: { kind: 'no-email' } });
  });

  test('the site, the browser, the mailbox, the settings and the suite\'s own bugs could not verify', () => {
    const cases: Array<[unknown, string]> = [
      [new Error('page.goto: net::ERR_CONNECTION_REFUSED at http://127.0.0.1:9/billmgr\nCall log: …'), 'target-unreachable'],
      [new Error('apiRequestContext.get: connect ECONNREFUSED 127.0.0.1:9'), 'target-unreachable'],
      [new TypeError('fetch failed', { cause: Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:9'), { code: 'ECONNREFUSED' }) }), 'target-unreachable'],
      [new Error('locator.click: Target page, context or browser has been closed'), 'browser-closed'],
      [new Error('page.goto: Page crashed'), 'browser-closed'],
      [new Error('browserContext.newPage: Browser has been closed'), 'browser-closed'],
      [new MailboxUnavailableError('server', 'the mail API answered HTTP 500', 500), 'mailbox-unavailable'],
      [new ConfigurationError(['BASE_URL is not a URL']), 'configuration'],
      [new CaptchaChallengeError("ticking «I'm not a robot» opened a challenge («recaptcha challenge expires in two minutes»), which a test never solves"), 'captcha'],
      [new TypeError("Cannot read properties of undefined (reading 'click')"), 'unexpected'],
      [Object.assign(new Error('locator.fill: Timeout 10000ms exceeded.'), { name: 'TimeoutError' }), 'unexpected'],
      ['a string thrown', 'unexpected'],
    ];
    for (const [error, cause] of cases) {
      const outcome = classifyStepError(error);
      expect(outcome, String(error)).toMatchObject({ verdict: 'could not verify', unverified: { cause } });
    }
    const refused = classifyStepError(new Error('apiRequestContext.get: connect ECONNREFUSED 127.0.0.1:9\nCall log:\n  - → GET http://127.0.0.1:9/legal/terms'));
    expect(refused).toEqual({ verdict: 'could not verify', unverified: { cause: 'target-unreachable', detail: 'apiRequestContext.get: connect ECONNREFUSED 127.0.0.1:9' } });
    const engineBug = classifyStepError(new TypeError("Cannot read properties of undefined (reading 'click')"));
    expect(engineBug.verdict === 'could not verify' && engineBug.unverified.detail).toBe("TypeError: Cannot read properties of undefined (reading 'click')");
  });

  test('a DriftError thrown after the site failed is void: the page it judged was not there', () => {
    const outcome = classifyStepError(drift, { kind: 'target-error', detail: 'HTTP 503 from http://site/billmgr' });
    expect(outcome).toEqual({ verdict: 'could not verify', unverified: { cause: 'target-error', detail: 'HTTP 503 from http://site/billmgr' } });
  });
});

test('the target watch sees 5xx documents and refused connections, and forgets them when the next page is fine', async ({ page }) => {
  const server = createServer((request, response) => {
    response.statusCode = request.url === '/boom' ? 503 : 200;
    response.setHeader('content-type', 'text/html');
    response.end(request.url === '/api' ? '{}' : '<h1>page</h1>');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const base = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
  const closed = await listenAnywhere();
  await new Promise((resolve) => closed.server.close(resolve));
  const watch = new TargetWatch(page, base);
  try {
    await page.goto(`${base}/ok`);
    expect(watch.trouble()).toBeUndefined();
    watch.startStep();
    await page.goto(`${base}/boom`);
    expect(watch.trouble()).toEqual({ kind: 'target-error', detail: `HTTP 503 from ${base}/boom` });
    // The page in front of the reader is still the error page in the next step.
    watch.startStep();
    expect(watch.trouble()?.kind).toBe('target-error');
    await page.goto(`${base}/ok`);
    watch.startStep();
    expect(watch.trouble()).toBeUndefined();
    await page.goto(`http://127.0.0.1:${closed.port}/billmgr`).catch(() => undefined);
    expect(watch.trouble()).toMatchObject({ kind: 'target-unreachable', detail: expect.stringMatching(/^net::ERR_CONNECTION_REFUSED at /) });
  } finally {
    watch.dispose();
    server.close();
  }
});

function sentence(status: SentenceRecord['status'], line: number, extra: Partial<SentenceRecord> = {}): SentenceRecord {
  return { line, column: 1, text: `Sentence <${line}> & "${status}"`, kind: 'action', status, notes: [], ...extra };
}

function outcome(sentences: SentenceRecord[], extra: Partial<GuideOutcome> = {}): GuideOutcome {
  const record: GuideRunRecord = {
    guide: 'src/ru/client-area/register.md',
    file: '/nonexistent/register.md',
    title: 'Регистрация',
    lang: 'ru',
    target: 'http://127.0.0.1:9',
    updateMode: 'none',
    sentences,
    images: [],
  };
  const status = sentences.some((s) => s.status === 'failed' || s.status === 'could not verify') ? 'failed' : 'passed';
  return { record, status, project: 'guides', verdict: guideVerdict(record, status, 'fail'), errors: [], attachments: [], ...extra };
}

const unreachable = { cause: 'target-unreachable' as const, detail: 'net::ERR_CONNECTION_REFUSED at http://127.0.0.1:9/billmgr' };

test.describe('verdicts and reports', () => {
  test('any drift makes the run drift; otherwise anything unverified makes it could-not-verify', () => {
    const drifted = outcome([sentence('verified', 22), sentence('failed', 24, { drift: drift.details }), sentence('not run', 26)]);
    const unverified = outcome([sentence('could not verify', 22, { unverified: unreachable }), sentence('not run', 24)]);
    const holds = outcome([sentence('verified', 22), sentence('narrative', 24)]);
    expect([drifted.verdict, unverified.verdict, holds.verdict]).toEqual(['drift', 'could not verify', 'holds']);
    expect(runVerdict([holds.verdict, unverified.verdict, drifted.verdict])).toBe('drift');
    expect(runVerdict([holds.verdict, unverified.verdict])).toBe('could not verify');
    expect(runVerdict([holds.verdict])).toBe('holds');
    // A test that failed with nothing in the record to account for it was not verified.
    expect(guideVerdict(holds.record, 'timedOut', 'fail')).toBe('could not verify');
    // Visual-only drift counts as holding under VISUAL_DRIFT=warn.
    const visual = { ...holds.record, images: [{ src: '/i/2.png', file: 'i/2.png', line: 30, status: 'drift' as const, attachments: {} }] };
    expect(guideVerdict(visual, 'passed', 'warn')).toBe('holds');
    expect(guideVerdict(visual, 'failed', 'fail')).toBe('drift');
  });

  test('could not verify is a JUnit error, drift a failure, and the XML is well-formed whatever the text', () => {
    const xml = junitXml([outcome([sentence('verified', 20), sentence('could not verify', 22, { unverified: unreachable }), sentence('not run', 24)])], [], []);
    expect(xml).toContain('<error message="Could not verify: the site did not answer (net::ERR_CONNECTION_REFUSED at http://127.0.0.1:9/billmgr)" type="target-unreachable">');
    expect(xml).not.toContain('<failure');
    const parsed = parseDocument(xml, { xmlMode: true });
    const root = DomUtils.findOne((element) => element.name === 'testsuites', parsed.children);
    expect([root?.attribs.errors, root?.attribs.failures, root?.attribs.skipped]).toEqual(['1', '0', '1']);
    const first = DomUtils.findOne((element) => element.name === 'testcase', parsed.children);
    expect(first?.attribs.name).toBe('src/ru/client-area/register.md:20:1 Sentence <20> & "verified"');

    const driftXml = junitXml([outcome([sentence('failed', 22, { drift: { ...drift.details, actual: 'control \u001b[31m chars' } })])], [], ['a guide did not load']);
    expect(driftXml).toContain('<failure message="label-missing: Expected a button named «Регистрация». The page has instead: control [31m chars" type="label-missing">');
    expect(driftXml).toContain('<error message="a guide did not load" type="load">');
  });

  test('the summary has its own "Could not verify" section, never says the guide no longer holds, and tells each failure once', () => {
    const unverified = outcome([sentence('verified', 20), sentence('could not verify', 22, { unverified: unreachable }), sentence('not run', 24)], {
      errors: [],
    });
    const text = driftSummary({ outcomes: [unverified], unrecorded: [], loadErrors: [], status: 'failed', verdict: 'could not verify' });
    expect(text).toContain('## ⚠️ Could not verify 1 of 1 guide(s)');
    expect(text).toContain('| src/ru/client-area/register.md | 22 | Sentence <22> & "could not verify" | the site did not answer | net::ERR_CONNECTION_REFUSED at http://127.0.0.1:9/billmgr |');
    expect(text).not.toMatch(/no longer (holds|match)/);
    expect(text.split('ERR_CONNECTION_REFUSED')).toHaveLength(2);

    const drifted = outcome([sentence('failed', 22, { drift: drift.details })]);
    const both = driftSummary({ outcomes: [drifted], unrecorded: [{ guide: 'src/en/client-area/register.md', project: 'guides-spa', title: 'Registration', error: 'mailbox fixture failed' }], loadErrors: [], status: 'failed', verdict: 'drift' });
    expect(both).toContain('## ❌ 1 of 2 guide(s) no longer match the UI');
    expect(both).toContain('## ⚠️ Could not verify 1 of 2 guide(s)');
    expect(both).toContain('| src/en/client-area/register.md (guides-spa) | | | the guide\'s run could not start | mailbox fixture failed |');
    expect(both.split('Expected a button named «Регистрация».')).toHaveLength(2);
    expect(both).not.toContain('Other failures');
  });

  test('an image whose size changed is named with both sizes in the summary', () => {
    const resized = outcome([sentence('verified', 22)]);
    resized.record.images.push({
      src: '/images/2.png',
      file: 'guides/images/2.png',
      line: 34,
      status: 'drift',
      diffRatio: 0.001,
      sizeChange: '1280×800 → 1280×860',
      message: "the image's size changed: 1280×800 → 1280×860 (committed → fresh); in the 1280×800 both cover, 0.10% of the pixels differ",
      attachments: {},
    });
    const text = driftSummary({ outcomes: [{ ...resized, verdict: 'drift' }], unrecorded: [], loadErrors: [], status: 'failed', verdict: 'drift' });
    expect(text).toContain("| image /images/2.png | visual drift: the image changed | the image's size changed: 1280×800 → 1280×860");
    expect(text).toContain('| guides/images/2.png | drift | size 1280×800 → 1280×860; 0.10% of the overlap |');
  });
});
