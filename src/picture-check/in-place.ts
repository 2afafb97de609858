import { isCyrillic, skeleton } from './spelling.js';
import { SURE, phraseOf, type Phrase, type PictureWord } from './find-label.js';

/**
 * How a missing label stands to a label the picture does show, as the guide puts them:
 * `before` / `after` it in a run of parallel items (neighbouring list items: sections, tabs,
 * menu entries), or `beside` it in one sentence ("the «download» button under «Save key»").
 */
export type Relation = 'before' | 'after' | 'beside';

const height = (word: PictureWord) => word.box.y1 - word.box.y0;
const middle = (word: PictureWord) => (word.box.y0 + word.box.y1) / 2;
/**
 * Parallel items are drawn in one size of type; a word's box is taller with capitals and
 * descenders ("Reward" against "save"), hence the wide margin.
 */
const alike = (a: PictureWord, b: PictureWord) => height(a) <= height(b) * 1.8 && height(b) <= height(a) * 1.8;

/**
 * What the picture shows where a missing label would stand, judged from a label of the same
 * guide the picture does show (`shown`). Parallel items: the word(s) next to it on its row, on
 * the side the guide names them in (toolbars, tabs), else right above or below it and aligned
 * with it (menus). One sentence: the short row right under it (a link under its caption). Only
 * what looks like a name is offered: letters, read with confidence, in the label's script, not
 * another label the guide quotes. Undefined when the place holds nothing such: no guess.
 */
export function standsInPlace(
  words: readonly PictureWord[],
  shown: Phrase,
  relation: Relation,
  label: string,
  quoted: ReadonlySet<string>,
): Phrase | undefined {
  const size = Math.max(1, label.split(/\s+/).filter((part) => skeleton(part)).length);
  const first = shown.words[0];
  const last = shown.words[shown.words.length - 1];
  const unit = Math.max(...shown.words.map(height));
  const others = words.filter((word) => !shown.words.includes(word));
  const candidates: PictureWord[][] = [];
  if (relation !== 'beside') {
    const parallel = others.filter((word) => alike(word, first));
    const row = parallel.filter((word) => Math.abs(middle(word) - middle(first)) < unit / 2).sort((a, b) => a.box.x0 - b.box.x0);
    const side = relation === 'before' ? row.filter((word) => word.box.x1 <= first.box.x0).reverse() : row.filter((word) => word.box.x0 >= last.box.x1);
    const near = side.slice(0, size);
    const gap = near.length ? (relation === 'before' ? first.box.x0 - near[0].box.x1 : near[0].box.x0 - last.box.x1) : Infinity;
    if (near.length === size && gap < unit * 8) candidates.push(relation === 'before' ? near.reverse() : near);
    const column = parallel
      .filter((word) => Math.abs(word.box.x0 - first.box.x0) < unit && (relation === 'before' ? word.box.y1 <= first.box.y0 : word.box.y0 >= last.box.y1))
      .sort((a, b) => (relation === 'before' ? b.box.y0 - a.box.y0 : a.box.y0 - b.box.y0));
    const aligned = column[0];
    if (aligned && Math.abs(middle(aligned) - middle(first)) < unit * 2.5) candidates.push(rowFrom(parallel, aligned, size));
  } else {
    const left = Math.min(...shown.words.map((word) => word.box.x0)) - unit;
    const right = Math.max(...shown.words.map((word) => word.box.x1)) + unit;
    const bottom = Math.max(...shown.words.map((word) => word.box.y1));
    const under = others
      .filter((word) => word.box.y0 >= bottom && word.box.x0 >= left && word.box.x1 <= right && word.box.y0 - bottom < unit * 2)
      .sort((a, b) => a.box.y0 - b.box.y0 || a.box.x0 - b.box.x0);
    if (under.length) {
      const row = under.filter((word) => Math.abs(middle(word) - middle(under[0])) < unit / 2);
      // A row of running text under the caption is a description, not the control the label names.
      if (row.length <= size + 1) candidates.push(row);
    }
  }
  const cyrillic = isCyrillic(label);
  for (const found of candidates) {
    const phrase = phraseOf(found);
    const letters = skeleton(phrase.text);
    if (phrase.confidence < SURE || [...letters].length < 3 || !/\p{L}.*\p{L}/u.test(phrase.text)) continue;
    if (isCyrillic(phrase.text) !== cyrillic || quoted.has(letters)) continue;
    return phrase;
  }
  return undefined;
}

/** `count` words of the row `start` stands on, from it rightwards. */
function rowFrom(words: readonly PictureWord[], start: PictureWord, count: number): PictureWord[] {
  const unit = height(start);
  return words
    .filter((word) => Math.abs(middle(word) - middle(start)) < unit / 2 && word.box.x0 >= start.box.x0)
    .sort((a, b) => a.box.x0 - b.box.x0)
    .slice(0, count);
}
