import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { ImagePathError, resolveImagePath } from '../guide/image-path.js';
import { docsRootOf, imageRoot } from '../guide/site-paths.js';
import type { Guide, GuideSentence, ImageRef, SourcePoint } from '../guide/types.js';
import { findLabel, pictureWords, type Phrase, type PictureWord } from './find-label.js';
import { standsInPlace, type Relation } from './in-place.js';
import type { OcrLanguage, OcrPage } from './ocr-page.js';
import { picturesBeside } from './pictures.js';
import { skeleton } from './spelling.js';

/** A label a guide quotes that the picture beside it does not show, while it shows something close. */
export interface PictureFinding {
  where: SourcePoint;
  label: string;
  /** The picture as the guide names it (`/images/…/1.png`). */
  picture: string;
  shows: string;
  /** Spelt like the label, or standing where the label would stand beside another label the picture shows. */
  why: { by: 'spelling' } | { by: 'place'; beside: string; relation: Relation };
}

/** Reads a picture's words (an OCR, cached or not). */
export type ReadPicture = (image: Buffer, languages: readonly OcrLanguage[]) => Promise<{ page: OcrPage }>;

/** English screenshots beside Russian text are common (the wiki's own order pages): a Russian guide's pictures are read in both. */
export const LANGUAGES: Readonly<Record<Guide['lang'], readonly OcrLanguage[]>> = { en: ['eng'], ru: ['rus', 'eng'] };

/**
 * Checks every quoted label of the guides against the pictures beside its sentence. Reports only
 * where the picture shows another name instead (close in spelling, or in the label's place), never
 * a label merely missing: a screenshot shows one moment, and many labels are rightly not on it.
 */
export async function checkPictures(guides: readonly Guide[], read: ReadPicture): Promise<PictureFinding[]> {
  const findings: PictureFinding[] = [];
  const readings = new Map<string, Promise<PictureWord[] | undefined>>();
  const wordsOf = (guide: Guide, image: ImageRef): Promise<PictureWord[] | undefined> => {
    const file = pictureFile(guide, image);
    if (!file) return Promise.resolve(undefined);
    const languages = LANGUAGES[guide.lang];
    const key = `${languages.join('+')}:${file}`;
    let words = readings.get(key);
    if (!words) {
      words = read(readFileSync(file), languages).then(({ page }) => pictureWords(page));
      readings.set(key, words);
    }
    return words;
  };
  for (const guide of guides) {
    const quoted = new Set(guide.sentences.flatMap((sentence) => sentence.labels.map(skeleton)));
    for (const sentence of guide.sentences) {
      const pictures = picturesBeside(guide, sentence);
      for (const label of sentence.labels) {
        if (!skeleton(label)) continue;
        const read: Array<{ image: ImageRef; words: PictureWord[] }> = [];
        for (const image of pictures) {
          const words = await wordsOf(guide, image);
          if (words) read.push({ image, words });
        }
        const finding = judge(guide, sentence, label, read, quoted);
        if (finding) findings.push(finding);
      }
    }
  }
  return findings;
}

function judge(guide: Guide, sentence: GuideSentence, label: string, pictures: Array<{ image: ImageRef; words: PictureWord[] }>, quoted: ReadonlySet<string>): PictureFinding | undefined {
  const looks = pictures.map((picture) => ({ ...picture, found: findLabel(picture.words, label) }));
  if (looks.some((look) => look.found.status === 'shown' || look.found.status === 'unreadable')) return undefined;
  const where = { file: sentence.file, line: sentence.line, column: sentence.column };
  for (const look of looks) {
    if (look.found.status === 'spelt-close') return { where, label, picture: look.image.src, shows: look.found.phrase.text, why: { by: 'spelling' } };
  }
  for (const { image, words } of looks) {
    for (const { sibling, relation } of siblings(guide, sentence, label)) {
      const shown = findLabel(words, sibling);
      // Shown twice ("Support" as a shortcut and as a section), it marks no one place.
      if (shown.status !== 'shown' || shown.times > 1) continue;
      const instead: Phrase | undefined = standsInPlace(words, shown.phrase, relation, label, quoted);
      if (instead) return { where, label, picture: image.src, shows: instead.text, why: { by: 'place', beside: sibling, relation } };
    }
  }
  return undefined;
}

/**
 * Labels the guide sets beside `label`: the other labels of its sentence, and the one label of
 * each neighbouring item of its list when the item quotes only it (sections, tabs, menu entries
 * named one per item).
 */
function siblings(guide: Guide, sentence: GuideSentence, label: string): Array<{ sibling: string; relation: Relation }> {
  const found: Array<{ sibling: string; relation: Relation }> = sentence.labels.filter((other) => other !== label).map((sibling) => ({ sibling, relation: 'beside' }));
  const item = sentence.listItem;
  if (item && sentence.labels.length === 1) {
    for (const other of guide.sentences) {
      const next = other.listItem;
      if (!next || next.list !== item.list || Math.abs(next.item - item.item) !== 1 || other.labels.length !== 1) continue;
      found.push({ sibling: other.labels[0], relation: next.item > item.item ? 'before' : 'after' });
    }
  }
  return found;
}

/** The picture's file, or undefined when the guide names none that exists under its docs root. */
function pictureFile(guide: Guide, image: ImageRef): string | undefined {
  try {
    const file = resolveImagePath(imageRoot(docsRootOf(guide), image.src), image.src, path.dirname(guide.file));
    return existsSync(file) ? file : undefined;
  } catch (error) {
    // The plan reports such a path already; here it only has no picture to read.
    if (error instanceof ImagePathError) return undefined;
    throw error;
  }
}
