import type { LinkRef } from '../../guide/types.js';
import { anyStatus } from '../../locale/index.js';
import { isTimeout } from '../../ui/wait.js';
import { DriftError } from '../../ui/drift-error.js';
import { formFields, shownValue as valueOf, type FormField } from '../../ui/form.js';
import { visibleTexts } from '../../ui/layout.js';
import { quoteList } from '../../ui/nearest.js';
import { openLink } from '../../ui/open.js';
import { escapeRegExp } from '../../ui/pattern.js';
import type { StepContext } from '../define.js';
import { SHOWN } from './keys.js';
import { asReaderSees, readerPattern } from '../../locale/typography.js';
import { BOT_STARTED } from './messenger.js';
import { SECTION_FOUND, unfold } from './sections.js';

/** A number as the page may write it: "5%", "5 %", "50€", "€50", "50.00 €". */
function numberPattern(value: string, unit: string): RegExp {
  const n = value.replace(',', '.').replace(/\.0+$/, '');
  const number = `${n.replace('.', '[.,]')}(?:[.,]0+)?`;
  const u = escapeRegExp(unit);
  return new RegExp(`(?<![\\d.,])(?:${number}\\s?${u}|${u}\\s?${number})(?![\\d])`, 'u');
}

/** "You receive 5% of each of their orders": the page shows that rate. */
export async function expectRateShown(context: StepContext, claim: string): Promise<void> {
  const found = /(\d+(?:[.,]\d+)?)\s?%/u.exec(claim);
  if (!found) throw new DriftError({ kind: 'claim-broken', expected: `Expected a rate in «${claim}».`, actual: 'no percentage' });
  const pattern = numberPattern(found[1], '%');
  const texts = await visibleTexts(context.page.locator('body'));
  const fields = await formFields(context.page);
  const values = await Promise.all(fields.map((f) => valueOf(f).catch(() => '')));
  const shown = [...texts, ...values].find((text) => pattern.test(text));
  if (!shown) {
    const rates = [...texts, ...values].filter((text) => /\d\s?%/.test(text));
    throw new DriftError({
      kind: 'claim-broken',
      expected: `Expected the page to show the rate ${found[1]}% the guide promises.`,
      actual: rates.length ? `it shows ${quoteList(rates)}` : 'it shows no rate',
      fix: 'update the rate in the guide',
    });
  }
  context.note(`the page shows «${shown}»`);
}

/**
 * The texts of the page that contain `stem`; when none is in view, the page's sections (tab
 * panels) out of view are read too, as a reader looks through them: what a section says is said
 * by the UI, one click away.
 */
async function textsSaying(context: StepContext, stem: string): Promise<string[]> {
  const found = (await visibleTexts(context.page.locator('body'))).filter((text) => text.toLocaleLowerCase().includes(stem));
  if (found.length) return found;
  const panels = await context.page.getByRole('tabpanel', { includeHidden: true }).allTextContents();
  return panels.flatMap((panel) => {
    const text = asReaderSees(panel);
    const at = text.toLocaleLowerCase().indexOf(stem);
    return at < 0 ? [] : [text.slice(at, at + 120).trim()];
  });
}

/** "Minimum withdrawal amount – 50€": the page states that amount beside that label. */
export async function expectAmountShown(context: StepContext, label: string, amount: string): Promise<void> {
  const found = /(\d+(?:[.,]\d+)?)\s?([€$₽₴])|([€$₽₴])\s?(\d+(?:[.,]\d+)?)/u.exec(amount);
  if (!found) throw new DriftError({ kind: 'claim-broken', expected: `Expected an amount in «${amount}».`, actual: 'no amount' });
  const [value, unit] = found[1] ? [found[1], found[2]] : [found[4], found[3]];
  const pattern = numberPattern(value, unit);
  const stem = label.toLocaleLowerCase().slice(0, Math.max(6, Math.floor(label.length * 0.6)));
  const labelled = await textsSaying(context, stem);
  if (!labelled.length) {
    throw new DriftError({ kind: 'label-missing', expected: `Expected the page to state «${label}».`, actual: 'no text of that kind is shown' });
  }
  const stated = labelled.find((text) => pattern.test(text));
  if (!stated) {
    throw new DriftError({ kind: 'claim-broken', expected: `Expected «${label}» to be ${value} ${unit}.`, actual: `the page says ${quoteList(labelled)}`, fix: 'update the amount in the guide' });
  }
  context.note(`the page says «${stated}»`);
}

/** A read-only value the page shows under a name with the same words as `words` ("реферальную ссылку" → «Реферальная ссылка»). */
async function shownValue(context: StepContext, words: string): Promise<{ name: string; value: string }> {
  const stems = words.toLocaleLowerCase().split(/[^\p{L}]+/u).filter((w) => w.length > 3).map((w) => w.slice(0, 5));
  // A page drawn by its script may still be growing: look again until the field shows or time is up.
  const deadline = Date.now() + context.uiTimeout;
  let fields: FormField[] = [];
  let field: FormField | undefined;
  for (;;) {
    fields = (await formFields(context.page, { fresh: true }).catch(() => [])).filter((f) => f.role === 'textbox');
    field = fields.find((f) => stems.every((stem) => f.name.toLocaleLowerCase().includes(stem)));
    if (field || Date.now() > deadline) break;
    await context.page.waitForTimeout(100);
  }
  if (!field) {
    throw new DriftError({ kind: 'label-missing', expected: `Expected the page to show ${words}.`, actual: `its fields are ${quoteList(fields.map((f) => f.name))}` });
  }
  const value = await valueOf(field);
  if (!value) throw new DriftError({ kind: 'claim-broken', expected: `Expected «${field.name}» to hold a value.`, actual: 'it is empty' });
  context.memory.set(SHOWN, { ...(context.memory.get(SHOWN) ?? {}), [words]: value });
  return { name: field.name, value };
}

/** "Get your referral link in the [personal area](…)": the page the link opens shows it. */
export async function expectValueAt(context: StepContext, link: LinkRef, words: string): Promise<void> {
  await openLink(context.page, context.target, link);
  const { name, value } = await shownValue(context, words);
  context.note(`«${name}»: ${value}`);
}

/** "The client enters your promo code": the page shows one to give. */
export async function expectValueShown(context: StepContext, words: string): Promise<void> {
  const { name, value } = await shownValue(context, words);
  context.note(`«${name}»: ${value}`);
}

/** "Copy the link and share it": the link shown works for whoever opens it. */
export async function expectLinkWorks(context: StepContext, words: string): Promise<void> {
  const link = context.memory.get(SHOWN)?.[words] ?? (await shownValue(context, words)).value;
  const response = await context.page.request.get(link, { maxRedirects: 5 }).catch((error: Error) => {
    throw new DriftError({ kind: 'page-unreachable', expected: `Expected the link ${link} to open.`, actual: error.message.split('\n')[0] });
  });
  if (!response.ok()) {
    throw new DriftError({ kind: 'page-unreachable', expected: `Expected the link ${link} to open.`, actual: `it answers HTTP ${response.status()}` });
  }
  context.note(`${link} answers HTTP ${response.status()}`);
}

/**
 * "Your server will be set up within 120 seconds": the service's status reads ready within that
 * time (the page is reloaded as a person would); a failed status is drift at once.
 */
export async function expectReadyWithin(context: StepContext, promisedMs: number): Promise<void> {
  const { page } = context;
  const started = Date.now();
  // Read as text blocks: a status is often a badge inside a table cell, or a phrase in a line.
  const ready = anyStatus('ready');
  const failed = anyStatus('failed');
  for (;;) {
    const texts = await visibleTexts(page.locator('body')).catch(() => []);
    const shown = texts.find((text) => ready.test(text));
    if (shown) {
      context.note(`ready («${shown}») after ${((Date.now() - started) / 1000).toFixed(1)} s`);
      return;
    }
    const failure = texts.find((text) => failed.test(text));
    if (failure) throw new DriftError({ kind: 'claim-broken', expected: 'Expected the server to be set up.', actual: `its status reads «${failure}»` });
    if (Date.now() - started > promisedMs) {
      throw new DriftError({
        kind: 'claim-broken',
        expected: `Expected the server to be ready within ${Math.round(promisedMs / 1000)} s.`,
        actual: `after ${Math.round((Date.now() - started) / 1000)} s ${page.url()} shows no ready status`,
        fix: 'if setting up takes longer now, say so in the guide',
      });
    }
    await page.waitForTimeout(1_000);
    await page.reload({ waitUntil: 'domcontentloaded' });
  }
}

/**
 * "After a successful setup, the link status should change to «Confirmed»": the page shows that
 * status, in words of its own; the status line of the bot started before is what it shows instead.
 */
export async function expectStatusShown(context: StepContext, status: string): Promise<void> {
  const { page } = context;
  const word = new RegExp(`(?<![\\p{L}\\p{N}])${readerPattern(status)}(?![\\p{L}\\p{N}])`, 'iu');
  const shown = page.getByText(word).filter({ visible: true }).first();
  try {
    await page.getByText(word).first().waitFor({ state: 'attached', timeout: context.uiTimeout });
    // On the page but folded away: the reader opens the section the guide sent them to, as before.
    const section = context.memory.get(SECTION_FOUND);
    if (section && !(await shown.count())) await unfold(context, section);
    await shown.waitFor({ state: 'visible', timeout: context.uiTimeout });
  } catch (error) {
    if (!isTimeout(error)) throw error;
    const bot = context.memory.get(BOT_STARTED);
    const texts = await visibleTexts(page.locator('body')).catch(() => []);
    const about = bot ? texts.filter((text) => text.toLocaleLowerCase().includes(bot.toLocaleLowerCase())) : [];
    throw new DriftError({
      kind: 'claim-broken',
      expected: `Expected the status «${status}».`,
      actual: about.length ? `the page shows ${quoteList(about)}` : `${page.url()} shows no «${status}»`,
      fix: 'update the status the guide quotes',
    });
  }
  context.note(`the page shows «${asReaderSees((await shown.innerText()).trim())}»`);
}
