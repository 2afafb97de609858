import { expect, test, type Page } from '@playwright/test';
import { isDriftError } from '../../src/ui/drift-error.js';
import { findDocument } from '../../src/ui/documents.js';
import { clearField, fieldFor, formFields } from '../../src/ui/form.js';
import { topNotification } from '../../src/ui/notification.js';
import type { StepContext } from '../../src/vocabulary/index.js';
import { DOCUMENTS } from '../../src/vocabulary/steps/keys.js';
import { confirmInDialog } from '../../src/vocabulary/steps/notifications.js';
import { ABSENCE_MS, stepContext } from '../support/step-context.js';
import { acceptTerms, checkRequired, expectAccountForm, fillContacts } from '../../src/vocabulary/steps/forms.js';

/**
 * Markup nobody here wrote: the same form as the stand-in's, drawn the ways other sites draw it.
 * Every case keeps what the guide says true, so the engine must find its way as a person would.
 */

const ORIGIN = 'http://form.test';

const contextFor = (page: Page, lang: 'ru' | 'en' = 'ru') => stepContext(page, { lang });

/** How the page answers a submission: the refusals' markup, in place or by reloading, and what it does not check. */
interface Answering {
  /** Messages as plain text, not role=alert: only what is new on the page tells them apart. */
  plainMessages?: boolean;
  /** A server-rendered form: the POST answers with the whole page again, the refusals drawn in it. */
  reload?: boolean;
  /** Fields the site accepts empty or wrong. */
  accepts?: string[];
}

/** A form page at ORIGIN whose POST answers with the refused fields as JSON, like an SPA's API (or with the page again). */
async function serve(page: Page, body: string, answering: Answering = {}): Promise<void> {
  const refused = (form: URLSearchParams) => {
    const errors: Record<string, string> = {};
    if (!/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(form.get('email') ?? '')) errors.email = 'Введите корректный адрес';
    if (!form.get('country')) errors.country = 'Выберите страну';
    if (!form.get('agree_terms')) errors.agree_terms = 'Нужно согласие с условиями';
    if (!form.get('agree_privacy')) errors.agree_privacy = 'Нужно согласие с политикой';
    for (const name of answering.accepts ?? []) delete errors[name];
    return errors;
  };
  const html = (errors: Record<string, string>) => {
    const form = answering.reload ? body.replace('<form novalidate>', '<form method="post" novalidate>') : body;
    return `<!doctype html><html><body style="font:14px sans-serif;width:420px">${form}<script>const ERRORS = ${JSON.stringify(errors)};</script>${script(answering)}</body></html>`;
  };
  await page.unrouteAll();
  await page.route(`${ORIGIN}/**`, async (route) => {
    const request = route.request();
    if (request.method() === 'POST') {
      const errors = refused(new URLSearchParams(request.postData() ?? ''));
      if (answering.reload) return route.fulfill({ contentType: 'text/html; charset=utf-8', body: html(errors) });
      return route.fulfill({ contentType: 'application/json', body: JSON.stringify({ errors }) });
    }
    if (request.url().includes('/legal/')) return route.fulfill({ contentType: 'text/html', body: '<h1>Document</h1>' });
    return route.fulfill({ contentType: 'text/html; charset=utf-8', body: html({}) });
  });
  await page.goto(`${ORIGIN}/register`);
}

/**
 * The page's own script: XHR submission (or a native one that reloads), errors as text under the
 * field (role=alert unless plain), no aria-invalid; custom boxes and a searchable country list.
 */
const script = ({ plainMessages = false, reload = false }: Answering) => `<script>
const form = document.forms[0];
const show = (errors) => {
  for (const old of document.querySelectorAll('.error')) old.remove();
  for (const [name, text] of Object.entries(errors)) {
    const message = document.createElement('div');
    message.className = 'error';
    ${plainMessages ? '' : "message.setAttribute('role', 'alert');"}
    message.textContent = text;
    document.querySelector('[data-field="' + name + '"]').append(message);
  }
};
show(ERRORS);
${reload ? '' : `form.addEventListener('submit', async (event) => {
  event.preventDefault();
  show((await (await fetch(location.href, { method: 'POST', body: new URLSearchParams(new FormData(form)) })).json()).errors);
});`}
for (const box of document.querySelectorAll('[role=checkbox]')) {
  box.addEventListener('click', () => {
    const checked = box.getAttribute('aria-checked') !== 'true';
    box.setAttribute('aria-checked', String(checked));
    box.closest('[data-field]').querySelector('input[type=hidden]').value = checked ? 'on' : '';
  });
}
for (const input of document.querySelectorAll('[role=combobox]')) {
  const list = document.getElementById(input.getAttribute('aria-controls'));
  const hidden = input.parentElement.querySelector('input[type=hidden]');
  input.addEventListener('click', () => (list.hidden = false));
  input.addEventListener('input', () => {
    list.hidden = false;
    for (const option of list.children) option.hidden = !option.lastChild.textContent.toLowerCase().includes(input.value.toLowerCase());
  });
  list.addEventListener('mousedown', (event) => event.preventDefault());
  list.addEventListener('click', (event) => {
    const option = event.target.closest('[role=option]');
    hidden.value = option.dataset.code;
    input.value = option.lastChild.textContent.trim();
    list.hidden = true;
  });
  input.parentElement.querySelector('button').addEventListener('click', () => { hidden.value = ''; input.value = ''; });
}
</script>`;

/** A label drawn as a div above its field, tied to nothing. */
const above = (name: string, label: string, control: string) =>
  `<div data-field="${name}" style="margin-bottom:12px"><div style="font-weight:500;margin-bottom:6px">${label}</div><div><div>${control}</div></div></div>`;

const COMBOBOX = `<div style="position:relative;display:flex;width:300px"><span aria-hidden="true">🇬🇧</span><input role="combobox" aria-controls="countries" aria-expanded="false" placeholder="Выберите страну" autocomplete="country-name" style="flex:1"><button type="button" aria-label="Очистить">×</button>
  <div role="listbox" id="countries" hidden><div role="option" data-code="DE"><span aria-hidden="true">🇩🇪</span> Германия</div><div role="option" data-code="GB"><span aria-hidden="true">🇬🇧</span> Великобритания</div><div role="option" data-code="RU"><span aria-hidden="true">🇷🇺</span> Россия</div></div>
  <input type="hidden" name="country"></div>`;

const consent = (name: string, text: string, href: string) =>
  `<div data-field="${name}" style="margin-top:14px"><div><div style="display:flex;gap:10px"><span role="checkbox" aria-checked="false" tabindex="0" style="display:inline-block;width:16px;height:16px;border:1px solid #333"></span><span><span>${text}</span><span>*</span></span></div></div><div><div><a href="${href}">Подробнее...</a></div></div><input type="hidden" name="${name}"></div>`;

/** The stand-in's form the way a single-page app draws it, with labels a person reads but no markup ties. */
const SPA_FORM = `<form novalidate>
  ${above('first_name', 'Ваше имя<span>*</span>', '<input name="first_name" autocomplete="given-name" style="width:300px">')}
  ${above('last_name', 'Фамилия<span>*</span>', '<input name="last_name" style="width:300px">')}
  ${above('email', 'Электронная почта<span>*</span>', '<input name="email" type="email" style="width:300px">')}
  ${above('password', 'Пароль<span>*</span>', '<input name="password" type="password" style="width:300px">')}
  ${above('password_repeat', 'Введите пароль еще раз', '<input name="password_repeat" type="password" style="width:300px">')}
  ${above('country', 'Страна проживания<span>*</span>', COMBOBOX)}
  ${consent('agree_terms', 'Я даю согласие с условиями использования услуг', '/legal/terms')}
  ${consent('agree_privacy', 'Я даю согласие с политикой конфиденциальности', '/legal/privacy')}
  <div style="margin-top:30px"><button type="submit">Зарегистрироваться</button></div>
</form>`;

/** The same form with a hint standing under the address and the country before anything is submitted. */
const HINTED_FORM = SPA_FORM.replace('<input name="email" type="email" style="width:300px">', '$&<div style="font-size:12px">Мы не передаём адрес третьим лицам</div>').replace(
  '<input type="hidden" name="country"></div>',
  '$&<div style="font-size:12px">Страна нужна для учёта НДС</div>',
);

/** What reviewing the documents leaves in memory; their pages are not fetched, as this origin is the browser's only. */
async function reviewedDocuments(context: StepContext): Promise<void> {
  const names = ['условиями использования', 'политикой конфиденциальности'];
  context.memory.set(DOCUMENTS, await Promise.all(names.map(async (name) => ({ name, text: (await findDocument(context.page, name, 5_000)).text }))));
}

async function driftOf(promise: Promise<unknown>) {
  const error = await promise.then(() => undefined, (e: unknown) => e);
  expect(isDriftError(error), String(error)).toBe(true);
  return isDriftError(error) ? error.details : undefined;
}

test('labels shown above their fields but tied to nothing name the fields, relabelled ones included', async ({ page }) => {
  await serve(page, SPA_FORM);
  const context = contextFor(page);
  await expectAccountForm(context);
  const fields = await formFields(page);
  expect(fields.map((f) => [f.role, f.name, f.concept])).toEqual([
    ['textbox', 'Ваше имя*', 'firstName'],
    ['textbox', 'Фамилия*', 'lastName'],
    ['textbox', 'Электронная почта*', 'email'],
    ['textbox', 'Пароль*', 'password'],
    ['textbox', 'Введите пароль еще раз', 'passwordRepeat'],
    ['combobox', 'Страна проживания*', 'country'],
    ['checkbox', 'Я даю согласие с условиями использования услуг*', undefined],
    ['checkbox', 'Я даю согласие с политикой конфиденциальности*', undefined],
  ]);
});

test('fields the guide never names, relabelled with common synonyms, keep their kinds', async ({ page }) => {
  const tied = (id: string, label: string, control = '<input>') => `<div><label for="${id}">${label}</label>${control.replace(/^<(input|select)/, `<$1 id="${id}"`)}</div>`;
  await page.setContent(`<form>
    ${tied('a', 'Ваше имя*')}${tied('b', 'Фамилия*')}${tied('c', 'Электронная почта*')}${tied('d', 'Пароль*', '<input type="password">')}
    ${tied('e', 'Пароль ещё раз', '<input type="password">')}${tied('f', 'Страна проживания*', '<select><option value="">—</option><option>Великобритания</option></select>')}
  </form>`);
  const context = contextFor(page);
  await expectAccountForm(context);
  expect((await formFields(page)).map((f) => f.concept)).toEqual(['firstName', 'lastName', 'email', 'password', 'passwordRepeat', 'country']);
  await page.setContent(`<form>${tied('a', 'E-mail')}${tied('b', 'Your name')}${tied('c', 'Email address')}${tied('d', 'Confirm password', '<input type="password">')}${tied('e', 'Country of residence')}</form>`);
  expect((await formFields(page, { fresh: true })).map((f) => f.concept)).toEqual(['email', 'firstName', 'email', 'passwordRepeat', 'country']);
});

test('a custom country list is opened, searched and picked; the rest typed in', async ({ page }) => {
  await serve(page, SPA_FORM);
  const context = contextFor(page);
  await fillContacts(context);
  await expect(page.getByRole('combobox')).toHaveValue('Великобритания');
  await expect(page.locator('input[name=country]')).toHaveValue('GB');
  await expect(page.locator('input[name=email]')).toHaveValue('x@inbox.test');
  await expect(page.locator('input[name=first_name]')).toHaveValue('Senko');
  await expect(page.locator('input[name=password_repeat]')).toHaveValue('Secret-Passw0rd!');
});

test('a refusal shown as an alert under the field, with no aria-invalid, is read as the refusal', async ({ page }) => {
  await serve(page, SPA_FORM);
  const context = contextFor(page);
  await fillContacts(context);
  await checkRequired(context, ['действительный e-mail адрес', 'страна аккаунта']);
  expect(context.notes).toContain('«Электронная почта*» refused: Введите корректный адрес');
  expect(context.notes).toContain('«Страна проживания*» refused: Выберите страну');
  // Each field was put back as the persona fills it.
  await expect(page.locator('input[name=country]')).toHaveValue('GB');
});

test('a refusal in plain text is told from the hints that stood there before, whether the form answers in place or reloads', async ({ page }) => {
  for (const reload of [false, true]) {
    await serve(page, HINTED_FORM, { plainMessages: true, reload });
    const context = contextFor(page);
    await fillContacts(context);
    await checkRequired(context, ['действительный e-mail адрес', 'страна аккаунта']);
    expect(context.notes, `reloads: ${reload}`).toContain('«Электронная почта*» refused: Введите корректный адрес');
    expect(context.notes, `reloads: ${reload}`).toContain('«Страна проживания*» refused: Выберите страну');
  }
});

test('a form that takes an empty required field without a word is drift, though a hint stands under the field', async ({ page }) => {
  for (const reload of [false, true]) {
    await serve(page, HINTED_FORM, { plainMessages: true, reload, accepts: ['country'] });
    const context = stepContext(page, { uiTimeout: ABSENCE_MS });
    await fillContacts(context);
    const drift = await driftOf(checkRequired(context, ['страна аккаунта']));
    expect(drift, `reloads: ${reload}`).toMatchObject({ kind: 'claim-broken', actual: 'the form accepted it without a word' });
  }
});

test('consent boxes drawn as role=checkbox are found beside their texts, with or without reviewed documents', async ({ page }) => {
  await serve(page, SPA_FORM);
  const context = contextFor(page);
  await fillContacts(context);
  // Nothing reviewed first: the form's consent boxes are found on their own.
  await acceptTerms(context);
  await expect(page.getByRole('checkbox', { checked: true })).toHaveCount(2);
  expect(context.notes.at(-1)).toBe('ticked the box for «Я даю согласие с политикой конфиденциальности*» (refused without it: Нужно согласие с политикой)');

  await serve(page, SPA_FORM);
  const reviewed = contextFor(page);
  await fillContacts(reviewed);
  await reviewedDocuments(reviewed);
  await acceptTerms(reviewed);
  expect(reviewed.notes.filter((n) => n.startsWith('ticked'))).toEqual([
    'ticked the box for «условиями использования» (refused without it: Нужно согласие с условиями)',
    'ticked the box for «политикой конфиденциальности» (refused without it: Нужно согласие с политикой)',
  ]);
});

test('consent boxes with no role at all are found by their look, ticked by a click, and read as ticked only once they show it', async ({ page }) => {
  // ISPsystem-like: a framed square with the hand cursor, its tick drawn by the stylesheet from a class; no role, no aria-checked.
  const drawn = SPA_FORM.replaceAll('<span role="checkbox" aria-checked="false" tabindex="0" style="', '<span class="box" tabindex="0" style="cursor:pointer;');
  const toggling = `<style>.box.on { background: #7335ff; }</style><script>
    for (const box of document.querySelectorAll('.box')) box.addEventListener('click', () => {
      box.classList.toggle('on');
      box.closest('[data-field]').querySelector('input[type=hidden]').value = box.classList.contains('on') ? 'on' : '';
    });
  </script>`;
  await serve(page, drawn + toggling, { plainMessages: true });
  const context = contextFor(page);
  await fillContacts(context);
  expect((await formFields(page)).filter((f) => f.role === 'checkbox').map((f) => [f.drawn, f.name])).toEqual([
    [true, 'Я даю согласие с условиями использования услуг*'],
    [true, 'Я даю согласие с политикой конфиденциальности*'],
  ]);
  await acceptTerms(context);
  expect(context.notes.filter((n) => n.startsWith('ticked'))).toEqual([
    'ticked the box for «Я даю согласие с условиями использования услуг*» (refused without it: Нужно согласие с условиями)',
    'ticked the box for «Я даю согласие с политикой конфиденциальности*» (refused without it: Нужно согласие с политикой)',
  ]);
  await expect(page.locator('.box.on')).toHaveCount(2);
  await expect(page.locator('input[name=agree_terms]')).toHaveValue('on');
});

test('a notification bar with no role is found at the top by its look: set off by its colour, with words', async ({ page }) => {
  await page.setContent(`<body style="margin:0;font:14px sans-serif">
    <div style="background:#fdecef;padding:10px 16px;display:flex;gap:8px"><span>⚠</span><span class="plain">Для получения уведомлений необходимо подтверждение Email адреса</span><span style="cursor:pointer">×</span></div>
    <header style="padding:16px">senko://digital</header><main><h1>Главная</h1><p>Панель</p></main></body>`);
  const { text } = await topNotification(page, 5_000);
  expect(text).toBe('Для получения уведомлений необходимо подтверждение Email адреса');
});

test("a list is emptied with its own clear button, whatever other buttons come before it", async ({ page }) => {
  // A disclosure's summary is a button too, and stands first in the page.
  await serve(page, `<details><summary>Справка</summary><p>…</p></details><button type="button" aria-label="Закрыть">×</button>${SPA_FORM}`);
  const context = contextFor(page);
  await fillContacts(context);
  await expect(page.locator('input[name=country]')).toHaveValue('GB');
  await clearField(await fieldFor(page, 'country'));
  await expect(page.locator('input[name=country]')).toHaveValue('');
  await expect(page.getByRole('combobox')).toHaveValue('');
});

test('boxes the page ticks in advance are unticked for the refusal, then ticked again', async ({ page }) => {
  for (const reviewFirst of [false, true]) {
    // Ticked on screen and in what the form would send.
    await serve(page, SPA_FORM.replaceAll('aria-checked="false"', 'aria-checked="true"').replace(/(<input type="hidden" name="agree_\w+")>/g, '$1 value="on">'));
    const context = contextFor(page);
    await fillContacts(context);
    if (reviewFirst) await reviewedDocuments(context);
    await acceptTerms(context);
    expect(context.notes.filter((n) => n.startsWith('ticked')), `documents reviewed first: ${reviewFirst}`).toHaveLength(2);
    await expect(page.getByRole('checkbox', { checked: true })).toHaveCount(2);
  }
});

test('a document text without a box beside it is a missing checkbox, not the neighbour row', async ({ page }) => {
  await serve(page, SPA_FORM.replace(/<span role="checkbox"[^>]*><\/span>(<span><span>Я даю согласие с политикой)/, '$1'));
  const context = contextFor(page);
  await fillContacts(context);
  await reviewedDocuments(context);
  const drift = await driftOf(acceptTerms(context));
  expect(drift).toMatchObject({ kind: 'label-missing', expected: 'Expected a checkbox to accept «политикой конфиденциальности».' });
});

test('extra wrappers: the document link is the one next to the text, however deep either sits', async ({ page }) => {
  await page.setContent(`
    <div><div><label><input type="checkbox"><span><span><span>Я даю согласие с условиями использования</span></span></span></label></div></div>
    <div><div><div><div><a href="https://x.test/legal/terms">Подробнее...</a></div></div></div></div>
    <div style="margin-top:18px"><div><label><input type="checkbox"><span><span>Я даю согласие с политикой конфиденциальности</span></span></label></div></div>
    <div><div><div><a href="https://x.test/legal/privacy">Подробнее...</a></div></div></div>`);
  expect((await findDocument(page, 'условиями использования', 5_000)).href).toBe('https://x.test/legal/terms');
  expect((await findDocument(page, 'политикой конфиденциальности', 5_000)).href).toBe('https://x.test/legal/privacy');
});

test('a text with no link near it is still reported as having none', async ({ page }) => {
  await page.setContent(`<p>Я даю согласие с условиями использования</p><div style="margin-top:300px"><a href="/x">Подробнее...</a></div>`);
  expect((await driftOf(findDocument(page, 'условиями использования', 5_000)))?.actual).toBe('no link beside that text');
});

test('fields named only by placeholder or autofill hints get their persona values', async ({ page }) => {
  await page.setContent(`<form>
    <div><input placeholder="E-mail"></div>
    <div><input type="password" autocomplete="new-password"></div>
    <div><input type="password" autocomplete="new-password"></div>
    <div><span>Email address</span> <input name="contact"></div>
    <div><input name="fname"></div>
    <div><select autocomplete="country"><option value="">—</option><option>Germany</option></select></div>
  </form>`);
  const fields = await formFields(page, { fresh: true });
  expect(fields.map((f) => [f.name, f.concept])).toEqual([
    ['E-mail', 'email'],
    ['', 'password'],
    ['', 'passwordRepeat'],
    ['Email address', 'email'],
    ['', 'firstName'],
    ['', 'country'],
  ]);
});

test('of two unnamed password fields the repeat is the one a reader meets second, whatever the DOM order', async ({ page }) => {
  await page.setContent(`<form style="display:flex;flex-direction:column-reverse">
    <input type="password" name="b" value="second"><input type="password" name="a" value="first"></form>`);
  const fields = await formFields(page, { fresh: true });
  expect(await Promise.all(fields.map(async (f) => [await f.locator.inputValue(), f.concept]))).toEqual([
    ['second', 'passwordRepeat'],
    ['first', 'password'],
  ]);
});

test('a dialog drawn as a div with role=dialog is confirmed like a <dialog>', async ({ page }) => {
  await page.setContent(`<div class="overlay"><div role="dialog" aria-modal="true" aria-labelledby="t"><h2 id="t">Подтверждение</h2>
    <p>Отправить письмо?</p><div><button type="button" onclick="this.textContent='sent'">Ok</button><button type="button">Отмена</button></div></div></div>`);
  const context = contextFor(page);
  await confirmInDialog(context, 'Ok');
  await expect(page.getByRole('button', { name: 'sent' })).toBeVisible();
  expect(context.notes).toEqual(['pressed «Ok» in the dialog']);
});
