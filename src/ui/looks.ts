import { selectors, type Locator, type Page } from '@playwright/test';

/**
 * A Playwright selector engine that finds what a page draws without saying what it is: `look=box`
 * is a box a person ticks — a small framed square, pressable (focusable, or with the hand cursor),
 * with no words of its own and no role; `look=strip` a bar across the page with words, set off by
 * its colour or frame (a notification that has no role). Markup that says "checkbox" is found by role first; this is
 * for widgets that say nothing, as ISPsystem's web components do. It reads the look, never a site's
 * classes or ids. Sent to the page as source: it must not refer to anything outside itself.
 */
function lookEngine() {
  const LANDMARKS = 'header, nav, main, footer, aside, form, [role]';
  const INSIDE = new Set(['HEADER', 'NAV', 'MAIN', 'FOOTER', 'ASIDE', 'FORM', 'BODY', 'HTML', 'BUTTON', 'A', 'LABEL', 'UL', 'OL', 'TABLE']);
  const NATIVE = new Set(['INPUT', 'SELECT', 'TEXTAREA', 'BUTTON', 'A', 'LABEL', 'OPTION', 'IMG', 'SVG', 'svg', 'CANVAS', 'VIDEO', 'IFRAME']);
  const drawn = (style: CSSStyleDeclaration) => parseFloat(style.borderTopWidth) > 0 && style.borderTopStyle !== 'none';
  const looksLikeBox = (el: Element): boolean => {
    if (NATIVE.has(el.tagName) || el.hasAttribute('role') || el.textContent?.trim()) return false;
    const r = el.getBoundingClientRect();
    if (r.width < 10 || r.width > 32 || r.height < 10 || r.height > 32 || Math.abs(r.width - r.height) > 4) return false;
    const style = getComputedStyle(el);
    if (style.visibility === 'hidden' || style.display === 'none') return false;
    const pressable = (el as HTMLElement).tabIndex >= 0 || style.cursor === 'pointer';
    return pressable && drawn(style);
  };
  const opaque = (color: string) => color !== 'transparent' && !/rgba\([^)]*,\s*0\)$/.test(color);
  const behind = (el: Element | null): string => {
    for (let n = el; n; n = n.parentElement) {
      const color = getComputedStyle(n).backgroundColor;
      if (opaque(color)) return color;
    }
    return 'rgb(255, 255, 255)';
  };
  /**
   * A strip across the page with words in it, set off from what is behind it (its own colour or
   * a frame), holding no landmark or form: how a person tells a notification bar with no role.
   */
  const looksLikeStrip = (el: Element): boolean => {
    if (INSIDE.has(el.tagName) || el.hasAttribute('role') || el.querySelector(LANDMARKS)) return false;
    const r = el.getBoundingClientRect();
    if (r.width < window.innerWidth / 2 || r.height < 20 || r.height > 120) return false;
    const style = getComputedStyle(el);
    if (style.visibility === 'hidden' || style.display === 'none' || !/\p{L}/u.test((el as HTMLElement).innerText ?? '')) return false;
    if (el.querySelectorAll('a[href], button').length > 4) return false;
    return (opaque(style.backgroundColor) && style.backgroundColor !== behind(el.parentElement)) || drawn(style);
  };
  const all = (root: Element | Document | ShadowRoot): Element[] => {
    const out: Element[] = [];
    for (const el of Array.from(root.querySelectorAll('*'))) {
      out.push(el);
      if (el.shadowRoot) out.push(...all(el.shadowRoot));
    }
    return out;
  };
  return {
    query(root: Element | Document, body: string): Element | null {
      return this.queryAll(root, body)[0] ?? null;
    },
    queryAll(root: Element | Document, body: string): Element[] {
      const look = body.trim();
      return all(root).filter(look === 'box' ? looksLikeBox : look === 'strip' ? looksLikeStrip : () => false);
    },
  };
}

// Registered when the engine is loaded, before any page asks for a look; contexts made before
// are given it too. A second load in the same process finds it there.
await selectors.register('look', lookEngine).catch((error: Error) => {
  if (!/already registered/.test(error.message)) throw error;
});

/** The boxes a person would tick on the page, found by their look (see lookEngine). */
export function drawnBoxes(scope: Page | Locator): Locator {
  return scope.locator('look=box');
}

/** The bars across the page a person reads as notifications when the markup names none (see lookEngine). */
export function drawnStrips(scope: Page | Locator): Locator {
  return scope.locator('look=strip');
}
