import type { Page } from '@playwright/test';
import { anyLocale } from '../locale/index.js';
import { DriftError } from './drift-error.js';

/**
 * Attaches a file as a person does: clicks where the page says to choose a file, and answers the
 * browser's file chooser. Returns the text clicked.
 */
export async function attachFile(page: Page, file: string, timeout: number): Promise<string> {
  const words = anyLocale('attachFiles');
  const offer = page.getByRole('button', { name: words }).or(page.getByText(words)).filter({ visible: true }).first();
  try {
    await offer.waitFor({ state: 'visible', timeout: Math.min(timeout, 3_000) });
  } catch {
    throw new DriftError({
      kind: 'label-missing',
      expected: 'Expected the form to offer attaching files.',
      actual: 'no place to choose or drop a file',
      fix: 'remove the attachment from the guide if files can no longer be attached',
    });
  }
  const chooser = page.waitForEvent('filechooser', { timeout });
  await offer.click({ timeout });
  await (await chooser).setFiles(file);
  return (await offer.innerText()).trim();
}
