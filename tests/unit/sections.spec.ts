import { expect, test, type Page } from '@playwright/test';
import { parseGuide } from '../../src/guide/index.js';
import { isDriftError, type DriftDetails } from '../../src/ui/drift-error.js';
import { pressablesInRow } from '../../src/ui/press.js';
import { openSection } from '../../src/vocabulary/steps/navigation.js';
import { ABSENCE_MS, stepContext } from '../support/step-context.js';

/**
 * "In the «Income» section, you can view earnings": when the section is gone, the sections the
 * guide names beside it (the other items of its list) still stand in their row, and what else
 * stands there that the guide names nowhere is what it is called now. The real English client
 * area calls it "Reward" (the wiki's referral/en/1.png), which the 2026 guide still calls "Income".
 */
const LIST = `# Referral Program

## Where to track your income?

- In the **"Income"** section, you can view earnings from orders.
- In the **"Statistics"** section, you can see a list of all referred clients.
`;

function sectionContext(page: Page, label: 'Income' | 'Statistics') {
  const guide = parseGuide(LIST, '/d/en/referral.md', 'en/referral.md');
  const context = stepContext(page, { lang: 'en', uiTimeout: ABSENCE_MS });
  return { ...context, guide, sentence: guide.sentences.find((s) => s.labels.includes(label))! };
}

async function driftOf(promise: Promise<unknown>): Promise<DriftDetails | undefined> {
  try {
    await promise;
  } catch (error) {
    if (isDriftError(error)) return error.details;
    throw error;
  }
  return undefined;
}

/** A side menu whose group is called like a section, and the sections' row in the page's middle. */
const MENU = `<nav style="position:absolute;left:0;top:0;width:180px;font:14px sans-serif">
  <button>○ Client ⌄</button><br><button>○ Statistics ⌄</button><br><button>○ Tools ⌄</button>
</nav>`;

test('tabs: the section renamed is the one tab beside «Statistics» the guide names nowhere, proposed as the edit', async ({ page }) => {
  await page.setContent(`${MENU}
    <main style="position:absolute;left:220px;top:0;font:14px sans-serif">
      <div role="tablist"><button role="tab" aria-selected="true">Reward</button> <button role="tab" aria-selected="false">Statistics</button></div>
      <div role="tabpanel">Minimum withdrawal amount: 50 €</div>
      <div style="margin-top:40px"><button>Cancel</button></div>
    </main>`);
  const drift = await driftOf(openSection(sectionContext(page, 'Income'), 'Income'));
  expect(drift).toMatchObject({
    kind: 'label-missing',
    expected: 'Expected a section named «Income» beside «Statistics».',
    actual: 'the sections beside «Statistics» are «Reward»',
    proposal: { label: 'Income', replacement: 'Reward' },
  });
});

test('sections drawn with no role at all (clickable tiles): the same row, the same proposal; never the form\'s «Cancel»', async ({ page }) => {
  await page.setContent(`${MENU}
    <main style="position:absolute;left:220px;top:0;font:14px sans-serif">
      <div><div class="t" style="display:inline-block;cursor:pointer;padding:4px">Reward</div><div class="t" style="display:inline-block;cursor:pointer;padding:4px">Statistics</div></div>
      <div style="margin-top:40px"><button>Cancel</button></div>
    </main>
    <script>for (const t of document.querySelectorAll('.t')) t.addEventListener('click', () => t.classList.add('on'));</script>`);
  expect(await pressablesInRow(page, page.getByText('Statistics', { exact: true }))).toEqual(['Reward', 'Statistics']);
  const drift = await driftOf(openSection(sectionContext(page, 'Income'), 'Income'));
  expect(drift?.proposal).toEqual({ label: 'Income', replacement: 'Reward' });
});

test('two new names in the row: no guess, the drift as the press found it', async ({ page }) => {
  await page.setContent(`${MENU}
    <main style="position:absolute;left:220px;top:0;font:14px sans-serif">
      <div role="tablist"><button role="tab">Reward</button> <button role="tab">Payouts</button> <button role="tab">Statistics</button></div>
    </main>`);
  const drift = await driftOf(openSection(sectionContext(page, 'Income'), 'Income'));
  expect(drift).toMatchObject({ kind: 'label-missing', expected: 'Expected a button or link named «Income».' });
  expect(drift?.proposal?.replacement).not.toBe('Reward');
});
