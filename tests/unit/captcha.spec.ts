import { expect, test, type Page } from '@playwright/test';
import { classifyStepError, UNVERIFIED_CAUSE_TEXT } from '../../src/execute/verdict.js';
import { CaptchaChallengeError, passCaptcha } from '../../src/ui/captcha.js';
import { findDocument } from '../../src/ui/documents.js';
import { isDriftError } from '../../src/ui/drift-error.js';
import type { StepContext } from '../../src/vocabulary/index.js';
import { acceptTerms, registerAndLand } from '../../src/vocabulary/steps/forms.js';
import { DOCUMENTS } from '../../src/vocabulary/steps/keys.js';
import { ABSENCE_MS, stepContext } from '../support/step-context.js';

/**
 * A captcha as sites show one: Google's reCAPTCHA v2 draws «I'm not a robot» in a frame of its own
 * (titled «reCAPTCHA»), a checkbox span with aria-checked; on its test keys a click ticks it, with
 * any other key it may open a challenge (pictures to pick) in a second frame over the page. Markup
 * nobody here wrote: the engine ticks the box as a person does, and never solves a challenge.
 */

const ORIGIN = 'http://captcha.test';

/** How the widget answers a click: ticks (test keys), or opens a challenge. */
type Answer = 'tick' | 'challenge';

/** Google's anchor frame, with its ARIA (or none, as on a site whose components say nothing). */
const anchor = (answer: Answer, aria: boolean) => `<!doctype html><html><body style="margin:0;font:14px sans-serif">
<style>
  .panel { width: 300px; height: 74px; border: 1px solid #d3d3d3; background: #f9f9f9; display: flex; align-items: center; gap: 12px; padding-left: 12px; }
  .box { position: relative; width: 28px; height: 28px; cursor: pointer; }
  .border { position: absolute; left: 2px; top: 2px; width: 24px; height: 24px; box-sizing: border-box; border: 2px solid #c1c1c1; background: #fff; }
  .checked .border { border-color: transparent; background: transparent; }
  .checked .border::after { content: ''; position: absolute; left: 5px; top: -6px; width: 8px; height: 20px; border: solid #009e55; border-width: 0 4px 4px 0; transform: rotate(40deg); }
  .loading .border { visibility: hidden; }
</style>
<div class="panel">
  <span id="box" class="box" tabindex="0"${aria ? ' role="checkbox" aria-checked="false" aria-labelledby="label"' : ''}><div class="border"${aria ? ' role="presentation"' : ''}></div></span>
  <label id="label"${aria ? ' aria-hidden="true"' : ''}>I'm not a robot</label>
  <div style="margin-left:auto;margin-right:8px;font-size:10px;text-align:center">reCAPTCHA<br><span style="font-size:8px">Privacy - Terms</span></div>
</div>
<script>
  const box = document.getElementById('box');
  box.addEventListener('click', () => {
    window.clicks = (window.clicks || 0) + 1;
    box.classList.add('loading');
    // The provider's answer comes a moment later, as over the network.
    setTimeout(() => {
      box.classList.remove('loading');
      if (${JSON.stringify(answer)} === 'challenge') return parent.postMessage('challenge', '*');
      box.classList.add('checked');
      ${aria ? "box.setAttribute('aria-checked', 'true');" : ''}
      parent.postMessage('token', '*');
    }, 30);
  });
</script></body></html>`;

/** The site's page: a field, the widget's frame, a hidden challenge frame over the page; the token lands in a hidden field. */
const page_ = (answer: Answer, aria: boolean) => `<!doctype html><html><body style="font:14px sans-serif">
<form novalidate>
  <div data-field="email"><label>Email <input name="email" type="email"></label></div>
  <div style="width:304px;height:78px"><iframe title="reCAPTCHA" src="/anchor?answer=${answer}&aria=${aria}" width="304" height="78" frameborder="0"></iframe></div>
  <textarea name="g-recaptcha-response" style="display:none"></textarea>
</form>
<div id="challenge" style="visibility:hidden;position:absolute;top:20px;left:200px"><iframe title="recaptcha challenge expires in two minutes" src="/bframe" width="400" height="300"></iframe></div>
<script>
  window.addEventListener('message', (event) => {
    if (event.data === 'token') document.querySelector('textarea').value = 'token-1';
    if (event.data === 'challenge') document.getElementById('challenge').style.visibility = 'visible';
  });
</script></body></html>`;

async function serve(page: Page, html: string): Promise<void> {
  await page.unrouteAll();
  await page.route(`${ORIGIN}/**`, async (route) => {
    const url = new URL(route.request().url());
    if (url.pathname === '/anchor') return route.fulfill({ contentType: 'text/html; charset=utf-8', body: anchor(url.searchParams.get('answer') as Answer, url.searchParams.get('aria') === 'true') });
    if (url.pathname === '/bframe') return route.fulfill({ contentType: 'text/html; charset=utf-8', body: '<p>Select all images with <b>traffic lights</b></p><table><tr><td>▦</td><td>▦</td><td>▦</td></tr></table><button>Verify</button>' });
    return route.fulfill({ contentType: 'text/html; charset=utf-8', body: html });
  });
  await page.goto(`${ORIGIN}/register`);
  // The widget's frame is drawn (its box shown) before a reader looks for it.
  await page.frameLocator('iframe[title="reCAPTCHA"]').locator('#box').waitFor();
}

const anchorFrame = (page: Page) => page.frames().find((frame) => frame.url().includes('/anchor'));

test('a reCAPTCHA on its test keys, in its own frame, is ticked by its role and name; the token reaches the form', async ({ page }) => {
  await serve(page, page_('tick', true));
  expect(await passCaptcha(page, 5_000)).toBe("ticked «I'm not a robot» (the captcha let the reader through without a challenge)");
  await expect(page.locator('textarea')).toHaveValue('token-1');
  expect(await anchorFrame(page)?.evaluate(() => document.getElementById('box')?.getAttribute('aria-checked'))).toBe('true');
  // Ticked already: nothing more to do, and nothing said.
  expect(await passCaptcha(page, 5_000)).toBeUndefined();
  expect(await anchorFrame(page)?.evaluate(() => (window as unknown as { clicks: number }).clicks)).toBe(1);
});

test('the same widget with no role at all is found by its look and the words beside it, and read as ticked once it shows the mark', async ({ page }) => {
  await serve(page, page_('tick', false));
  // A white box on the widget's grey panel is an empty box, not a ticked one.
  expect(await passCaptcha(page, 5_000)).toBe("ticked «I'm not a robot» (the captcha let the reader through without a challenge)");
  await expect(page.locator('textarea')).toHaveValue('token-1');
  expect(await anchorFrame(page)?.evaluate(() => (window as unknown as { clicks: number }).clicks)).toBe(1);
});

for (const aria of [true, false]) {
  test(`a captcha that opens a challenge after the click could not be verified, never drift (${aria ? 'ARIA' : 'no role'})`, async ({ page }) => {
    await serve(page, page_('challenge', aria));
    const error = await passCaptcha(page, 5_000).then(() => undefined, (e: unknown) => e);
    expect(error).toBeInstanceOf(CaptchaChallengeError);
    expect((error as Error).message).toBe("ticking «I'm not a robot» opened a challenge («recaptcha challenge expires in two minutes»), which a test never solves");
    expect(isDriftError(error)).toBe(false);
    expect(classifyStepError(error)).toEqual({ verdict: 'could not verify', unverified: { cause: 'captcha', detail: (error as Error).message } });
    await expect(page.locator('textarea')).toHaveValue('');
  });
}

test('what the report says of a captcha challenge, and what to do about it', () => {
  expect(UNVERIFIED_CAUSE_TEXT.captcha).toEqual({
    short: 'the form shows a captcha challenge',
    fix: 'run against a staging instance configured with the captcha provider\'s test keys (see README, "Real target")',
  });
});

test('a captcha with nothing to tick stops the sentence that submits the form as could not verify, before anything is pressed', async ({ page }) => {
  await page.setContent('<form><label>Имя* <input></label><iframe title="reCAPTCHA"></iframe><button onclick="this.textContent=\'pressed\'" type="button">Зарегистрироваться</button></form>');
  const context = stepContext(page, { sentence: 'После нажатия кнопки «Зарегистрироваться» вы попадёте на главную страницу.', uiTimeout: ABSENCE_MS });
  const error = await registerAndLand(context, 'Зарегистрироваться').then(() => undefined, (e: unknown) => e);
  expect(error).toBeInstanceOf(CaptchaChallengeError);
  expect((error as Error).message).toBe('the form shows a captcha («reCAPTCHA») with no box to tick');
  expect(classifyStepError(error)).toMatchObject({ verdict: 'could not verify', unverified: { cause: 'captcha' } });
  await expect(page.getByRole('button', { name: 'Зарегистрироваться' })).toBeVisible();
});

test('a page with no captcha asks nothing of the reader', async ({ page }) => {
  await page.setContent('<form><label>Email <input></label><label><input type="checkbox"> Я даю согласие с условиями*</label></form>');
  expect(await passCaptcha(page, 5_000)).toBeUndefined();
});

/** A registration form with three required consents and a captcha drawn in the page itself. */
const CONSENTS = `<!doctype html><html><body style="font:14px sans-serif;width:460px">
<form novalidate>
  <div data-field="email"><label>Email* <input name="email" type="email" value="x@inbox.test"></label></div>
  <div data-field="captcha" style="display:flex;gap:10px;margin-top:14px;padding:12px;border:1px solid #ccc;background:#f9f9f9">
    <span id="robot" role="checkbox" aria-checked="false" tabindex="0" style="display:inline-block;width:22px;height:22px;border:2px solid #999;background:#fff"></span><span>I'm not a robot</span>
  </div>
  ${['terms', 'privacy', 'tax']
    .map(
      (name, i) => `<div data-field="agree_${name}" style="margin-top:14px"><div style="display:flex;gap:10px"><span role="checkbox" aria-checked="false" tabindex="0" style="display:inline-block;width:16px;height:16px;border:1px solid #333"></span><span>${
        ['I accept the Terms of Service of Senko Digital Ltd', 'I accept the Privacy Policy of Senko Digital', 'I confirm that the selected country in my account corresponds to my tax residency country'][i]
      }*</span></div><a href="/legal/${name}">Details...</a><input type="hidden" name="agree_${name}"></div>`,
    )
    .join('')}
  <input type="hidden" name="g-recaptcha-response">
  <div style="margin-top:30px"><button type="submit">Register</button></div>
</form>
<script>
  window.clicks = {};
  const form = document.forms[0];
  for (const box of document.querySelectorAll('[role=checkbox]')) {
    box.addEventListener('click', () => {
      const field = box.closest('[data-field]').dataset.field;
      window.clicks[field] = (window.clicks[field] || 0) + 1;
      const checked = box.getAttribute('aria-checked') !== 'true';
      box.setAttribute('aria-checked', String(checked));
      if (field === 'captcha') form.elements['g-recaptcha-response'].value = checked ? 'token' : '';
      else box.closest('[data-field]').querySelector('input[type=hidden]').value = checked ? 'on' : '';
    });
  }
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    for (const old of document.querySelectorAll('.error')) old.remove();
    fetch(location.href, { method: 'POST', body: new URLSearchParams(new FormData(form)) }).then((r) => r.json()).then(({ errors }) => {
      for (const [name, text] of Object.entries(errors)) {
        const message = document.createElement('div');
        message.className = 'error';
        message.setAttribute('role', 'alert');
        message.textContent = text;
        document.querySelector('[data-field="' + name + '"]').append(message);
      }
    });
  });
</script></body></html>`;

async function serveConsents(page: Page): Promise<void> {
  await page.unrouteAll();
  await page.route(`${ORIGIN}/**`, async (route) => {
    const request = route.request();
    if (request.method() === 'POST') {
      const form = new URLSearchParams(request.postData() ?? '');
      const errors: Record<string, string> = {};
      for (const name of ['agree_terms', 'agree_privacy', 'agree_tax']) if (!form.get(name)) errors[name] = 'Your consent is required';
      if (!form.get('g-recaptcha-response')) errors.captcha = 'Confirm that you are not a robot';
      return route.fulfill({ contentType: 'application/json', body: JSON.stringify({ errors }) });
    }
    return route.fulfill({ contentType: 'text/html; charset=utf-8', body: CONSENTS });
  });
  await page.goto(`${ORIGIN}/register`);
}

const clicks = (page: Page) => page.evaluate(() => (window as unknown as { clicks: Record<string, number> }).clicks);

/**
 * A step context for «Accept the terms». Its wait is a bound, never a pause: the form's answer and
 * the box's tick end it as soon as they come, however busy the machine.
 */
const accepting = (page: Page) => stepContext(page, { lang: 'en', sentence: 'Accept the terms if you agree with them.' });

async function reviewed(context: StepContext): Promise<void> {
  const names = ['terms of use', 'privacy policy'];
  context.memory.set(DOCUMENTS, await Promise.all(names.map(async (name) => ({ name, text: (await findDocument(context.page, name, 5_000)).text }))));
}

test('"Accept the terms" ticks every consent box the form requires, each once, the reviewed documents\' refused first; the captcha last, and never as a consent', async ({ page }) => {
  await serveConsents(page);
  const context = accepting(page);
  await reviewed(context);
  await acceptTerms(context);
  expect(context.notes).toEqual([
    'ticked the box for «terms of use» (refused without it: Your consent is required)',
    'ticked the box for «privacy policy» (refused without it: Your consent is required)',
    'ticked «I confirm that the selected country in my account corresponds to my tax residency country*», which the form requires too',
    "ticked «I'm not a robot» (the captcha let the reader through without a challenge)",
  ]);
  expect(await clicks(page)).toEqual({ agree_terms: 1, agree_privacy: 1, agree_tax: 1, captcha: 1 });
  await expect(page.getByRole('checkbox', { checked: true })).toHaveCount(4);

  // No documents named before: every consent box is one to accept, refused first; the captcha is none of them.
  await serveConsents(page);
  const unreviewed = accepting(page);
  await acceptTerms(unreviewed);
  expect(unreviewed.notes.map((note) => note.replace(/ \(.*$/, ''))).toEqual([
    'ticked the box for «I accept the Terms of Service of Senko Digital Ltd*»',
    'ticked the box for «I accept the Privacy Policy of Senko Digital*»',
    'ticked the box for «I confirm that the selected country in my account corresponds to my tax residency country*»',
    "ticked «I'm not a robot»",
  ]);
  expect(await clicks(page)).toEqual({ agree_terms: 1, agree_privacy: 1, agree_tax: 1, captcha: 1 });
});
