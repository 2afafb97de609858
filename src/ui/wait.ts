import { errors, type Page } from '@playwright/test';

/** Whether a Playwright call ran out of time, as opposed to failing (a closed page, a crashed browser). */
export function isTimeout(error: unknown): boolean {
  return error instanceof errors.TimeoutError;
}

/** Waits, and takes a failure for an answer when `answers` says so; any other keeps its kind. */
async function outlast(wait: Promise<unknown>, answers: (error: unknown) => boolean): Promise<void> {
  try {
    await wait;
  } catch (error) {
    if (!answers(error)) throw error;
  }
}

/**
 * A wait a step may outlast: running out of time is an answer (the page did not change, or not
 * yet), while any other failure keeps its kind.
 */
export async function waitAtMost(wait: Promise<unknown>): Promise<void> {
  await outlast(wait, isTimeout);
}

/**
 * A wait for the page to move on after a press. Ending without a new address (out of time) or
 * with a navigation the site replaced by another (a redirect aborting the first) are answers the
 * next step judges; a page that closed or a browser that went away is not, and keeps its kind.
 */
export async function waitForMoveOn(page: Page, wait: Promise<unknown>): Promise<void> {
  await outlast(wait, () => !page.isClosed() && page.context().browser()?.isConnected() !== false);
}
