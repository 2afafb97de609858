import { closeEnough, editDistance, isCyrillic, skeleton } from './spelling.js';
import type { OcrPage, OcrWord } from './ocr-page.js';

/** A word of a picture in reading order, with the line it stands on. */
export interface PictureWord extends OcrWord {
  line: number;
  skeleton: string;
}

/** A run of consecutive words of a picture. */
export interface Phrase {
  words: PictureWord[];
  text: string;
  /** The least sure of its words. */
  confidence: number;
}

/**
 * Below this, a word that nearly spells the label is taken for the label misread, not for
 * another name: a false alarm costs a writer's trust, a miss costs one finding.
 */
export const SURE = 85;

export type LabelOnPicture =
  /** `times`: how often the picture shows it exactly (a label shown twice marks no one place). */
  | { status: 'shown'; phrase: Phrase; times: number }
  | { status: 'spelt-close'; phrase: Phrase; distance: number }
  | { status: 'absent' }
  /** The label has no letter or digit a picture could show ("+", "…"). */
  | { status: 'unreadable' };

/** The picture's words in reading order, those with nothing readable left out. */
export function pictureWords(page: OcrPage): PictureWord[] {
  return page.lines.flatMap((line, index) =>
    line.words.map((word) => ({ ...word, line: index, skeleton: skeleton(word.text) })).filter((word) => word.skeleton),
  );
}

export function phraseOf(words: PictureWord[]): Phrase {
  return { words, text: words.map((word) => word.text).join(' '), confidence: Math.min(...words.map((word) => word.confidence)) };
}

/**
 * Whether a picture shows a label: its words as consecutive words of the picture (a label may
 * wrap onto the next line), compared by skeleton, so case, quotes, soft hyphens and the spaces of
 * "two-factor" or "QR-code" do not matter. When it is not shown, the phrase spelt most like it,
 * if one is close enough, in the label's own script (a Russian label beside an English
 * screenshot is a translation, not a rename) and on a short line: a word of running text
 * ("files … were downloaded earlier") is no name of a control, however it is spelt.
 */
export function findLabel(words: readonly PictureWord[], label: string): LabelOnPicture {
  const target = skeleton(label);
  if (!target) return { status: 'unreadable' };
  const size = label.split(/\s+/).filter((part) => skeleton(part)).length;
  const allowed = closeEnough([...target].length);
  const cyrillic = isCyrillic(label);
  let best: { phrase: Phrase; distance: number } | undefined;
  const exact: Phrase[] = [];
  const lineLength = new Map<number, number>();
  for (const word of words) lineLength.set(word.line, (lineLength.get(word.line) ?? 0) + 1);
  for (let start = 0; start < words.length; start++) {
    let joined = '';
    for (let count = 1; count <= size + 1 && start + count <= words.length; count++) {
      const last = words[start + count - 1];
      if (count > 1 && !runsOn(words[start + count - 2], last)) break;
      joined += last.skeleton;
      if (joined === target) {
        exact.push(phraseOf(words.slice(start, start + count)));
        break;
      }
      if (!allowed || count < size - 1 || Math.abs(joined.length - target.length) > allowed) continue;
      const phrase = phraseOf(words.slice(start, start + count));
      if (phrase.words.some((word) => (lineLength.get(word.line) ?? 0) > size + 3)) continue;
      if (isCyrillic(phrase.text) !== cyrillic) continue;
      const distance = editDistance(joined, target);
      if (distance <= allowed && (!best || distance < best.distance || (distance === best.distance && phrase.confidence > best.phrase.confidence))) {
        best = { phrase, distance };
      }
    }
  }
  if (exact.length) return { status: 'shown', phrase: exact[0], times: exact.length };
  if (!best) return { status: 'absent' };
  // A near spelling read without confidence is the label itself, blurred: it counts as shown.
  if (best.phrase.confidence < SURE) return { status: 'shown', phrase: best.phrase, times: 1 };
  return { status: 'spelt-close', ...best };
}

/**
 * Whether `next` continues the phrase `previous` ends: on the same line, or as a wrapped label
 * goes on, at the start of the line right under it. Two rows of a menu are two names.
 */
function runsOn(previous: PictureWord, next: PictureWord): boolean {
  if (next.line === previous.line) return true;
  const height = previous.box.y1 - previous.box.y0;
  return next.line === previous.line + 1 && next.box.x0 < previous.box.x0 && next.box.y0 - previous.box.y1 < height * 0.8;
}
