import { expect, test, type Page } from '@playwright/test';
import { choiceGroups, choose } from '../../src/ui/choices.js';
import { isDriftError } from '../../src/ui/drift-error.js';
import { formFields, setField } from '../../src/ui/form.js';
import { press } from '../../src/ui/press.js';
import { describeRequest, fillContacts } from '../../src/vocabulary/steps/forms.js';
import { clickNotification, confirmInDialog } from '../../src/vocabulary/steps/notifications.js';
import { ABSENCE_MS, stepContext } from '../support/step-context.js';

/**
 * Widgets that say nothing of themselves, as web-component libraries draw them: no role, no aria-*,
 * no native select or radio. Written here from how such widgets behave, not copied from the
 * stand-in: the engine must find them by what a person sees.
 */

/**
 * A country list: a framed box with a chevron, its label a <legend> in the frame, its value a
 * property; it opens a popup at the end of <body> with a search box and items of text.
 */
const LIST = `
<style>
  .pick { position: relative; width: 300px; height: 40px; cursor: pointer; }
  .pick fieldset { position: absolute; inset: -6px 0 0 0; margin: 0; border: 1px solid #999; border-radius: 4px; pointer-events: none; }
  .pick legend { font-size: 12px; padding: 0 4px; }
  .pick .shown { position: absolute; left: 10px; top: 12px; }
  .pick::after { content: ''; position: absolute; right: 12px; top: 14px; width: 6px; height: 6px; border-right: 2px solid #333; border-bottom: 2px solid #333; transform: rotate(45deg); }
  .popup { position: absolute; background: #fff; border: 1px solid #ccc; width: 300px; }
  .popup .item { padding: 4px 8px; cursor: pointer; }
</style>
<div style="font:14px sans-serif;width:420px">
  <div style="margin-bottom:12px"><div>Электронная почта*</div><input style="width:300px"></div>
  <div class="pick" tabindex="0"><fieldset><legend>Страна*</legend></fieldset><span class="shown"></span></div>
</div>
<script>
  const host = document.querySelector('.pick');
  host.value = '';
  const COUNTRIES = [['DE', 'Германия'], ['GB', 'Великобритания'], ['RU', 'Россия'], ['FR', 'Франция'], ['IT', 'Италия']];
  host.addEventListener('click', () => {
    if (document.querySelector('.popup')) return;
    const popup = document.createElement('div');
    popup.className = 'popup';
    const r = host.getBoundingClientRect();
    popup.style.left = r.left + 'px';
    popup.style.top = r.bottom + 4 + 'px';
    const search = document.createElement('input');
    popup.append(search);
    const items = COUNTRIES.map(([code, name]) => {
      const item = document.createElement('div');
      item.className = 'item';
      const words = document.createElement('span');
      words.textContent = name;
      item.append(words);
      item.addEventListener('click', () => {
        host.value = code;
        host.querySelector('.shown').textContent = name;
        popup.remove();
      });
      popup.append(item);
      return [name, item];
    });
    search.addEventListener('input', () => {
      for (const [name, item] of items) item.style.display = name.toLowerCase().startsWith(search.value.toLowerCase()) ? '' : 'none';
    });
    setTimeout(() => document.body.append(popup), 50);
  });
</script>`;

const page$ = async (page: Page, html: string) => page.setContent(`<!doctype html><html><body>${html}</body></html>`);

async function driftOf(promise: Promise<unknown>) {
  const error = await promise.then(() => undefined, (e: unknown) => e);
  expect(isDriftError(error), String(error)).toBe(true);
  return isDriftError(error) ? error.details : undefined;
}

test('a framed field with a chevron and no role is a list, named by the legend in its frame', async ({ page }) => {
  await page$(page, LIST);
  const fields = await formFields(page);
  expect(fields.map((f) => [f.role, f.name, f.concept, f.drawn])).toEqual([
    ['textbox', 'Электронная почта*', 'email', false],
    ['combobox', 'Страна*', 'country', true],
  ]);
});

test('a role-less list is opened, searched in its own box, and its item picked by its words', async ({ page }) => {
  await page$(page, LIST);
  await fillContacts(stepContext(page));
  await expect.poll(() => page.evaluate(() => (document.querySelector('.pick') as HTMLElement & { value: string }).value)).toBe('GB');
  await expect(page.getByText('Великобритания')).toBeVisible();
  await expect(page.locator('.popup')).toHaveCount(0);
});

test('a role-less list without the persona’s country is drift naming the items it shows', async ({ page }) => {
  await page$(page, LIST.replace("['GB', 'Великобритания'], ", ''));
  const details = await driftOf(fillContacts(stepContext(page)));
  expect(details?.expected).toBe('Expected «Страна*» to offer «Великобритания».');
  // The search box narrowed the list to what starts like the value: nothing; the items shown are said.
  expect(details?.actual).toMatch(/^the closest choices are/);
});

/** Tiles under a title, chosen by a click that marks the tile by its colour; `inert` tiles ignore clicks. */
const tiles = (inert = false) => `
<style>.tile { display: inline-block; padding: 8px 14px; border: 1px solid #ccc; cursor: pointer; } .tile.on { background: #e8f1fd; border-color: #7335ff; }</style>
<div style="font:14px sans-serif">
  <div style="margin-bottom:6px">Приоритет</div>
  <div class="group"><div class="tile">Низкий</div><div class="tile on">Средний</div><div class="tile">Высокий</div></div>
</div>
<script>
  for (const tile of document.querySelectorAll('.tile')) tile.addEventListener('click', () => {
    if (${inert}) return;
    for (const other of document.querySelectorAll('.tile')) other.classList.toggle('on', other === tile);
  });
</script>`;

test('tiles with no role under a title are a group of choices, picked by a click that shows', async ({ page }) => {
  await page$(page, tiles());
  const groups = await choiceGroups(page);
  expect(groups.map((g) => [g.name, g.kind, g.options, g.drawn])).toEqual([['Приоритет', 'priority', ['Низкий', 'Средний', 'Высокий'], true]]);
  expect(await choose(groups[0], 'Высокий')).toBe('Высокий');
  await expect(page.locator('.tile.on')).toHaveText('Высокий');
});

test('a tile that does not look chosen after the click is drift, not a silent pass', async ({ page }) => {
  await page$(page, tiles(true));
  const [group] = await choiceGroups(page);
  const details = await driftOf(choose(group, 'Высокий'));
  expect(details?.expected).toBe('Expected «Высокий» to be chosen in «Приоритет» when clicked.');
});

/**
 * Operating systems as tiles, each holding a list of its versions of its own: a framed, focusable
 * box with a chevron at its right end, the chevron also at the tile's right side.
 */
const SYSTEM_TILES = `
<style>
  .os { display: inline-block; vertical-align: top; width: 200px; height: 60px; padding: 6px; border: 1px solid #ccc; cursor: pointer; box-sizing: border-box; }
  .os.on { background: #e8f1fd; border-color: #7335ff; }
  .ver { position: relative; width: 180px; height: 24px; border: 1px solid #999; border-radius: 4px; margin-top: 4px; box-sizing: border-box; font-size: 12px; padding: 3px 6px; }
  .chev { position: absolute; right: 8px; top: 6px; width: 6px; height: 6px; border-right: 2px solid #333; border-bottom: 2px solid #333; transform: rotate(45deg); }
</style>
<div style="font:14px sans-serif">
  <div style="margin-bottom:6px">Операционная система *</div>
  <div class="tiles">${[['Debian', '12'], ['Ubuntu', '24.04'], ['FreeBSD', '14']]
    .map(([name, version]) => `<div class="os" tabindex="0"><span>${name}</span><div class="ver" tabindex="0"><span>${name} ${version}</span><span class="chev"></span></div></div>`)
    .join('')}</div>
</div>
<script>
  for (const tile of document.querySelectorAll('.os')) tile.addEventListener('click', () => {
    for (const other of document.querySelectorAll('.os')) other.classList.toggle('on', other === tile);
  });
</script>`;

test('tiles that each hold a list of versions are one group of choices, the tiles; each list is a field of its tile', async ({ page }) => {
  await page$(page, SYSTEM_TILES);
  const groups = await choiceGroups(page);
  expect(groups.map((g) => [g.name, g.kind, g.options])).toEqual([['Операционная система *', 'os', ['Debian Debian 12', 'Ubuntu Ubuntu 24.04', 'FreeBSD FreeBSD 14']]]);
  // The lists are the versions' boxes, not the tiles around them.
  const lists = (await formFields(page)).filter((field) => field.role === 'combobox');
  expect(await Promise.all(lists.map((field) => field.locator.innerText()))).toEqual(['Debian 12', 'Ubuntu 24.04', 'FreeBSD 14']);
  expect(await choose(groups[0], 'Ubuntu')).toBe('Ubuntu Ubuntu 24.04');
  await expect(page.locator('.os.on')).toContainText('Ubuntu');
});

/** Consent boxes drawn with no role, their words to the right: one of them longer than a field's label ever is. */
const LONG_CONSENT = `
<style>.box { display: inline-block; width: 16px; height: 16px; border: 1px solid #666; cursor: pointer; vertical-align: top; } .row { display: flex; gap: 8px; width: 460px; margin: 8px 0; }</style>
<div style="font:14px sans-serif">
  <div class="row"><span class="box" tabindex="0"></span><span>Я даю согласие с условиями использования услуг хостинг-провайдера Senko Digital *</span></div>
  <div class="row"><span class="box" tabindex="0"></span><span>Подписаться на новости</span></div>
</div>`;

test('a box is named by the words to its right however long they are, as a consent is', async ({ page }) => {
  await page$(page, LONG_CONSENT);
  const boxes = (await formFields(page)).filter((field) => field.role === 'checkbox');
  expect(boxes.map((box) => box.name)).toEqual(['Я даю согласие с условиями использования услуг хостинг-провайдера Senko Digital *', 'Подписаться на новости']);
});

/**
 * A request form whose components are drawn one by one, as web components upgrade: the message's
 * text area at once, the subject's field above it a moment later.
 */
const LATE_SUBJECT = `
<div style="font:14px sans-serif;width:420px" id="form">
  <div id="message"><div>Сообщение *</div><textarea style="width:400px;height:80px"></textarea></div>
  <div style="margin-top:8px;color:#7335ff;cursor:pointer"><label>Выберите файл или перетащите сюда<input type="file" style="display:none"></label></div>
</div>
<script>
  setTimeout(() => {
    const subject = document.createElement('div');
    subject.innerHTML = '<div>Тема запроса *</div><input style="width:400px">';
    document.getElementById('form').prepend(subject);
  }, 400);
</script>`;

test('a form drawn one component after another is read once every field the step needs is drawn', async ({ page }) => {
  await page$(page, LATE_SUBJECT);
  const context = stepContext(page, { sentence: 'Укажите тему обращения, подробно опишите ситуацию и приложите необходимые файлы, если это нужно.' });
  await describeRequest(context);
  await expect(page.locator('input:not([type=file])')).not.toHaveValue('');
  await expect(page.locator('textarea')).not.toHaveValue('');
});

/** A toolbar of things with the hand cursor and words, none of them a button or a link. */
const TOOLBAR = `<div style="font:14px sans-serif;display:flex;gap:12px">
  <div class="act" style="cursor:pointer;padding:6px 10px;background:#7335ff;color:#fff">Добавить</div>
  <div class="act" style="cursor:pointer;padding:6px 10px">Удалить</div>
</div><div id="log"></div>
<script>for (const act of document.querySelectorAll('.act')) act.addEventListener('click', () => (document.getElementById('log').textContent = 'pressed ' + act.textContent));</script>`;

test('a role-less thing with words and the hand cursor is pressed by its words; a missing one lists them', async ({ page }) => {
  await page$(page, TOOLBAR);
  await press(page, 'Добавить', 2_000);
  await expect(page.locator('#log')).toHaveText('pressed Добавить');
  const details = await driftOf(press(page, 'Создать', 500));
  expect(details?.expected).toBe('Expected a button or link named «Создать».');
  expect(details?.actual).toContain('«Добавить»');
  expect(details?.actual).toContain('«Удалить»');
});

/** A page with a tab bar of icons and one tab at its top, and a role-less window whose button reads «Отправить». */
const TABS_AND_WINDOW = `<div style="font:14px sans-serif">
  <div style="background:#eef;padding:12px;display:flex;gap:12px"><span>↶ ☰ ☆ ▤ ⊕ ⊖ ⌕</span><a href="#main">Главная</a></div>
  <p>Содержимое страницы</p>
</div>
<div style="position:fixed;inset:0;background:rgba(0,0,0,.3)">
  <div style="position:absolute;left:40%;top:40%;background:#fff;padding:16px">
    <p>Отправить письмо ещё раз?</p>
    <div><span class="b" style="cursor:pointer;padding:6px">Отправить</span><span class="b" style="cursor:pointer;padding:6px">Отмена</span></div>
  </div>
</div>
<div style="position:fixed;right:8px;bottom:8px"><span style="cursor:pointer">Чат</span></div>`;

test('a tab bar of icons is no notification, and a window whose button was renamed is still the window', async ({ page }) => {
  await page$(page, TABS_AND_WINDOW);
  const context = stepContext(page, { sentence: 'Сделать это можно щелкнув по тексту в уведомлении в верхней части сайта.', uiTimeout: ABSENCE_MS });
  // What a person reads as a notification holds a message, not a row of tabs.
  const notice = await driftOf(clickNotification(context));
  expect(notice?.kind).toBe('label-missing');
  expect(notice?.expected).toBe('Expected a notification at the top of the site.');
  // The window over the page's middle is found without its «Ok»: the renamed button is drift by label, offering what the window has (not the chat in the corner).
  const window = await driftOf(confirmInDialog(context, 'Ok'));
  expect(window?.kind).toBe('label-missing');
  expect(window?.actual).toContain('«Отправить», «Отмена»');
  expect(window?.actual).not.toContain('Чат');
});

/** A field the page makes read-only after it was drawn, until it gets focus (an anti-autofill trick set late). */
const READONLY_LATE = `<div style="font:14px sans-serif"><div>Имя*</div><input id="name"></div>
<script>
  const field = document.getElementById('name');
  field.addEventListener('focus', () => (field.readOnly = false));
  window.makeReadOnly = () => (field.readOnly = true);
</script>`;

test('a field made read-only after the page was looked at takes typing once focused, as a person clicks into it', async ({ page }) => {
  await page$(page, READONLY_LATE);
  const [field] = await formFields(page);
  await page.evaluate(() => (window as unknown as { makeReadOnly(): void }).makeReadOnly());
  await setField(field, 'Senko');
  await expect(page.locator('#name')).toHaveValue('Senko');
});
