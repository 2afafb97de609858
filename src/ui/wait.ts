import { errors } from '@playwright/test';

/** Whether a Playwright call ran out of time, as opposed to failing (a closed page, a crashed browser). */
export function isTimeout(error: unknown): boolean {
  return error instanceof errors.TimeoutError;
}

/**
 * A wait a step may outlast: running out of time is an answer (the page did not change, or not
 * yet), while any other failure keeps its kind.
 */
export async function waitAtMost(wait: Promise<unknown>): Promise<void> {
  try {
    await wait;
  } catch (error) {
    if (!isTimeout(error)) throw error;
  }
}
