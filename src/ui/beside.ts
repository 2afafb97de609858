import type { Locator } from '@playwright/test';
import type { Box } from './layout.js';

/**
 * Of `candidates`, the one a reader pairs with the element at `anchor`: in the same card, below
 * it or on its line, the nearest. Used for "the «Order» button of plan RZ9-2" or "the «Pay»
 * button of the test payment method", where every card has a button of the same name.
 */
export async function besideText(anchor: Locator, candidates: Locator): Promise<Locator | undefined> {
  const box = await anchor.boundingBox();
  if (!box) return undefined;
  const origin: Box = { left: box.x, top: box.y, right: box.x + box.width, bottom: box.y + box.height };
  const boxes = await candidates.evaluateAll((elements) =>
    elements.map((el) => {
      const r = el.getBoundingClientRect();
      return r.width && r.height ? { left: r.left, top: r.top, right: r.right, bottom: r.bottom } : undefined;
    }),
  );
  let best: { index: number; distance: number } | undefined;
  boxes.forEach((candidate, index) => {
    if (!candidate || candidate.bottom < origin.top) return;
    // Below or beside the name; a card's button is under its title, a row's at its end.
    const dx = Math.max(0, candidate.left - origin.right, origin.left - candidate.right);
    const dy = Math.max(0, candidate.top - origin.bottom);
    const distance = Math.hypot(dx, dy * 1.5);
    if (!best || distance < best.distance) best = { index, distance };
  });
  return best ? candidates.nth(best.index) : undefined;
}
