import { randomUUID } from 'node:crypto';
import type { APIRequestContext, APIResponse, Locator, Page } from '@playwright/test';
import { anyLocale, STOP_WORDS } from '../locale/index.js';
import { ariaNodes } from './aria.js';
import { namesCaptcha } from './captcha.js';
import { pageNames, type PageNames } from './document-page.js';
import { DriftError } from './drift-error.js';
import { controlsOf, formFields, type FormField } from './form.js';
import { consentBoxIndexes, mentionAndLink, type LinkClaim } from './layout.js';
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

/**
 * Finds the text naming a document in the form and the link a reader sees next to it. With
 * `claim`, a link another document of the same sentence took is not this one's.
 */
export async function findDocument(page: Page, name: string, timeout: number, claim?: LinkClaim): Promise<AttachedDocument> {
  const mention = mentionOf(page, name);
  let seen: Awaited<ReturnType<typeof mentionAndLink>>;
  try {
    // Read as soon as the text shows, with the link a reader's eye meets next to it (in the
    // sentence, beside it or on the next line): the look waits for the text.
    seen = await mentionAndLink(mention, timeout, claim);
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
  if (seen.taken) {
    throw new DriftError({
      kind: 'claim-broken',
      expected: `Expected a link of its own to «${name}» next to «${text}».`,
      actual: `the one link beside that text, to ${seen.taken.href}, is already the link to «${seen.taken.by}»`,
    });
  }
  throw new DriftError({
    kind: 'claim-broken',
    expected: `Expected a link to «${name}» next to «${text}».`,
    actual: 'no link beside that text',
  });
}

/**
 * The documents a sentence names, each with the link beside its text. One link answers for one
 * document: a link one of them took is not another's, however near it stands to the other's text.
 */
export async function findDocuments(page: Page, names: readonly string[], timeout: number): Promise<AttachedDocument[]> {
  const sentence = randomUUID();
  const documents: AttachedDocument[] = [];
  for (const name of names) documents.push(await findDocument(page, name, timeout, { sentence, document: name }));
  return documents;
}

/** Answers the engine reads as pages; any other kind of document (a PDF) cannot be read here. */
const PAGE_TYPES = new Set(['text/html', 'application/xhtml+xml']);

/**
 * A document opens when it answers below 400 with a body, and it is the document named: its
 * title or a heading carries the name's head word, as a reader checks the tab or the top of the
 * page. A page saying it was not found is a missing document whatever its status. Returns what
 * was read of it, for the step's note.
 */
export async function expectDocumentOpens(request: APIRequestContext, document: AttachedDocument): Promise<string> {
  const response = await request.get(document.href);
  const body = await response.body();
  if (response.status() >= 400 || body.length === 0) {
    throw new DriftError({
      kind: 'page-unreachable',
      expected: `Expected «${document.name}» to open.`,
      actual: `${document.href} answers HTTP ${response.status()} with ${body.length} bytes`,
    });
  }
  const { type, charset } = contentType(response);
  if (type && !PAGE_TYPES.has(type)) return `${type === 'application/pdf' ? 'a PDF' : `a ${type} file`} of ${body.length} bytes, not read here`;
  const names = pageNames(decode(body, charset));
  const missing = notFoundWords(names);
  if (missing) {
    throw new DriftError({
      kind: 'page-unreachable',
      expected: `Expected «${document.name}» to open.`,
      actual: `${document.href} answers HTTP ${response.status()} with a page that says «${missing}»`,
    });
  }
  const word = headWord(document.name);
  const naming = [names.title, ...names.headings].find((words) => words.toLowerCase().includes(word));
  if (naming) return `«${naming}»`;
  throw new DriftError({
    kind: 'claim-broken',
    expected: `Expected the link beside «${document.text}» to open «${document.name}».`,
    actual: `${document.href} opens ${pageCalled(names)}, which does not name «${document.name}»`,
  });
}

/** What a page says of itself when it was not found, in any known language, or undefined. */
export function notFoundWords(names: PageNames): string | undefined {
  const said = [names.title, ...names.headings].filter(Boolean);
  const pattern = anyLocale('pageNotFound');
  // A page with neither title nor heading says what it is in its first words.
  return (said.length ? said : [names.text]).find((words) => pattern.test(words));
}

/** A page as its title and headings call it, for a message. */
function pageCalled(names: PageNames): string {
  if (!names.title && !names.headings.length) return 'a page with neither title nor heading';
  const title = names.title ? `a page titled «${names.title}»` : 'a page without a title';
  return names.headings.length ? `${title}, headed ${quoteList(names.headings.slice(0, 3))}` : title;
}

function contentType(response: APIResponse): { type?: string; charset?: string } {
  const [type, ...parameters] = (response.headers()['content-type'] ?? '').split(';').map((part) => part.trim().toLowerCase());
  const charset = parameters.find((part) => part.startsWith('charset='))?.slice('charset='.length).replace(/"/g, '');
  return { type: type || undefined, charset };
}

/** The page's text in the charset it declares (a Cyrillic page may still be windows-1251), else UTF-8. */
function decode(body: Buffer, charset: string | undefined): string {
  try {
    return new TextDecoder(charset ?? 'utf-8').decode(body);
  } catch (error) {
    if (!(error instanceof RangeError)) throw error;
    return new TextDecoder('utf-8').decode(body);
  }
}

/** A document's consent box and whether it is ticked; or none, and the document whose box its text stands beside. */
export type ConsentBox = { box: FormField; ticked: boolean } | { box?: undefined; beside?: string };

/**
 * The checkbox that accepts each document, and whether it is ticked: the one its text names, else
 * the one on the row of the text naming it, to its left, whatever draws it; none when that text
 * stands without a box, or beside a box that is another document's. One look at the page for all documents.
 */
export async function consentCheckboxes(page: Page, documents: ReadonlyArray<{ name: string }>): Promise<ConsentBox[]> {
  const fields = await formFields(page);
  const found = await consentBoxIndexes(controlsOf(page), documents.map((d) => readerPattern(headWord(d.name))));
  return found.map(({ index, ticked, heldBy }) => (index >= 0 ? { box: fields[index], ticked } : { beside: heldBy === undefined ? undefined : documents[heldBy].name }));
}

/**
 * The consent boxes of the form with the words beside them: its checkboxes but a captcha's («I'm
 * not a robot» consents to nothing; src/ui/captcha.ts ticks it).
 */
export async function consentBoxes(page: Page): Promise<FormField[]> {
  return (await formFields(page)).filter((field) => field.role === 'checkbox' && field.name && !namesCaptcha(field.name));
}
