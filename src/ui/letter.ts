import type { Page } from '@playwright/test';
import { DriftError } from './drift-error.js';
import { asReaderSees } from '../locale/typography.js';
import { quoteList } from './nearest.js';

/**
 * The button of a letter rendered in `page`: an element with the button role, or a link drawn as
 * a button (a filled background), which is how e-mail clients show call-to-action links. Every
 * link and button is looked at in one pass.
 */
export async function letterButton(page: Page): Promise<{ text: string; href: string }> {
  const looks = await page
    .getByRole('link')
    .or(page.getByRole('button'))
    .evaluateAll((elements) =>
      elements.map((element) => {
        const filled = (el: Element | null): boolean => {
          for (let node = el, depth = 0; node && depth < 3; node = node.parentElement, depth++) {
            const style = getComputedStyle(node);
            const bg = style.backgroundColor;
            if (bg && bg !== 'transparent' && !/rgba\(\d+, \d+, \d+, 0\)/.test(bg) && bg !== 'rgb(255, 255, 255)') return true;
            if (node.getAttribute('bgcolor')) return true;
          }
          return false;
        };
        return {
          isButton: element.getAttribute('role') === 'button' || element.tagName === 'BUTTON' || filled(element),
          href: (element as HTMLAnchorElement).href ?? '',
          text: (element.textContent ?? '').trim(),
        };
      }),
    );
  const button = looks.find((look) => look.isButton && look.href);
  if (!button) {
    throw new DriftError({
      kind: 'claim-broken',
      expected: 'Expected the letter to have a button that confirms the e-mail address.',
      actual: `the letter only has links ${quoteList(looks.map((look) => asReaderSees(look.text) || look.href))}`,
    });
  }
  return { text: asReaderSees(button.text), href: button.href };
}
