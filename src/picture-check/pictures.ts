import type { Guide, GuideSentence, ImageRef } from '../guide/types.js';

/**
 * The pictures a reader has before them at a sentence: the last one shown above it (the screen
 * the text goes on describing: "In the «Income» section…" under the page's only screenshot) and
 * the first one after it (the screen the sentence leads to: «нажмите кнопку…», then the form).
 * A label shown on either agrees with the guide; what the guide model pairs with the sentence
 * (`sentence.images`) is the first after it.
 */
export function picturesBeside(guide: Pick<Guide, 'images'>, sentence: Pick<GuideSentence, 'index'>): ImageRef[] {
  const before = guide.images.filter((image) => image.afterSentence < sentence.index).at(-1);
  const after = guide.images.find((image) => image.afterSentence >= sentence.index);
  return [after, before].filter((image): image is ImageRef => image !== undefined);
}
