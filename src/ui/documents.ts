import type { APIRequestContext, Locator, Page } from '@playwright/test';
import { STOP_WORDS } from '../locale/index.js';
import { ariaNodes } from './aria.js';
import { DriftError } from './drift-error.js';
import { controlsOf, formFields, type FormField } from './form.js';
import { consentBoxIndexes, mentionAndLink } from './layout.js';
import { quoteList } from './nearest.js';
import { isTimeout } from './wait.js';
import { readerPattern } from '../locale/typography.js';

/**
 * The word a reader uses to spot a document in a form: the first significant word of its name,
 * cut to its stem so "условиями"/"условия" or "terms"/"Terms" meet.
 */
function headWord(name: string): string {
  const words = name.toLowerCase().split(/[^\p{L}]+/u).filter((word) => word.length > 2 && !STOP_WORDS.has(word));
  const word = words[0] ?? name.toLowerCase();
  return word.length > 5 ? word.slice(0, word.length - 2) : word;
}

export interface AttachedDocument {
  name: string;
  /** The consent text on the form that names the document. */
  text: string;
  href: string;
}

/** The visible text naming the document: its head word, as a reader scans for it. */
function mentionOf(page: Page, name: string): Locator {
  return page.getByText(new RegExp(readerPattern(headWord(name)), 'iu')).filter({ visible: true }).first();
}

/** Finds the text naming each document in the form and the link a reader sees next to it. */
export async function findDocument(page: Page, name: string, timeout: number): Promise<AttachedDocument> {
  const mention = mentionOf(page, name);
  let seen: Awaited<ReturnType<typeof mentionAndLink>>;
  try {
    // Read as soon as the text shows, with the link a reader's eye meets next to it (in the
    // sentence, beside it or on the next line): the look waits for the text.
    seen = await mentionAndLink(mention, timeout);
  } catch (error) {
    if (!isTimeout(error)) throw error;
    const texts = (await ariaNodes(page.locator('body'))).filter((n) => n.role === 'checkbox' || n.role === 'text').map((n) => n.name);
    throw new DriftError({
      kind: 'claim-broken',
      expected: `Expected the registration form to mention «${name}».`,
      actual: `its consent texts are ${quoteList(texts.filter(Boolean).slice(0, 6))}`,
    });
  }
  const text = seen.text.trim();
  if (seen.href) return { name, text, href: seen.href };
  throw new DriftError({
    kind: 'claim-broken',
    expected: `Expected a link to «${name}» next to «${text}».`,
    actual: 'no link beside that text',
  });
}

/** A document opens when it answers below 400 with a body. */
export async function expectDocumentOpens(request: APIRequestContext, document: AttachedDocument): Promise<void> {
  const response = await request.get(document.href);
  const body = await response.body();
  if (response.status() >= 400 || body.length === 0) {
    throw new DriftError({
      kind: 'page-unreachable',
      expected: `Expected «${document.name}» to open.`,
      actual: `${document.href} answers HTTP ${response.status()} with ${body.length} bytes`,
    });
  }
}

/**
 * The checkbox that accepts each document, and whether it is ticked: the one its text names, else
 * the one on the row of the text naming it, to its left, whatever draws it; undefined when that
 * text stands without a box. One look at the page for all documents.
 */
export async function consentCheckboxes(page: Page, documents: ReadonlyArray<{ name: string }>): Promise<Array<{ box: FormField; ticked: boolean } | undefined>> {
  const fields = await formFields(page);
  const found = await consentBoxIndexes(controlsOf(page), documents.map((d) => readerPattern(headWord(d.name))));
  return found.map(({ index, ticked }) => (index >= 0 ? { box: fields[index], ticked } : undefined));
}

/** The consent boxes of the form with the words beside them, for a form whose documents were not reviewed. */
export async function consentBoxes(page: Page): Promise<FormField[]> {
  return (await formFields(page)).filter((field) => field.role === 'checkbox' && field.name);
}
