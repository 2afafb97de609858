import { selectors, type Frame, type Locator, type Page } from '@playwright/test';

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
  // layout.ts's probe reads colours the same way: each function is sent to the page as its own
  // source, so neither can call the other's helpers.
  const opaque = (color: string) => color !== 'transparent' && !/rgba\([^)]*,\s*0\)$/.test(color);
  const behind = (el: Element | null): string => {
    for (let n = el; n; n = n.parentElement) {
      const color = getComputedStyle(n).backgroundColor;
      if (opaque(color)) return color;
    }
    return 'rgb(255, 255, 255)';
  };
  /** A message a person reads, not a row of tabs or icons: a line of at least three words. */
  const saysSomething = (text: string) => text.split('\n').some((line) => (line.match(/\p{L}{2,}/gu)?.length ?? 0) >= 3);
  /**
   * A strip across the page with a message in it, set off from what is behind it (its own colour
   * or a frame), holding no landmark or form: how a person tells a notification bar with no role
   * from a tab bar or a toolbar.
   */
  const looksLikeStrip = (el: Element): boolean => {
    if (INSIDE.has(el.tagName) || el.hasAttribute('role') || el.querySelector(LANDMARKS)) return false;
    const r = el.getBoundingClientRect();
    if (r.width < window.innerWidth / 2 || r.height < 20 || r.height > 120) return false;
    const style = getComputedStyle(el);
    if (style.visibility === 'hidden' || style.display === 'none' || !saysSomething((el as HTMLElement).innerText ?? '')) return false;
    if (el.querySelectorAll('a[href], button').length > 4) return false;
    return (opaque(style.backgroundColor) && style.backgroundColor !== behind(el.parentElement)) || drawn(style);
  };
  const visible = (el: Element) => {
    const r = el.getBoundingClientRect();
    if (r.width <= 0 || r.height <= 0) return false;
    const style = getComputedStyle(el);
    return style.visibility !== 'hidden' && style.display !== 'none' && Number(style.opacity) > 0;
  };
  const paints = (el: Element, pseudo: string) => {
    const style = getComputedStyle(el, pseudo);
    return style.content !== 'none' && style.content !== 'normal' && style.display !== 'none';
  };
  /** A frame a person reads as a field's edge: its own border, or that of a decorative fieldset in or around it. */
  const framed = (el: Element): boolean => {
    if (drawn(getComputedStyle(el))) return true;
    const outline = el.querySelector('fieldset') ?? el.closest('fieldset');
    return !!outline && drawn(getComputedStyle(outline));
  };
  /**
   * A field that opens a list and takes no typing: framed, pressable, field-sized, with an
   * indicator at its right end (a chevron the stylesheet draws, or a small wordless icon there),
   * and no text field, native list or role of its own. Its items show only once it is opened.
   */
  const looksLikeList = (el: Element): boolean => {
    if (NATIVE.has(el.tagName) || INSIDE.has(el.tagName) || el.tagName === 'FIELDSET' || el.hasAttribute('role')) return false;
    const r = el.getBoundingClientRect();
    if (r.width < 80 || r.width > 800 || r.height < 24 || r.height > 72) return false;
    const style = getComputedStyle(el);
    if (style.visibility === 'hidden' || style.display === 'none') return false;
    if (!((el as HTMLElement).tabIndex >= 0 || style.cursor === 'pointer')) return false;
    const inside = [...Array.from(el.querySelectorAll('*')), ...Array.from(el.shadowRoot?.querySelectorAll('*') ?? [])];
    if (inside.some((n) => ['INPUT', 'TEXTAREA', 'SELECT', 'BUTTON'].includes(n.tagName) || n.hasAttribute('role'))) return false;
    if (!framed(el)) return false;
    // A tile that holds a list of its own (an operating system and its version) is not that list:
    // the list is what takes the focus inside it.
    if (inside.some((n) => (n as HTMLElement).tabIndex >= 0 && looksLikeList(n))) return false;
    if (paints(el, '::after') || paints(el, '::before')) return true;
    return inside.some((n) => {
      const b = n.getBoundingClientRect();
      const small = b.width > 0 && b.width <= 32 && b.height > 0 && b.height <= 32;
      const atRightEnd = b.left >= r.left + r.width * 0.7;
      // A chevron is often two sides of a rotated square's border.
      const style = getComputedStyle(n);
      const bordered = ['Top', 'Right', 'Bottom', 'Left'].some((side) => parseFloat(style.getPropertyValue(`border-${side.toLowerCase()}-width`)) > 0);
      return small && atRightEnd && !n.textContent?.trim().match(/\p{L}/u) && (paints(n, '::after') || paints(n, '::before') || bordered || n.tagName.toLowerCase() === 'svg' || !!n.textContent?.trim());
    });
  };
  /** What a person clicks to pick one choice: a pressable thing with a few words and no role, or a bare radio. */
  const pick = (el: Element): boolean => {
    if (el instanceof HTMLInputElement) return el.type === 'radio' && !el.closest('[role]');
    if (NATIVE.has(el.tagName) || INSIDE.has(el.tagName) || el.hasAttribute('role')) return false;
    // Cheapest first: this runs on every element of the page at each press.
    const text = el.textContent ?? '';
    if (text.length > 400 || !/\p{L}/u.test(text)) return false;
    const style = getComputedStyle(el);
    // The outermost element with the hand cursor, not each of its children that inherit it.
    const pressable = (el as HTMLElement).tabIndex >= 0 || (style.cursor === 'pointer' && (!el.parentElement || getComputedStyle(el.parentElement).cursor !== 'pointer'));
    if (!pressable || !visible(el) || el.querySelector('a[href], button, input:not([type=radio]), textarea')) return false;
    const words = ((el as HTMLElement).innerText ?? '').trim();
    return /\p{L}/u.test(words) && words.length <= 60;
  };
  /** Something with words a person would click though the markup calls it nothing: the hand cursor or focusable, few words. */
  const looksPressable = (el: Element): boolean => !(el instanceof HTMLInputElement) && pick(el);
  /**
   * One choice of a group: a pick that is not a list, and (see outermost) not inside another. A
   * tile may hold a list of its own (the version of an operating system): that is part of the
   * tile, not another choice beside it.
   */
  const choice = (el: Element): boolean => pick(el) && !looksLikeList(el);
  /** The outermost of `found`: what stands inside another is part of it (a list's inner frame, a tile's own parts). */
  const outermost = (found: Element[]) => found.filter((el) => !found.some((other) => other !== el && other.contains(el)));
  const picksIn = (el: Element) => outermost([el, ...Array.from(el.querySelectorAll('*'))].filter(choice));
  /**
   * A group of choices the markup does not call one: two or more children side by side or one
   * under another, each holding exactly one thing to pick (a tile, a bare radio with its words).
   */
  const looksLikeChoices = (el: Element): boolean => {
    if (el.hasAttribute('role') || NATIVE.has(el.tagName) || !visible(el)) return false;
    const children = Array.from(el.children).filter(visible);
    if (children.length < 2) return false;
    const holding = children.filter((child) => picksIn(child).length === 1);
    return holding.length >= 2 && holding.length === children.filter((child) => /\p{L}/u.test((child as HTMLElement).innerText ?? '')).length;
  };
  // What the page showed when `markShown` last looked: what shows after it is new to the reader.
  const SHOWN = '__guideVerifierShownBefore';
  const shownBefore = () => (window as unknown as Record<string, WeakSet<Element> | undefined>)[SHOWN];
  /** A text that showed since the mark, in an element of its own (an item of a list that opened). */
  const appeared = (el: Element): boolean => {
    const before = shownBefore();
    if (!before || before.has(el) || !visible(el)) return false;
    return Array.from(el.childNodes).some((n) => n.nodeType === 3 && /[\p{L}\p{N}]/u.test(n.textContent ?? ''));
  };
  /** A text field that showed since the mark (a list's own search box). */
  const appearedField = (el: Element): boolean => {
    const before = shownBefore();
    if (!before || before.has(el) || el.tagName !== 'INPUT' || !visible(el)) return false;
    const type = (el.getAttribute('type') ?? 'text').toLowerCase();
    return type === 'text' || type === 'search';
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
      const test = { box: looksLikeBox, strip: looksLikeStrip, list: looksLikeList, choices: looksLikeChoices, pick: choice, pressable: looksPressable, appeared, 'appeared-field': appearedField }[look];
      if (!test) throw new Error(`unknown look "${look}"`);
      const found = all(root).filter(test);
      return look === 'list' || look === 'pick' ? outermost(found) : found;
    },
  };
}

// Registered when the engine is loaded, before any page asks for a look; contexts made before
// are given it too. A second load in the same process finds it there.
await selectors.register('look', lookEngine).catch((error: Error) => {
  if (!/already registered/.test(error.message)) throw error;
});

/** The boxes a person would tick on the page (or in a frame of it), found by their look (see lookEngine). */
export function drawnBoxes(scope: Page | Frame | Locator): Locator {
  return scope.locator('look=box');
}

/** Fields a person opens to pick from a list, when the markup says nothing of them (see lookEngine). */
export function drawnLists(scope: Page | Locator): Locator {
  return scope.locator('look=list');
}

/** Groups of choices a person picks one of, when the markup names no radio group (see lookEngine). */
export function drawnChoiceGroups(scope: Page | Locator): Locator {
  return scope.locator('look=choices');
}

/** What a person would press that the markup calls neither a button nor a link (see lookEngine). */
export function drawnPressables(scope: Page | Locator): Locator {
  return scope.locator('look=pressable');
}

/** In a group of choices, what a person clicks to pick each one: tiles, or bare radios. */
export function drawnPicks(group: Locator): Locator {
  return group.locator('look=pick');
}

/**
 * Notes what the page shows now, so that what shows after (a list's items, its search box) can be
 * told as new: `appearedTexts` and `appearedFields`.
 */
export async function markShown(page: Page): Promise<void> {
  // The same key and walk as the look engine's (it runs in the page's own world, as evaluate does).
  await page.evaluate(() => {
    const shown: Element[] = [];
    const visit = (root: Document | ShadowRoot) => {
      for (const el of Array.from(root.querySelectorAll('*'))) {
        const r = el.getBoundingClientRect();
        const style = r.width > 0 && r.height > 0 ? getComputedStyle(el) : undefined;
        if (style && style.visibility !== 'hidden' && style.display !== 'none' && Number(style.opacity) > 0) shown.push(el);
        if (el.shadowRoot) visit(el.shadowRoot);
      }
    };
    visit(document);
    (window as unknown as Record<string, WeakSet<Element>>).__guideVerifierShownBefore = new WeakSet(shown);
  });
}

/** Elements with words of their own that showed since `markShown`: the items of a list just opened. */
export function appearedTexts(page: Page): Locator {
  return page.locator('look=appeared');
}

/** Text fields that showed since `markShown`: the search box of a list just opened. */
export function appearedFields(page: Page): Locator {
  return page.locator('look=appeared-field');
}

/** The bars across the page a person reads as notifications when the markup names none (see lookEngine). */
export function drawnStrips(scope: Page | Locator): Locator {
  return scope.locator('look=strip');
}
