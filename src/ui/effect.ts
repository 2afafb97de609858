import type { Locator, Page, Request } from '@playwright/test';
import { isTimeout } from './wait.js';

/**
 * How long a press may take to show any effect, and how often a person tries again when it shows
 * none. A single-page app often draws its buttons before its script binds them: the first press
 * in that moment does nothing, and a person presses again. The pauses grow, so a page that binds
 * late on a busy machine is still met, and the bound keeps a press that truly does nothing cheap.
 */
const SETTLE_MS = 400;
const RETRY_PAUSES_MS = [250, 500, 1_000, 2_000] as const;

/** How Playwright says the document it asked went away (a navigation replaced it). */
const REPLACED = /Execution context was destroyed|because of a navigation|frame was detached/i;

/** The kinds of request with which a page's script answers a press. */
const SITE_CALLS = new Set(['fetch', 'xhr', 'eventsource', 'websocket']);

/** The name the page keeps its change flag under; one observer per document. */
const CHANGED = '__guideVerifierChanged';

/** Whether the press changed anything: the page's content or state, a request, a navigation. */
type Watch = { happened: () => Promise<boolean>; stop: () => void };

/**
 * Starts watching what a press of `target` does: a navigation, a call to the site (a single-page
 * app fetches the next page before it shows it), or, unless it is a link that leads to another
 * address, a change of the page. A page still drawing itself changes anyway: that is no answer to
 * a link.
 */
async function watch(target: Locator, timeout: number): Promise<Watch> {
  const page = target.page();
  const before = page.url();
  let navigated = false;
  let called = false;
  const onFrame = (frame: unknown) => {
    if (frame === page.mainFrame()) navigated = true;
  };
  // A font or an image a page loads late is not what a press did; a document or a call to the site is.
  const onRequest = (request: Request) => {
    if (request.resourceType() === 'document') navigated = true;
    else if (SITE_CALLS.has(request.resourceType())) called = true;
  };
  const onOpened = () => {
    navigated = true;
  };
  page.on('request', onRequest);
  page.on('framenavigated', onFrame);
  page.on('popup', onOpened);
  page.on('dialog', onOpened);
  const stop = () => {
    page.off('request', onRequest);
    page.off('framenavigated', onFrame);
    page.off('popup', onOpened);
    page.off('dialog', onOpened);
  };
  let leadsAway: boolean;
  try {
    leadsAway = await target.evaluate(
      (el, key) => {
        const own = window as unknown as Record<string, unknown>;
        own[key] = false;
        if (!own[`${key}:observer`]) {
          const observer = new MutationObserver(() => (own[key] = true));
          observer.observe(document.documentElement, { subtree: true, childList: true, attributes: true, characterData: true });
          own[`${key}:observer`] = observer;
        }
        const link = el.closest('a[href]') as HTMLAnchorElement | null;
        if (!link || el.getAttribute('role') === 'button') return false;
        const to = new URL(link.href, location.href);
        return /^https?:$/.test(to.protocol) && (to.pathname !== location.pathname || to.search !== location.search);
      },
      CHANGED,
      { timeout },
    );
  } catch (error) {
    stop();
    throw error;
  }
  const happened = async () => {
    if (navigated || page.url() !== before || called) return true;
    if (leadsAway) return false;
    try {
      return await page.evaluate((key) => (window as unknown as Record<string, unknown>)[key] === true, CHANGED);
    } catch (error) {
      // A document that went away while asked has been replaced: the press led somewhere. Any other
      // failure (a closed page, a lost browser) keeps its kind.
      if (!page.isClosed() && REPLACED.test(String(error))) return true;
      throw error;
    }
  };
  return { happened, stop };
}

/** Waits up to SETTLE_MS for the press to show an effect. */
async function settled(page: Page, { happened }: Watch): Promise<boolean> {
  const deadline = Date.now() + SETTLE_MS;
  for (;;) {
    if (await happened()) return true;
    if (Date.now() >= deadline) return false;
    await page.waitForTimeout(50);
  }
}

/**
 * Clicks `target` as a person does: when the click changed nothing (no navigation, no request, no
 * change of the page), it is tried again after a pause, a few times within a bound. Returns
 * whether anything happened; what should have happened is the caller's to judge. A failure of
 * the click itself (the element missing, covered, the page closed) keeps its kind.
 */
export async function pressUntilSomethingHappens(target: Locator, timeout: number): Promise<boolean> {
  const page = target.page();
  const watching = await watch(target, timeout);
  try {
    await target.click({ timeout });
    if (await settled(page, watching)) return true;
    for (const pause of RETRY_PAUSES_MS) {
      await page.waitForTimeout(pause);
      if (await watching.happened()) return true;
      // The element may be gone by now (the page moved on late): that is an effect too, also when
      // it goes while being pressed again.
      if (!(await target.count())) return true;
      try {
        await target.click({ timeout });
      } catch (error) {
        if (isTimeout(error) && !(await target.count())) return true;
        throw error;
      }
      if (await settled(page, watching)) return true;
    }
    return false;
  } finally {
    watching.stop();
  }
}
