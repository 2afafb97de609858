import type { Frame, Locator, Page } from '@playwright/test';
import { anyLocale } from '../locale/index.js';
import { ariaNodes } from './aria.js';
import { lookOfControls, tickedStates } from './layout.js';
import { drawnBoxes } from './looks.js';

/**
 * A captcha stands between the reader and the form: it asks for a challenge (pictures to pick), or
 * shows nothing to tick. A test never solves one, and it says nothing about the guide: the
 * sentence could not be verified (src/execute/verdict.ts), never drift.
 */
export class CaptchaChallengeError extends Error {
  constructor(detail: string) {
    super(detail);
    this.name = 'CaptchaChallengeError';
  }
}

/** The box a person ticks to say they are not a robot, and what it is called. */
export interface CaptchaBox {
  name: string;
  locator: Locator;
}

/** How often the page is looked at while a captcha answers a click. */
const LOOK_MS = 50;

/**
 * The captcha's box on the page or in one of its frames (where a captcha provider draws its widget,
 * «I'm not a robot»): a checkbox named so where the markup names it, else a box found by its look
 * with those words beside it.
 */
export async function captchaBox(page: Page): Promise<CaptchaBox | undefined> {
  const words = anyLocale('captcha');
  for (const frame of page.frames()) {
    const found = await boxIn(frame, words).catch((error: unknown) => {
      // A frame that went away while it was looked at (a widget drawn again) holds no box.
      if (frame.isDetached()) return undefined;
      throw error;
    });
    if (found) return found;
  }
  return undefined;
}

async function boxIn(frame: Frame, words: RegExp): Promise<CaptchaBox | undefined> {
  const named = frame.getByRole('checkbox', { name: words }).filter({ visible: true });
  if (await named.count()) {
    const locator = named.first();
    const [node] = await ariaNodes(locator);
    return { name: node?.name || 'captcha', locator };
  }
  const boxes = frame.getByRole('checkbox').or(drawnBoxes(frame)).filter({ visible: true });
  const looks = await lookOfControls(boxes);
  const index = looks.findIndex((look) => look.role === 'checkbox' && words.test(look.ariaName || look.layoutLabel));
  if (index < 0) return undefined;
  return { name: looks[index].ariaName || looks[index].layoutLabel, locator: boxes.nth(index) };
}

/**
 * The titles of the captchas shown on the page and in its frames (a provider's frame is titled,
 * «reCAPTCHA», and so is the challenge it opens over the page), visible ones only.
 */
async function captchaTitles(page: Page): Promise<string[]> {
  const words = anyLocale('captcha');
  const titles: string[] = [];
  for (const frame of page.frames()) {
    const shown = frame.getByTitle(words).filter({ visible: true });
    const found = await shown.evaluateAll((elements) => elements.map((el) => el.getAttribute('title') ?? '')).catch((error: unknown) => {
      if (frame.isDetached()) return [];
      throw error;
    });
    titles.push(...found);
  }
  return titles;
}

/** The titles in `after` that `before` did not have: what showed since. */
function newTitles(before: string[], after: string[]): string[] {
  const left = [...before];
  return after.filter((title) => {
    const at = left.indexOf(title);
    if (at < 0) return true;
    left.splice(at, 1);
    return false;
  });
}

async function isTicked(box: CaptchaBox): Promise<boolean> {
  return (await tickedStates(box.locator).catch(() => [false]))[0] === true;
}

/**
 * Ticks the form's captcha as a person does, when the form has one: clicks its box and waits for
 * the tick. A provider on its test keys ticks it at once; one that opens a challenge instead (or
 * shows a captcha with nothing to tick) is a CaptchaChallengeError. Returns what was done, for the
 * step's note; undefined when the page shows no captcha or its box is ticked already. A captcha's
 * frame that is still loading is waited for, up to `timeout`.
 */
export async function passCaptcha(page: Page, timeout: number): Promise<string | undefined> {
  const deadline = Date.now() + timeout;
  let box = await captchaBox(page);
  let titles = await captchaTitles(page);
  while (!box && titles.length && Date.now() < deadline) {
    await page.waitForTimeout(LOOK_MS);
    box = await captchaBox(page);
    titles = await captchaTitles(page);
  }
  if (!box) {
    if (!titles.length) return undefined;
    throw new CaptchaChallengeError(`the form shows a captcha («${titles[0]}») with no box to tick`);
  }
  if (await isTicked(box)) return undefined;
  const before = titles;
  await box.locator.click();
  for (;;) {
    const now = await captchaBox(page);
    if (now && (await isTicked(now))) return `ticked «${box.name}» (the captcha let the reader through without a challenge)`;
    const opened = newTitles(before, await captchaTitles(page));
    if (opened.length) throw new CaptchaChallengeError(`ticking «${box.name}» opened a challenge («${opened[0]}»), which a test never solves`);
    if (Date.now() > deadline) throw new CaptchaChallengeError(`«${box.name}» did not tick when clicked, and no challenge showed within ${timeout} ms`);
    await page.waitForTimeout(LOOK_MS);
  }
}

/** Whether a text names a captcha («I'm not a robot», reCAPTCHA), in any known language. */
export function namesCaptcha(text: string): boolean {
  return anyLocale('captcha').test(text);
}
