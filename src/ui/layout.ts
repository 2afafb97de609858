import type { Locator } from '@playwright/test';
import { INVISIBLE_CLASS } from '../locale/typography.js';

/** A box on the page, in CSS pixels of the viewport. */
export interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/** What a person sees of a form control, read in one pass over the page. */
export interface ControlLook {
  role: 'textbox' | 'combobox' | 'checkbox';
  /** A box the markup does not call a checkbox (no role, no native input): found and judged by its look. */
  drawn: boolean;
  /** A native `<select>`, picked with the browser's own list. */
  native: boolean;
  editable: boolean;
  /** Greyed out: a person leaves it as it stands. */
  disabled: boolean;
  /** It shows a value already (never the value itself: it may be a secret). */
  filled: boolean;
  /** It lives in a shadow tree, where the order of one role's matches is not the document's. */
  inShadow: boolean;
  /** Its accessible name from the markup: aria-labelledby, aria-label, a tied label, a title. */
  ariaName: string;
  /** The short text placed above it or to its left (to its right for a checkbox), by layout. */
  layoutLabel: string;
  placeholder: string;
  type: string;
  autocomplete: string;
  /** Its `name` attribute: what autofill and password managers read. */
  submitName: string;
  /** The page marks it refused or not with aria-invalid. */
  marksInvalid: boolean;
  box: Box;
}

/** What a pressable element looks like where it stands: its name, the role it looks like and its place. */
export interface PressableLook {
  name: string;
  role: 'button' | 'link';
  /** 0 the form's action area, 1 elsewhere, 2 a tool inside a field or an icon with no words. */
  place: 0 | 1 | 2;
}

/**
 * A document taking the link it reads with: `sentence` names the one look at a sentence's
 * documents, so a link one of them took is not another's.
 */
export interface LinkClaim {
  sentence: string;
  document: string;
}

/** A text a reader spotted, and the link they pair with it. */
export interface MentionLook {
  text: string;
  box: Box;
  /** Where the nearest link not taken by another document of the sentence leads. */
  href?: string;
  /** The nearest link, when another document of the sentence took it. */
  taken?: { href: string; by: string };
}

type Request = (
  | { mode: 'controls' }
  | { mode: 'texts' }
  | { mode: 'refusal'; index: number }
  | { mode: 'mention'; claim?: LinkClaim }
  | { mode: 'notifications' }
  | { mode: 'consent'; stems: string[] }
  | { mode: 'ticked' }
  | { mode: 'clear' }
  | { mode: 'held' }
  | { mode: 'overlay' }
  | { mode: 'window' }
  | { mode: 'pressables'; fields: Box[] }
) & {
  /** The characters a reader does not see (src/locale/typography.ts), as a RegExp class source. */
  invisible: string;
};

/** A look at the page of `mode`, with what the page must know of typography to read as a person. */
function ask<R extends Omit<Request, 'invisible'>>(request: R): R & { invisible: string } {
  return { ...request, invisible: INVISIBLE_CLASS };
}

/**
 * Everything the engine reads of the layout, run inside the page on elements found by role. One
 * function so the text blocks a reader sees are cut the same way for labels, messages and
 * documents; it must not refer to anything outside itself, since Playwright sends its source.
 */
function probe(found: Element[] | Element, request: Request): unknown {
  const elements = Array.isArray(found) ? found : [found];
  const doc = elements[0]?.ownerDocument ?? document;
  const CONTROL_TAGS = new Set(['INPUT', 'SELECT', 'TEXTAREA', 'BUTTON', 'OPTION', 'SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE']);
  const CONTROL_ROLES = new Set(['button', 'option', 'listbox', 'combobox', 'checkbox', 'textbox', 'searchbox', 'switch', 'radio', 'slider', 'spinbutton', 'menuitem', 'tab']);
  const isControl = (el: Element) => CONTROL_TAGS.has(el.tagName) || CONTROL_ROLES.has(el.getAttribute('role') ?? '');
  const boxOf = (r: DOMRect | Box): Box => ({ left: r.left, top: r.top, right: r.right, bottom: r.bottom });
  const shown = (el: Element) => {
    const style = getComputedStyle(el);
    return style.display !== 'none' && style.visibility !== 'hidden';
  };
  const invisible = new RegExp(request.invisible, 'gu');
  /** Words as a reader sees them: no soft hyphens or zero-width characters, one space for any. */
  const asSeen = (text: string) => text.replace(invisible, '').replace(/\s+/g, ' ').trim();
  /** The words of `node` a reader sees and a screen reader announces, without form controls. */
  const textOf = (node: Node): string => {
    let out = '';
    const walk = (n: Node) => {
      if (n.nodeType === Node.TEXT_NODE) out += n.textContent ?? '';
      if (n.nodeType !== Node.ELEMENT_NODE) return;
      const el = n as Element;
      if (el.getAttribute('aria-hidden') === 'true' || (CONTROL_TAGS.has(el.tagName) && el.tagName !== 'BUTTON') || !shown(el)) return;
      for (const child of Array.from(el.childNodes)) walk(child);
    };
    walk(node);
    return asSeen(out);
  };
  // Open shadow roots are part of what a person sees: every walk over the page goes into them.
  /** The element around `node`, across a shadow root's edge to its host. */
  const up = (node: Node): Element | null => node.parentElement ?? ((node.parentNode as ShadowRoot | null)?.host ?? null);
  // Most pages have no shadow root: their walks stay the browser's own, which are many times faster.
  const pierce = Array.from(doc.getElementsByTagName('*')).some((el) => el.shadowRoot);
  /** Every element under `root`, open shadow roots included, in document order. */
  const descendants = (root: Element | Document | ShadowRoot): Element[] => {
    if (!pierce) return Array.from(root.querySelectorAll('*'));
    const out: Element[] = [];
    const visit = (parent: Element | Document | ShadowRoot) => {
      for (const el of Array.from(parent.children)) {
        out.push(el);
        if (el.shadowRoot) visit(el.shadowRoot);
        visit(el);
      }
    };
    visit(root);
    return out;
  };
  /** Every text node under `root`, open shadow roots included. */
  const textNodes = (root: Element | Document | ShadowRoot): Text[] => {
    const out: Text[] = [];
    if (!pierce) {
      const walker = doc.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) out.push(node as Text);
      return out;
    }
    const visit = (parent: Node) => {
      for (const child of Array.from(parent.childNodes)) {
        if (child.nodeType === Node.TEXT_NODE) out.push(child as Text);
        else if (child.nodeType === Node.ELEMENT_NODE) {
          if ((child as Element).shadowRoot) visit((child as Element).shadowRoot as ShadowRoot);
          visit(child);
        }
      }
    };
    visit(root);
    return out;
  };
  /** The element an id names, in the tree of `from` (ids do not cross a shadow root's edge). */
  const byId = (from: Element, id: string) => (from.getRootNode() as Document | ShadowRoot).getElementById?.(id) ?? null;
  const hasControl = (el: Element) => isControl(el) || descendants(el).some(isControl);
  const insideControl = (el: Element | null) => {
    for (let n = el; n; n = up(n)) {
      if (isControl(n) || n.tagName === 'A' || n.getAttribute('aria-hidden') === 'true') return true;
    }
    return false;
  };
  const isAlert = (el: Element | null) => {
    for (let n = el; n; n = up(n)) if (n.getAttribute('role') === 'alert') return true;
    return false;
  };
  const hiddenFromReaders = (el: Element | null) => {
    for (let n = el; n; n = up(n)) if (n.getAttribute('aria-hidden') === 'true') return true;
    return false;
  };
  const BUTTON_INPUTS = new Set(['button', 'submit', 'reset', 'image']);
  /** The role getByRole gives what a person presses: the element's own, else its tag's. */
  const pressRole = (el: Element): string =>
    el.getAttribute('role') ??
    (el.tagName === 'BUTTON' || (el.tagName === 'INPUT' && BUTTON_INPUTS.has((el as HTMLInputElement).type))
      ? 'button'
      : (el.tagName === 'A' || el.tagName === 'AREA') && el.hasAttribute('href')
        ? 'link'
        : '');
  /** The buttons or links inside `root` as getByRole finds them with `visible`: not hidden from readers, and drawn. */
  const pressablesIn = (root: Element | Document, roles: readonly string[]) =>
    descendants(root).filter((el) => {
      if (!roles.includes(pressRole(el)) || hiddenFromReaders(el)) return false;
      const r = el.getBoundingClientRect();
      return r.width > 0 && r.height > 0 && getComputedStyle(el).visibility !== 'hidden';
    });
  /** The text blocks of the page: inline runs climbed to the nearest element that holds no control. */
  const blocks = (): Array<{ element: Element; text: string; box: Box }> => {
    const found = new Map<Element, { element: Element; text: string; box: Box }>();
    for (const node of textNodes(doc.body)) {
      if (!node.textContent?.trim()) continue;
      let block = node.parentElement;
      if (!block || insideControl(block)) continue;
      while (block.parentElement && block.parentElement !== doc.body && getComputedStyle(block).display.startsWith('inline') && !hasControl(block.parentElement)) {
        block = block.parentElement;
      }
      if (found.has(block)) continue;
      const range = doc.createRange();
      range.selectNodeContents(block);
      const rect = range.getBoundingClientRect();
      const text = textOf(block);
      if (rect.width > 0 && rect.height > 0 && text && shown(block)) found.set(block, { element: block, text, box: boxOf(rect) });
    }
    return [...found.values()];
  };
  /** A control the markup says nothing of: no role, not a native field; among the controls, a box found by its look. */
  const isDrawn = (el: Element) => !el.hasAttribute('role') && !['INPUT', 'SELECT', 'TEXTAREA'].includes(el.tagName) && !(el as HTMLElement).isContentEditable;
  /** What a pseudo-element paints: a tick drawn by the stylesheet. */
  const paints = (el: Element, pseudo: string) => {
    const style = getComputedStyle(el, pseudo);
    return style.content !== 'none' && style.content !== 'normal' && style.display !== 'none' && style.visibility !== 'hidden';
  };
  /** The colour behind `el`: the nearest ancestor's background that is not transparent. */
  const behind = (el: Element | null): string => {
    for (let n = el; n; n = up(n)) {
      const color = getComputedStyle(n).backgroundColor;
      if (color && color !== 'transparent' && !/rgba\([^)]*,\s*0\)$/.test(color)) return color;
    }
    return 'rgb(255, 255, 255)';
  };
  /** A colour a person reads as blank paper: white or nearly (an empty box is often white on a pale panel). */
  const blank = (color: string) => {
    const [r, g, b] = (color.match(/\d+(\.\d+)?/g) ?? []).map(Number);
    return 0.2126 * r + 0.7152 * g + 0.0722 * b > 245;
  };
  /**
   * A box's state as a screen reader announces it, native or with aria-checked; a box that says
   * nothing is ticked as a person sees it: a mark drawn in it, or filled with another colour than
   * what is behind it (not a white one: a white box on a grey panel is an empty box).
   */
  const ticked = (el: Element) => {
    if (el instanceof HTMLInputElement) return el.checked;
    if (!isDrawn(el)) return el.getAttribute('aria-checked') === 'true';
    if (paints(el, '::after') || paints(el, '::before')) return true;
    const own = getComputedStyle(el).backgroundColor;
    return own !== 'transparent' && !/rgba\([^)]*,\s*0\)$/.test(own) && own !== behind(up(el)) && !blank(own);
  };
  const roleOf = (el: Element): 'textbox' | 'combobox' | 'checkbox' => {
    const role = el.getAttribute('role');
    if (role === 'combobox' || role === 'checkbox') return role;
    if (el.tagName === 'SELECT') return 'combobox';
    if (el.tagName === 'INPUT' && (el as HTMLInputElement).type === 'checkbox') return 'checkbox';
    if (el.tagName === 'INPUT' && el.getAttribute('list')) return 'combobox';
    // Of the controls found by their look, a box is small and square; a list is a field's width.
    if (isDrawn(el)) return el.getBoundingClientRect().width > 40 ? 'combobox' : 'checkbox';
    return 'textbox';
  };
  const ariaName = (el: Element): string => {
    const ids = (el.getAttribute('aria-labelledby') ?? '').split(/\s+/).filter(Boolean);
    const labelled = ids.map((id) => byId(el, id)).filter((n): n is HTMLElement => !!n).map(textOf).join(' ').trim();
    if (labelled) return labelled;
    const label = asSeen(el.getAttribute('aria-label') ?? '');
    if (label) return label;
    const tied = Array.from((el as HTMLInputElement).labels ?? []).map(textOf).join(' ').trim();
    if (tied) return tied;
    const title = asSeen(el.getAttribute('title') ?? '');
    if (title) return title;
    return el.getAttribute('role') === 'checkbox' ? textOf(el) : '';
  };
  /**
   * The words in the frame drawn around a control (a <legend> of its fieldset, the "notched
   * outline" of material-style fields): the fieldset inside the control, or the one around it
   * that frames it alone.
   */
  const frameLegend = (el: Element): string => {
    const inner = Array.from(el.querySelectorAll('fieldset')).find((set) => set.querySelector(':scope > legend'));
    let frame: Element | null | undefined = inner;
    if (!frame) {
      for (let n = up(el); n && n !== doc.body; n = up(n)) {
        if (n.tagName !== 'FIELDSET') continue;
        frame = descendants(n).filter(isControl).length <= 1 ? n : null;
        break;
      }
    }
    const legend = frame?.querySelector(':scope > legend');
    return legend ? textOf(legend) : '';
  };
  /** How well a text block reads as the label of a control: above it, to its left, or to its right for a box. */
  const labelScore = (box: Box, role: string, block: { text: string; box: Box; element: Element }): number => {
    const t = block.box;
    if (block.text.length > 400 || !/\p{L}/u.test(block.text) || isAlert(block.element)) return Infinity;
    // The words right of a box are its label however long (a consent is a sentence or two); a
    // field's label above or before it is a few words, not the paragraph that stands there.
    if (role === 'checkbox' && t.top >= box.top - 8 && t.top <= box.bottom && t.left >= box.right - 4 && t.left - box.right <= 40) return t.left - box.right;
    if (block.text.length > 80) return Infinity;
    const middle = (t.top + t.bottom) / 2;
    if (t.bottom <= box.top + 4 && box.top - t.bottom <= 48 && t.left < box.right && t.right > box.left - 8) {
      // A text beside another control on its row is that control's label before it is one above.
      return 10 + box.top - t.bottom + Math.abs(t.left - box.left) / 4;
    }
    if (middle >= box.top - 4 && middle <= box.bottom + 4 && t.right <= box.left + 4 && box.left - t.right <= 200) return box.left - t.right;
    return Infinity;
  };
  const labelBlock = (box: Box, role: string, all: ReturnType<typeof blocks>) => {
    let best: (typeof all)[number] | undefined;
    let bestScore = Infinity;
    for (const block of all) {
      const score = labelScore(box, role, block);
      if (score < bestScore) [best, bestScore] = [block, score];
    }
    return best;
  };
  const union = (a: Box, b: Box): Box => ({ left: Math.min(a.left, b.left), top: Math.min(a.top, b.top), right: Math.max(a.right, b.right), bottom: Math.max(a.bottom, b.bottom) });
  const gap = (a: Box, b: Box) => ({
    dx: Math.max(0, a.left - b.right, b.left - a.right),
    dy: Math.max(0, a.top - b.bottom, b.top - a.bottom),
  });
  // The page's texts as they stood when Enter was last pressed in it, noted by the page itself in
  // that instant; kept in the session's storage as well, so a form that reloads on submission
  // still finds what it showed before.
  const TEXTS_AT_ENTER = '__guideVerifierTextsAtEnter';
  const LINK_CLAIMS = '__guideVerifierLinkClaims';
  const own = window as unknown as Record<string, unknown>;
  const rememberTexts = () => {
    const seen = blocks();
    const texts = seen.map((block) => block.text);
    own[TEXTS_AT_ENTER] = texts;
    // In this document, which elements stood there too: a message the form draws again on a second
    // refusal is new, though its words are the same as the first one's.
    own[`${TEXTS_AT_ENTER}:elements`] = new WeakSet(seen.map((block) => block.element));
    // And what changed since: a message the form clears and writes again in the same element is
    // new too (a person sees it drawn again), though its element and words are those of before.
    const changed = new WeakSet<Node>();
    own[`${TEXTS_AT_ENTER}:changed`] = changed;
    (own[`${TEXTS_AT_ENTER}:observer`] as MutationObserver | undefined)?.disconnect();
    const observer = new MutationObserver((records) => {
      for (const record of records) for (let n: Node | null = record.target; n && !changed.has(n); n = n.parentNode) changed.add(n);
    });
    observer.observe(doc.body, { subtree: true, childList: true, characterData: true });
    own[`${TEXTS_AT_ENTER}:observer`] = observer;
    try {
      sessionStorage.setItem(TEXTS_AT_ENTER, JSON.stringify(texts));
    } catch {
      // Storage turned off: this document keeps them.
    }
  };
  const textsAtEnter = (): string[] => {
    if (Array.isArray(own[TEXTS_AT_ENTER])) return own[TEXTS_AT_ENTER] as string[];
    try {
      return JSON.parse(sessionStorage.getItem(TEXTS_AT_ENTER) ?? '[]') as string[];
    } catch {
      return [];
    }
  };

  /** The link nearest to `box`, as a reader pairs them: in the text, on its line, else the next. */
  const nearestLink = (links: Element[], box: Box): HTMLAnchorElement | undefined => {
    let best = -1;
    let bestScore = Infinity;
    links.forEach((el, i) => {
      const { dx, dy } = gap(boxOf(el.getBoundingClientRect()), box);
      const score = dy <= 40 && dx <= 600 ? dy * 3 + dx : Infinity;
      if (score < bestScore) [best, bestScore] = [i, score];
    });
    return best >= 0 ? (links[best] as HTMLAnchorElement) : undefined;
  };

  /** Nothing covers `el`: a point in its middle hits it (inside shadow roots too). */
  const onTop = (el: Element): boolean => {
    const r = el.getBoundingClientRect();
    let hit = doc.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
    // A point inside a shadow root hits its host: look again inside it.
    while (hit?.shadowRoot && hit !== el) {
      const inner = hit.shadowRoot.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
      if (!inner || inner === hit) break;
      hit = inner;
    }
    return !!hit && (hit === el || el.contains(hit));
  };
  /** The box around `el` pinned to the screen or in the browser's top layer (a modal), if any. */
  const pinnedBox = (el: Element): Element | undefined => {
    for (let n: Element | null = el; n && n !== doc.body; n = up(n)) {
      if (getComputedStyle(n).position === 'fixed' || n.matches(':modal')) return n;
    }
    return undefined;
  };
  switch (request.mode) {
    case 'controls': {
      // Once per document, before the page's own handlers see the key (capture on the window).
      if (!own[`${TEXTS_AT_ENTER}:listening`]) {
        own[`${TEXTS_AT_ENTER}:listening`] = true;
        window.addEventListener('keydown', (event) => event.key === 'Enter' && rememberTexts(), true);
      }
      const all = blocks();
      const looks = elements.map((el) => ({ el, role: roleOf(el), box: boxOf(el.getBoundingClientRect()) }));
      // A text labels the one control it reads best with, so the label of one field never names the next.
      const scores = looks.map((look) => all.map((block) => labelScore(look.box, look.role, block)));
      const claimedBy = all.map((_, j) => scores.reduce((best, row, i) => (row[j] < scores[best][j] ? i : best), 0));
      return looks.map(({ el, role, box }, i) => {
        const input = el as HTMLInputElement;
        const name = ariaName(el);
        let label = name ? '' : frameLegend(el);
        if (!name && !label) {
          let bestScore = Infinity;
          all.forEach((block, j) => {
            if (claimedBy[j] === i && scores[i][j] < bestScore) [label, bestScore] = [block.text, scores[i][j]];
          });
        }
        return {
          role,
          drawn: isDrawn(el),
          native: el.tagName === 'SELECT',
          editable: (el.tagName === 'INPUT' || el.tagName === 'TEXTAREA') && !input.readOnly && !input.disabled,
          disabled: input.disabled === true || el.getAttribute('aria-disabled') === 'true',
          filled: typeof input.value === 'string' && input.value !== '',
          inShadow: el.getRootNode() !== doc,
          ariaName: name,
          layoutLabel: label,
          placeholder: (el.getAttribute('placeholder') ?? el.getAttribute('aria-placeholder') ?? '').trim(),
          type: el.getAttribute('type') ?? '',
          autocomplete: el.getAttribute('autocomplete') ?? '',
          submitName: el.getAttribute('name') ?? '',
          marksInvalid: el.hasAttribute('aria-invalid'),
          box,
        };
      });
    }
    case 'texts':
      return blocks().map((block) => block.text);
    case 'refusal': {
      const target = elements[request.index];
      if (!target) return undefined;
      // A page that marks refusals with WAI-ARIA says so for every field: trust it either way.
      if (target.hasAttribute('aria-invalid')) {
        if (target.getAttribute('aria-invalid') !== 'true') return undefined;
        const ids = (target.getAttribute('aria-describedby') ?? '').split(/\s+/).filter(Boolean);
        const described = ids.map((id) => byId(target, id)?.textContent?.trim() ?? '').filter(Boolean).join(' ');
        return described || (target as HTMLInputElement).validationMessage || 'marked invalid';
      }
      const all = blocks();
      // A checkbox's place on the form is its row: the box with the words beside it.
      const groups = elements.map((el) => {
        const box = boxOf(el.getBoundingClientRect());
        const label = roleOf(el) === 'checkbox' ? labelBlock(box, 'checkbox', all) : undefined;
        return label ? union(box, label.box) : box;
      });
      const baseline = new Set(textsAtEnter());
      const standing = own[`${TEXTS_AT_ENTER}:elements`] as WeakSet<Element> | undefined;
      const changed = own[`${TEXTS_AT_ENTER}:changed`] as WeakSet<Node> | undefined;
      /** Shown since Enter was pressed: words that were not there, or drawn anew in this document. */
      const appeared = (block: { element: Element; text: string }) =>
        !baseline.has(block.text) || (standing !== undefined && !standing.has(block.element)) || changed?.has(block.element) === true;
      /** The control a message belongs to: the one beside it on its left, else the nearest one above it. */
      const owner = (t: Box): number => {
        const middle = (t.top + t.bottom) / 2;
        let beside = -1;
        let above = -1;
        groups.forEach((g, i) => {
          if (middle >= g.top - 4 && middle <= g.bottom + 4 && g.right <= t.left + 4 && t.left - g.right <= 240) {
            if (beside < 0 || g.right > groups[beside].right) beside = i;
          } else if (g.top < t.top - 1 && g.bottom <= t.top + 4 && t.top - g.bottom <= 80 && g.left < t.right && g.right > t.left) {
            if (above < 0 || g.bottom > groups[above].bottom) above = i;
          }
        });
        return beside >= 0 ? beside : above;
      };
      const messages = all
        .filter((block) => (isAlert(block.element) || appeared(block)) && owner(block.box) === request.index)
        .sort((a, b) => a.box.top - b.box.top);
      return messages[0]?.text;
    }
    case 'mention': {
      // The words and the box they fill (tighter than a wide block's layout box), and the link beside them.
      const el = elements[0];
      const range = doc.createRange();
      range.selectNodeContents(el);
      const box = boxOf(range.getBoundingClientRect());
      const links = pressablesIn(doc, ['link']);
      // One link answers for one document. The page keeps which document of the sentence took each
      // link element, not its address: two links to one page holding both documents stay two links.
      own[LINK_CLAIMS] ??= new WeakMap<Element, LinkClaim>();
      const claims = own[LINK_CLAIMS] as WeakMap<Element, LinkClaim>;
      const takenBy = (link: Element) => {
        const claim = claims.get(link);
        return request.claim && claim?.sentence === request.claim.sentence && claim.document !== request.claim.document ? claim.document : undefined;
      };
      const nearest = nearestLink(links, box);
      const free = nearestLink(links.filter((link) => !takenBy(link)), box);
      if (free && request.claim) claims.set(free, request.claim);
      const look: MentionLook = { text: asSeen((el as HTMLElement).innerText ?? el.textContent ?? ''), box, href: free?.href };
      if (nearest && nearest !== free) look.taken = { href: nearest.href, by: takenBy(nearest) ?? '' };
      return look;
    }
    case 'notifications':
      // Each strip's place, its buttons' and links' words, its own, and its longest words that no
      // button or link holds (the text a reader may be told to click, which only a script makes clickable).
      return elements.map((el) => {
        const pressed = (node: Node) => {
          for (let n = up(node); n && n !== up(el); n = up(n)) {
            if (['button', 'link'].includes(pressRole(n)) || n.getAttribute('aria-hidden') === 'true' || !shown(n)) return true;
          }
          return false;
        };
        const runs = new Map<Element, string>();
        for (const node of textNodes(el)) {
          if (!node.textContent?.trim() || !node.parentElement || pressed(node)) continue;
          runs.set(node.parentElement, (runs.get(node.parentElement) ?? '') + node.textContent);
        }
        const plain = [...runs.values()].map(asSeen).reduce((a, b) => (b.length > a.length ? b : a), '');
        return {
          top: el.getBoundingClientRect().top,
          words: pressablesIn(el, ['button', 'link']).map((node) => asSeen((node as HTMLElement).innerText ?? '')),
          own: asSeen((el as HTMLElement).innerText ?? ''),
          plain,
        };
      });
    case 'consent': {
      // The box a document's text accepts: the box named by it, else the one on its row, to its left; and whether it is ticked.
      const all = blocks();
      const boxes = elements.map((el, i) => ({ el, i, box: boxOf(el.getBoundingClientRect()) })).filter(({ el }) => roleOf(el) === 'checkbox');
      // Each document's box, the words that gave it (the box's own name, else the document's text
      // beside it) and how strongly they hold it: a name first, then a text by its top on the page.
      const picks = request.stems.map((stem): { index: number; words?: unknown; hold: number } => {
        const pattern = new RegExp(stem, 'iu');
        const named = boxes.find(({ el }) => pattern.test(ariaName(el)));
        if (named) return { index: named.i, words: ariaName(named.el), hold: -Infinity };
        const mention = all.find((block) => pattern.test(block.text));
        if (!mention) return { index: -1, hold: Infinity };
        const t = mention.box;
        let best: (typeof boxes)[number] | undefined;
        let bestGap = Infinity;
        for (const candidate of boxes) {
          const { box } = candidate;
          const middle = (box.top + box.bottom) / 2;
          const dx = Math.max(0, t.left - box.right, box.left - t.right);
          if (middle >= t.top - 6 && middle <= t.bottom + 6 && box.left <= t.left + 4 && dx <= 60 && dx < bestGap) [best, bestGap] = [candidate, dx];
        }
        return best ? { index: best.i, words: mention.element, hold: t.top } : { index: -1, hold: Infinity };
      });
      // A box answers for one text: documents its name (or one text) names together share it, but
      // a document whose text merely stands beside a box that another's name or a text above
      // holds has no box of its own.
      return picks.map((pick, d) => {
        if (pick.index < 0) return { index: -1, ticked: false };
        const holder = picks.findIndex(
          (other, o) => other.index === pick.index && other.words !== pick.words && (other.hold < pick.hold || (other.hold === pick.hold && o < d)),
        );
        if (holder >= 0) return { index: -1, ticked: false, heldBy: holder };
        return { index: pick.index, ticked: ticked(elements[pick.index]) };
      });
    }
    case 'ticked':
      return elements.map(ticked);
    case 'clear': {
      // The list and the buttons, in one look: the list is the one element that takes a choice or text.
      const isList = (el: Element) =>
        ['combobox', 'listbox', 'textbox', 'searchbox'].includes(el.getAttribute('role') ?? '') ||
        el.tagName === 'SELECT' ||
        el.tagName === 'TEXTAREA' ||
        (el.tagName === 'INPUT' && !BUTTON_INPUTS.has((el as HTMLInputElement).type));
      const list = elements.find(isList);
      if (!list) return -1;
      const f = boxOf(list.getBoundingClientRect());
      // A list's clear button sits inside its box or right after it, on the same row.
      let best = -1;
      let bestScore = Infinity;
      elements.filter((el) => el !== list).forEach((el, i) => {
        const box = boxOf(el.getBoundingClientRect());
        const middle = (box.top + box.bottom) / 2;
        if (middle < f.top - 2 || middle > f.bottom + 2 || box.left < f.left || box.left - f.right > 48) return;
        const score = Math.abs(box.right - f.right);
        if (score < bestScore) [best, bestScore] = [i, score];
      });
      return best;
    }
    case 'held': {
      // A disabled button in the form's action area (below its last field) holds the form back.
      const isButton = (el: Element) => pressRole(el) === 'button';
      const fieldsBottom = Math.max(-Infinity, ...elements.filter((el) => !isButton(el)).map((el) => el.getBoundingClientRect().bottom));
      return elements.some(
        (el) => isButton(el) && ((el as HTMLButtonElement).disabled || el.getAttribute('aria-disabled') === 'true') && el.getBoundingClientRect().top >= fieldsBottom - 2,
      );
    }
    case 'overlay':
      // The first of `elements` that stands in a window drawn over the page.
      return elements.findIndex((el) => onTop(el) && pinnedBox(el) !== undefined);
    case 'window': {
      // The first of `elements` in a box pinned over the page's middle (a window, not a launcher in a
      // corner or a banner at an edge), and how many parents up, in its own tree, that box stands.
      const [x, y] = [window.innerWidth / 2, window.innerHeight / 2];
      for (const [index, el] of elements.entries()) {
        const box = onTop(el) ? pinnedBox(el) : undefined;
        const r = box?.getBoundingClientRect();
        if (!box || !r || r.left > x || r.right < x || r.top > y || r.bottom < y) continue;
        let depth = 0;
        for (let n: Element | null = el; n && n !== box; n = n.parentElement) depth += 1;
        return { index, depth: box.getRootNode() === el.getRootNode() ? depth : 1 };
      }
      return { index: -1, depth: 0 };
    }
    case 'pressables': {
      const lastField = Math.max(-Infinity, ...request.fields.map((f) => f.bottom));
      return elements.map((el) => {
        const box = boxOf(el.getBoundingClientRect());
        const words = asSeen((el as HTMLElement).innerText ?? '');
        const name = ariaName(el) || words || el.getAttribute('title') || '';
        const middle = (box.top + box.bottom) / 2;
        const tool = request.fields.some((f) => middle >= f.top - 2 && middle <= f.bottom + 2 && box.left >= f.left - 2 && box.left - f.right <= 48);
        // A link drawn as a button (a filled or framed box) is a button to the reader of a guide.
        const style = getComputedStyle(el);
        const framed = parseFloat(style.borderTopWidth) > 0 && parseFloat(style.borderLeftWidth) > 0 && !/rgba\(\d+, \d+, \d+, 0\)|transparent/.test(style.borderTopColor);
        const filled = !/rgba\(\d+, \d+, \d+, 0\)|transparent/.test(style.backgroundColor);
        const isLink = el.getAttribute('role') === 'link' || (el.tagName === 'A' && el.getAttribute('role') !== 'button');
        const role = isLink && !framed && !filled ? 'link' : 'button';
        let place = 1;
        if (tool || !/\p{L}/u.test(words)) place = 2;
        else if (box.top >= lastField - 2 && box.top - lastField <= 320) place = 0;
        return { name: asSeen(name), role, place };
      });
    }
  }
}

/**
 * How each control looks. The look also has the page note its texts whenever Enter is pressed in
 * it, which refusalNear compares with: every form the engine submits is one it looked at in that
 * document.
 */
export async function lookOfControls(controls: Locator): Promise<ControlLook[]> {
  return (await controls.evaluateAll(probe, ask({ mode: 'controls' }))) as ControlLook[];
}

/** Every text block a reader sees on the page, to tell later which messages are new. */
export async function visibleTexts(body: Locator): Promise<string[]> {
  return (await body.evaluateAll(probe, ask({ mode: 'texts' }))) as string[];
}

/**
 * The message the form shows for the control at `index` of `controls` after a submission by Enter:
 * the WAI-ARIA error when the page marks fields that way, else a text (or any alert) placed right
 * under it or beside it that was not on the page when Enter was pressed.
 */
export async function refusalNear(controls: Locator, index: number): Promise<string | undefined> {
  return (await controls.evaluateAll(probe, ask({ mode: 'refusal', index }))) as string | undefined;
}

/**
 * For each document (by the stem of its name, a RegExp source), the index among `controls` of the
 * checkbox that accepts it (-1 when its text stands without one) and whether it is ticked now;
 * `heldBy` is the document whose box its text stands beside.
 */
export async function consentBoxIndexes(controls: Locator, stems: readonly string[]): Promise<Array<{ index: number; ticked: boolean; heldBy?: number }>> {
  return (await controls.evaluateAll(probe, ask({ mode: 'consent', stems: [...stems] }))) as Array<{ index: number; ticked: boolean; heldBy?: number }>;
}

/** Whether each of `controls` is ticked. */
export async function tickedStates(controls: Locator): Promise<boolean[]> {
  return (await controls.evaluateAll(probe, ask({ mode: 'ticked' }))) as boolean[];
}

/** The index among `buttons` of the one that clears `list`, or -1; the list's place is read in the same look. */
export async function clearButtonOf(buttons: Locator, list: Locator): Promise<number> {
  return (await list.or(buttons).evaluateAll(probe, ask({ mode: 'clear' }))) as number;
}

/** Whether a disabled button stands in the action area of the form whose `controls` are given with `disabledButtons`. */
export async function submitHeldBack(controls: Locator, disabledButtons: Locator): Promise<boolean> {
  return (await controls.or(disabledButtons).evaluateAll(probe, ask({ mode: 'held' }))) as boolean;
}

/** The index among `pressables` of the first that stands in a window drawn over the page, or -1. */
export async function inOverlay(pressables: Locator): Promise<number> {
  return (await pressables.evaluateAll(probe, ask({ mode: 'overlay' }))) as number;
}

/**
 * The window over the page's middle that holds one of `pressables`, whatever its buttons are
 * called: the box pinned around the first such, or undefined.
 */
export async function windowHolding(pressables: Locator): Promise<Locator | undefined> {
  const { index, depth } = (await pressables.evaluateAll(probe, ask({ mode: 'window' }))) as { index: number; depth: number };
  if (index < 0) return undefined;
  let box = pressables.nth(index);
  for (let level = 0; level < depth; level += 1) box = box.locator('..');
  return box;
}

export async function lookOfPressables(candidates: Locator, fields: Box[]): Promise<PressableLook[]> {
  return (await candidates.evaluateAll(probe, ask({ mode: 'pressables', fields }))) as PressableLook[];
}

/**
 * A text a reader spotted, in one look as soon as it shows: its words, the box they fill, and
 * where the link a reader pairs with it leads, if one stands near: in the sentence, on its line, else the next.
 * With `claim`, a link another document of the same sentence took is passed over, and the link
 * found is this document's from then on.
 */
export async function mentionAndLink(element: Locator, timeout?: number, claim?: LinkClaim): Promise<MentionLook> {
  return (await element.evaluate(probe, ask({ mode: 'mention', claim }), { timeout })) as MentionLook;
}

/** What a reader sees of a notification: its place, its buttons' and links' words, all its words, and its longest plain text. */
export interface NotificationLook {
  top: number;
  words: string[];
  own: string;
  /** The longest text in it that no button or link holds ('' when every word is clickable). */
  plain: string;
}

/** For each notification candidate, how it looks. */
export async function lookOfNotifications(candidates: Locator): Promise<NotificationLook[]> {
  return (await candidates.evaluateAll(probe, ask({ mode: 'notifications' }))) as NotificationLook[];
}
