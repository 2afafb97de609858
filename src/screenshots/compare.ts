import pixelmatch from 'pixelmatch';
import { PNG } from 'pngjs';

export interface Comparison {
  /** Share of pixels that differ, 0…1; 1 when the sizes differ. */
  ratio: number;
  sameSize: boolean;
  expectedSize: { width: number; height: number };
  actualSize: { width: number; height: number };
  /** A diff image (differences in red), when the sizes match. */
  diff?: Buffer;
}

/** Pixel comparison of two PNGs, tolerant of anti-aliasing as Playwright's own comparator is. */
export function comparePng(expected: Buffer, actual: Buffer): Comparison {
  const a = PNG.sync.read(expected);
  const b = PNG.sync.read(actual);
  const expectedSize = { width: a.width, height: a.height };
  const actualSize = { width: b.width, height: b.height };
  if (a.width !== b.width || a.height !== b.height) return { ratio: 1, sameSize: false, expectedSize, actualSize };
  const diff = new PNG({ width: a.width, height: a.height });
  const changed = pixelmatch(a.data, b.data, diff.data, a.width, a.height, { threshold: 0.1, includeAA: false });
  return { ratio: changed / (a.width * a.height), sameSize: true, expectedSize, actualSize, diff: PNG.sync.write(diff) };
}

export function pngSize(png: Buffer): { width: number; height: number } {
  // Width and height are the first fields of the IHDR chunk, at a fixed place in every PNG.
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}
