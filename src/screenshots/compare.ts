import pixelmatch from 'pixelmatch';
import { PNG } from 'pngjs';

export interface Size {
  width: number;
  height: number;
}

export interface Comparison {
  /** Share of differing pixels, 0…1, within the area both images cover. */
  ratio: number;
  sameSize: boolean;
  expectedSize: Size;
  actualSize: Size;
  /** The area both images cover, from the top-left corner. */
  overlap: Size;
  /**
   * The diff image, as large as both images together: differences in the overlap in red, and
   * the band only one image covers filled with a magenta hatch. Encoded when first read: most
   * comparisons find nothing, and encoding a PNG costs more than comparing one.
   */
  readonly diff: Buffer;
}

/** "1280×800 → 1280×860": how a reader names a size change, committed first. */
export function sizeChange(from: Size, to: Size): string {
  return `${from.width}×${from.height} → ${to.width}×${to.height}`;
}

/**
 * Pixel comparison of two PNGs, tolerant of anti-aliasing as Playwright's own comparator is. When
 * the sizes differ, the area both cover is compared (a page that grew still shows whether what
 * was there before changed) and the band that is new or gone is marked in the diff.
 */
export function comparePng(expected: Buffer, actual: Buffer): Comparison {
  // The same browser draws the same page into the same bytes: nothing to decode then.
  if (expected.equals(actual)) return identical(pngSize(expected), () => PNG.sync.read(expected));
  const a = PNG.sync.read(expected);
  const b = PNG.sync.read(actual);
  const expectedSize = { width: a.width, height: a.height };
  const actualSize = { width: b.width, height: b.height };
  const overlap = { width: Math.min(a.width, b.width), height: Math.min(a.height, b.height) };
  const sameSize = a.width === b.width && a.height === b.height;
  const overlapDiff = new PNG({ ...overlap });
  const changed = overlap.width && overlap.height
    ? pixelmatch(crop(a, overlap), crop(b, overlap), overlapDiff.data, overlap.width, overlap.height, { threshold: 0.1, includeAA: false })
    : 0;
  const area = overlap.width * overlap.height;
  const full = { width: Math.max(a.width, b.width), height: Math.max(a.height, b.height) };
  return withLazyDiff({ ratio: area ? changed / area : 1, sameSize, expectedSize, actualSize, overlap }, () =>
    sameSize ? overlapDiff : withBand(overlapDiff, full),
  );
}

/** Two byte-identical images: the diff is the image drawn as pixelmatch draws unchanged pixels. */
function identical(size: Size, decode: () => PNG): Comparison {
  return withLazyDiff({ ratio: 0, sameSize: true, expectedSize: size, actualSize: size, overlap: size }, () => {
    const image = decode();
    const diff = new PNG({ ...size });
    pixelmatch(image.data, image.data, diff.data, size.width, size.height, { threshold: 0.1, includeAA: false });
    return diff;
  });
}

function withLazyDiff(fields: Omit<Comparison, 'diff'>, draw: () => PNG): Comparison {
  let encoded: Buffer | undefined;
  return Object.defineProperty(fields, 'diff', { enumerable: true, get: () => (encoded ??= PNG.sync.write(draw())) }) as Comparison;
}

export function pngSize(png: Buffer): Size {
  // Width and height are the first fields of the IHDR chunk, at a fixed place in every PNG.
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

/** The top-left `size` of an image, as RGBA bytes. */
function crop(image: PNG, size: Size): Uint8Array {
  if (image.width === size.width && image.height === size.height) return image.data;
  const out = new PNG({ ...size });
  PNG.bitblt(image, out, 0, 0, size.width, size.height, 0, 0);
  return out.data;
}

const HATCH: [number, number, number, number] = [255, 0, 255, 255];
const HATCH_GAP: [number, number, number, number] = [255, 214, 255, 255];

/** The overlap's diff placed at the top left of `full`, the rest hatched in magenta. */
function withBand(overlapDiff: PNG, full: Size): PNG {
  const out = new PNG({ ...full });
  for (let y = 0; y < full.height; y++) {
    for (let x = 0; x < full.width; x++) out.data.set((x + y) % 12 < 4 ? HATCH : HATCH_GAP, (y * full.width + x) * 4);
  }
  PNG.bitblt(overlapDiff, out, 0, 0, overlapDiff.width, overlapDiff.height, 0, 0);
  return out;
}
