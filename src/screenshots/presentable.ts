import type { Page } from '@playwright/test';

export interface Presentation {
  /** Text to swap wherever it appears in the page's text and (non-password) inputs. */
  texts: Array<[from: string, to: string]>;
  /** Values shown next to these labels (a table row, a term and its definition). */
  rows: Record<string, string>;
  /** Texts shown whole that match a pattern (a message's time), each replaced whole. */
  patterns?: Array<[source: string, to: string]>;
}

/**
 * Replaces a run's volatile values (random inbox, codes, dates) with the persona's presentable
 * ones in the page itself, so a docs image shows tidy data without painted boxes. Password
 * fields are left alone: they stay masked dots. Returns a function that puts everything back.
 */
export async function present(page: Page, presentation: Presentation): Promise<() => Promise<void>> {
  const token = await page.evaluate(({ texts, rows, patterns }) => {
    const undo: Array<() => void> = [];
    const whole = patterns.map(([source, to]) => [new RegExp(source, 'u'), to] as const);
    const swap = (value: string) => {
      const matched = whole.find(([pattern]) => pattern.test(value.trim()));
      if (matched) return matched[1];
      return texts.reduce((text, [from, to]) => (from ? text.split(from).join(to) : text), value);
    };
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const before = node.nodeValue ?? '';
      const after = swap(before);
      if (after !== before) {
        const textNode = node;
        textNode.nodeValue = after;
        undo.push(() => (textNode.nodeValue = before));
      }
    }
    for (const input of Array.from(document.querySelectorAll('input'))) {
      if (input.type === 'password') continue;
      const before = input.value;
      const after = swap(before);
      if (after !== before) {
        input.value = after;
        undo.push(() => (input.value = before));
      }
    }
    // A label's own words, without a hint or an asterisk drawn inside it.
    const ownText = (el: Element) =>
      Array.from(el.childNodes)
        .filter((n) => n.nodeType === Node.TEXT_NODE)
        .map((n) => n.textContent ?? '')
        .join('')
        .trim()
        .replace(/\*$/, '');
    for (const [label, value] of Object.entries(rows)) {
      const cells = Array.from(document.querySelectorAll('th, td, dt, dd, span, div, label')).filter((el) => ownText(el) === label);
      for (const cell of cells) {
        const target = cell.nextElementSibling ?? cell.parentElement?.nextElementSibling;
        if (!target) continue;
        // A value shown in a read-only field (a referral link) is the field's value, not its text.
        const field = target instanceof HTMLInputElement ? target : target.querySelector('input:not([type=password])');
        if (field instanceof HTMLInputElement) {
          const before = field.value;
          field.value = value;
          undo.push(() => (field.value = before));
          continue;
        }
        // The value's own element keeps its look (a monospace <code> in a letter).
        let leaf: Element = target;
        while (leaf.children.length === 1) leaf = leaf.children[0];
        const shown = leaf;
        const before = shown.textContent ?? '';
        shown.textContent = value;
        undo.push(() => (shown.textContent = before));
      }
    }
    const id = `p${Date.now()}${Math.random().toString(36).slice(2)}`;
    (window as unknown as Record<string, unknown>)[id] = () => undo.reverse().forEach((fn) => fn());
    return id;
  }, { texts: presentation.texts, rows: presentation.rows, patterns: presentation.patterns ?? [] });
  return async () => {
    await page.evaluate((id) => {
      const restore = (window as unknown as Record<string, (() => void) | undefined>)[id];
      restore?.();
      delete (window as unknown as Record<string, unknown>)[id];
    }, token);
  };
}
