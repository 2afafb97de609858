import type { Page } from '@playwright/test';
import { onTarget, type Target } from '../config/target.js';
import type { LinkRef } from '../guide/types.js';
import { DriftError } from './drift-error.js';

/** Opens a link of the guide on the target site and checks that the page answers. */
export async function openLink(page: Page, target: Target, link: LinkRef): Promise<string> {
  const url = onTarget(target, link.url);
  let status: number | undefined;
  try {
    status = (await page.goto(url, { waitUntil: 'domcontentloaded' }))?.status();
  } catch (error) {
    throw new DriftError({
      kind: 'page-unreachable',
      expected: `Expected the link «${link.text}» (${link.url}) to open ${url}.`,
      actual: `the site does not answer: ${(error as Error).message.split('\n')[0]}`,
      fix: target.embedded ? undefined : 'check BASE_URL and that the site is up',
    });
  }
  if (status !== undefined && status >= 400) {
    throw new DriftError({
      kind: 'page-unreachable',
      expected: `Expected the link «${link.text}» (${link.url}) to open a page.`,
      actual: `${url} answers HTTP ${status}`,
      fix: 'update the link in the guide if the page moved',
    });
  }
  return url;
}
