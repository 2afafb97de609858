import type { APIRequestContext, Locator, Page } from '@playwright/test';
import { ariaNodes } from './aria.js';
import { DriftError } from './drift-error.js';
import { quoteList } from './nearest.js';
import { escapeRegExp } from './pattern.js';

/**
 * The word a reader uses to spot a document in a form: the first significant word of its name,
 * cut to its stem so "условиями"/"условия" or "terms"/"Terms" meet.
 */
export function headWord(name: string): string {
  const words = name.toLowerCase().split(/[^\p{L}]+/u).filter((word) => word.length > 2 && !STOP_WORDS.has(word));
  const word = words[0] ?? name.toLowerCase();
  return word.length > 5 ? word.slice(0, word.length - 2) : word;
}

const STOP_WORDS = new Set(['the', 'and', 'with', 'для', 'или']);

export interface AttachedDocument {
  name: string;
  /** The consent text on the form that names the document. */
  text: string;
  href: string;
}

/** Finds the text naming each document in the form and the link next to it. */
export async function findDocument(page: Page, name: string, timeout: number): Promise<AttachedDocument> {
  const stem = headWord(name);
  const pattern = new RegExp(escapeRegExp(stem), 'iu');
  const mention = page.getByText(pattern).filter({ visible: true }).first();
  try {
    await mention.waitFor({ state: 'visible', timeout });
  } catch {
    const texts = (await ariaNodes(page.locator('body'))).filter((n) => n.role === 'checkbox' || n.role === 'text').map((n) => n.name);
    throw new DriftError({
      kind: 'claim-broken',
      expected: `Expected the registration form to mention «${name}».`,
      actual: `its consent texts are ${quoteList(texts.filter(Boolean).slice(0, 6))}`,
    });
  }
  const text = (await mention.innerText()).trim();
  // The document's link stands inside the sentence that names it, or right beside it.
  for (const scope of [mention, mention.locator('..'), mention.locator('../..')] as Locator[]) {
    const link = scope.getByRole('link').first();
    if (await link.count()) {
      const href = await link.evaluate((a) => (a as HTMLAnchorElement).href);
      return { name, text, href };
    }
  }
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

/** The checkbox whose label names the document. */
export function consentCheckbox(page: Page, document: { name: string }): Locator {
  return page.getByRole('checkbox', { name: new RegExp(escapeRegExp(headWord(document.name)), 'iu') });
}
