import type { Locator, Page, Request } from '@playwright/test';

/**
 * How long a press may take to show any effect, and how often a person tries again when it shows
 * none. A single-page app often draws its buttons before its script binds them: the first press
 * in that moment does nothing, and a person presses again. The pauses grow, so a page that binds
 * late on a busy machine is still met, and the bound keeps a press that truly does nothing cheap.
 */
const SETTLE_MS = 400;
const RETRY_PAUSES_MS = [250, 500, 1_000, 2_000] as const;

/** The kinds of request a press makes: a page, or a call of the page's script to the site. */
const ANSWERS = new Set(['document', 'fetch', 'xhr', 'eventsource', 'websocket']);

/** The name the page keeps its change flag under; one observer per document. */
const CHANGED = '__guideVerifierChanged';

/** Whether the press changed anything: the page's content or state, a request, a navigation. */
type Watch = { happened: () => Promise<boolean>; stop: () => void };

async function watch(page: Page): Promise<Watch> {
  let seen = false;
  const mark = () => {
    seen = true;
  };
  const onFrame = (frame: unknown) => frame === page.mainFrame() && mark();
  // A font or an image a page loads late is not what a press did; a document or a call to the site is.
  const onRequest = (request: Request) => ANSWERS.has(request.resourceType()) && mark();
  page.on('request', onRequest);
  page.on('framenavigated', onFrame);
  page.on('popup', mark);
  page.on('dialog', mark);
  const stop = () => {
    page.off('request', onRequest);
    page.off('framenavigated', onFrame);
    page.off('popup', mark);
    page.off('dialog', mark);
  };
  try {
    await page.evaluate((key) => {
      const own = window as unknown as Record<string, unknown>;
      own[key] = false;
      if (own[`${key}:observer`]) return;
      const observer = new MutationObserver(() => (own[key] = true));
      observer.observe(document.documentElement, { subtree: true, childList: true, attributes: true, characterData: true });
      own[`${key}:observer`] = observer;
    }, CHANGED);
  } catch (error) {
    stop();
    throw error;
  }
  const happened = async () => {
    if (seen) return true;
    // A document that went away while asked has been replaced: the press led somewhere.
    const changed = await page.evaluate((key) => (window as unknown as Record<string, unknown>)[key] === true, CHANGED).catch(() => !page.isClosed());
    return seen || changed;
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
  const watching = await watch(page);
  try {
    await target.click({ timeout });
    if (await settled(page, watching)) return true;
    for (const pause of RETRY_PAUSES_MS) {
      await page.waitForTimeout(pause);
      if (await watching.happened()) return true;
      // The element may be gone by now (the page moved on late): that is an effect too.
      if (!(await target.count())) return true;
      await target.click({ timeout });
      if (await settled(page, watching)) return true;
    }
    return false;
  } finally {
    watching.stop();
  }
}
