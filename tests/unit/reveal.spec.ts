import { expect, test } from '@playwright/test';
import { revealBehindChoices } from '../../src/ui/reveal.js';

/** A page of plans kept behind tabs, one line at a time, as a public plans page draws them. */
const tabs = (markTabs: boolean, drawLate = false) => `
  <div ${markTabs ? 'role="tablist"' : ''}>
    <button ${markTabs ? 'role="tab" aria-selected="false"' : ''} data-line="promo">PROMO</button>
    <button ${markTabs ? 'role="tab" aria-selected="true"' : ''} data-line="epyc">EPYC</button>
    <button ${markTabs ? 'role="tab" aria-selected="false"' : ''} data-line="ryzen">Ryzen 9 9950X</button>
  </div>
  <section data-panel="promo" hidden><h3>PROMO-1</h3><button>ORDER</button></section>
  <section data-panel="epyc"><h3>EP-1</h3><button>ORDER</button></section>
  <section data-panel="ryzen" hidden><h3>RZ9-2</h3><button>ORDER</button></section>
  <p id="ordered"></p>
  <script>
    window.pressed = [];
    for (const b of document.querySelectorAll('[data-line]')) b.addEventListener('click', () => {
      window.pressed.push(b.textContent);
      const show = () => {
        for (const p of document.querySelectorAll('[data-panel]')) p.hidden = p.dataset.panel !== b.dataset.line;
        for (const t of document.querySelectorAll('[data-line]')) t.setAttribute('aria-selected', String(t === b));
      };
      ${drawLate ? 'setTimeout(show, 300);' : 'show();'}
    });
    for (const o of document.querySelectorAll('section button')) o.addEventListener('click', () => (document.getElementById('ordered').textContent = 'ordered'));
  </script>`;

const plan = (page: import('@playwright/test').Page, name: string) => page.getByRole('heading', { name, exact: true }).filter({ visible: true });

test('a plan behind the page\'s tabs is found by trying the tabs not shown, each once; the order button is never pressed', async ({ page }) => {
  await page.setContent(tabs(true));
  expect(await revealBehindChoices(page, plan(page, 'RZ9-2'), 10_000, ['ORDER'])).toBe(true);
  await expect(plan(page, 'RZ9-2')).toBeVisible();
  expect(await page.evaluate(() => (window as unknown as { pressed: string[] }).pressed)).toEqual(['PROMO', 'Ryzen 9 9950X']);
  await expect(page.locator('#ordered')).toBeEmpty();
});

test('with no tab marked as one, the buttons are the choices; a view drawn a moment after the press is still seen', async ({ page }) => {
  await page.setContent(tabs(false, true));
  expect(await revealBehindChoices(page, plan(page, 'RZ9-2'), 10_000, ['ORDER'])).toBe(true);
  await expect(page.locator('#ordered')).toBeEmpty();
});

test('a plan behind none of the choices is not seen, after every choice was tried once', async ({ page }) => {
  await page.setContent(tabs(true));
  expect(await revealBehindChoices(page, plan(page, 'RZ9-9'), 2_000, ['ORDER'])).toBe(false);
  expect(await page.evaluate(() => (window as unknown as { pressed: string[] }).pressed)).toEqual(['PROMO', 'Ryzen 9 9950X']);
});
