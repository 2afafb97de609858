import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Locator, Page, TestInfo } from '@playwright/test';
import { PRESENTABLE, type Account } from '../config/account.js';
import type { CapturePoint } from '../plan/plan.js';
import { comparePng, pngSize, sizeChange } from './compare.js';
import { present } from './presentable.js';
import { isPatternKey, type ElementSpec } from './spec.js';
import { writeAtomically } from '../files/write-atomically.js';

export type UpdateMode = 'all' | 'changed' | 'missing' | 'none';

/** `skipped`: the run was told not to compare images (a skin whose pixels are not the docs' look). */
export type ImageStatus = 'unchanged' | 'updated' | 'new' | 'drift' | 'missing' | 'failed' | 'not reached' | 'skipped';

export interface ImageResult {
  src: string;
  /** The docs image, relative to the project. */
  file: string;
  line: number;
  status: ImageStatus;
  /** Share of differing pixels against the committed image, within the area both cover. */
  diffRatio?: number;
  /** "1280×800 → 1280×860" (committed → fresh), when the size changed. */
  sizeChange?: string;
  size?: { width: number; height: number };
  committedSize?: { width: number; height: number };
  message?: string;
  /** Attachment names of the fresh, committed and diff images. */
  attachments: { actual?: string; expected?: string; diff?: string };
}

/**
 * Captures the images of one guide run and, depending on the update mode, compares them with the
 * committed docs images (every normal run) or rewrites those past the threshold (npm run screenshots).
 */
export class ScreenshotSession {
  readonly results: ImageResult[] = [];

  constructor(
    private readonly testInfo: TestInfo,
    private readonly account: Account,
    private readonly mode: UpdateMode,
    private readonly threshold: number,
  ) {}

  async capture(page: Page, point: CapturePoint): Promise<ImageResult> {
    const name = point.image.src.replace(/^\//, '');
    const result: ImageResult = {
      src: point.image.src,
      file: path.relative(process.cwd(), point.file).split(path.sep).join('/'),
      line: point.image.line,
      status: 'failed',
      attachments: {},
    };
    this.results.push(result);
    let fresh: Buffer;
    try {
      fresh = await this.shoot(page, point);
    } catch (error) {
      result.message = `could not capture: ${(error as Error).message.split('\n')[0]}`;
      return result;
    }
    result.size = pngSize(fresh);
    result.attachments.actual = `${name}-actual.png`;
    await this.testInfo.attach(result.attachments.actual, { body: fresh, contentType: 'image/png' });

    const threshold = point.spec.threshold ?? this.threshold;
    const committed = existsSync(point.file) ? readFileSync(point.file) : undefined;
    if (!committed) {
      if (this.mode === 'none') {
        result.status = 'missing';
        result.message = `${result.file} does not exist; run npm run screenshots to create it`;
      } else {
        writeAtomically(point.file, fresh);
        result.status = 'new';
      }
      return result;
    }
    const comparison = comparePng(committed, fresh);
    result.committedSize = comparison.expectedSize;
    result.diffRatio = comparison.ratio;
    // A page that grew or shrank changed even when the area both images cover did not.
    const past = !comparison.sameSize || comparison.ratio > threshold;
    const rewrite = (this.mode === 'changed' && past) || (this.mode === 'all' && (past || comparison.ratio > 0));
    if (rewrite) {
      writeAtomically(point.file, fresh);
      result.status = 'updated';
    } else {
      result.status = past ? 'drift' : 'unchanged';
    }
    const share = `${(comparison.ratio * 100).toFixed(2)}% of the pixels differ`;
    if (!comparison.sameSize) {
      result.sizeChange = sizeChange(comparison.expectedSize, comparison.actualSize);
      const { width, height } = comparison.overlap;
      result.message = `the image's size changed: ${result.sizeChange} (committed → fresh); in the ${width}×${height} both cover, ${share}; the diff marks the band only one of them covers`;
    } else if (past) {
      result.message = `${share} (threshold ${(threshold * 100).toFixed(2)}%)`;
    }
    if (result.status === 'drift') {
      result.attachments.expected = `${name}-expected.png`;
      await this.testInfo.attach(result.attachments.expected, { body: committed, contentType: 'image/png' });
      result.attachments.diff = `${name}-diff.png`;
      await this.testInfo.attach(result.attachments.diff, { body: comparison.diff, contentType: 'image/png' });
    }
    return result;
  }

  /** An image the run was told not to compare: neither captured nor written. */
  skip(point: CapturePoint): ImageResult {
    const result: ImageResult = {
      src: point.image.src,
      file: path.relative(process.cwd(), point.file).split(path.sep).join('/'),
      line: point.image.line,
      status: 'skipped',
      message: 'images are not compared on this run (images: skip)',
      attachments: {},
    };
    this.results.push(result);
    return result;
  }

  /** Images the run never reached because a step before them failed: their files are left as they are. */
  notReached(points: readonly CapturePoint[]): void {
    for (const point of points) {
      if (this.results.some((r) => r.src === point.image.src)) continue;
      this.results.push({
        src: point.image.src,
        file: path.relative(process.cwd(), point.file).split(path.sep).join('/'),
        line: point.image.line,
        status: 'not reached',
        message: 'a step before it failed; the committed image was left untouched',
        attachments: {},
      });
    }
  }

  private async shoot(page: Page, point: CapturePoint): Promise<Buffer> {
    const { spec } = point;
    const originalViewport = page.viewportSize();
    if (spec.viewport) await page.setViewportSize(spec.viewport);
    const restore = await present(page, {
      texts: [[this.account.email, PRESENTABLE.email]],
      rows: Object.fromEntries(Object.entries(spec.presentable ?? {}).filter(([key]) => !isPatternKey(key))),
      patterns: Object.entries(spec.presentable ?? {}).flatMap(([key, to]): Array<[string, string]> => (isPatternKey(key) ? [[key.slice(1, -1), to]] : [])),
    });
    try {
      await page.mouse.move(0, 0);
      await page.evaluate(async () => {
        (document.activeElement as HTMLElement | null)?.blur();
        await document.fonts.ready;
      });
      const scale = spec.scale === 2 ? 'device' : 'css';
      const clip = spec.element ? await elementClip(locate(page, spec.element), spec.padding ?? 0) : undefined;
      // Painted over in the grey the wiki's own screenshots blur private data with.
      const mask = (spec.mask ?? []).map((element) => locate(page, element));
      const options = { animations: 'disabled', caret: 'hide', scale, fullPage: Boolean(spec.fullPage || clip), clip, mask, maskColor: '#c8c8c8' } as const;
      // A capture counts once two consecutive shots agree, as toHaveScreenshot does.
      let previous = await page.screenshot(options);
      for (let attempt = 0; attempt < 3; attempt++) {
        const next = await page.screenshot(options);
        if (next.equals(previous)) return next;
        previous = next;
      }
      return previous;
    } finally {
      await restore();
      if (spec.viewport && originalViewport) await page.setViewportSize(originalViewport);
    }
  }
}

function locate(page: Page, element: ElementSpec): Locator {
  if (element.role) {
    return page.getByRole(element.role as Parameters<Page['getByRole']>[0], element.name ? { name: element.name, exact: true } : undefined).first();
  }
  if (element.text) return page.getByText(element.text, { exact: false }).first();
  throw new Error('an element spec needs a role or a text');
}

/** The element's box in document coordinates, grown by `padding` and kept inside the page. */
async function elementClip(locator: Locator, padding: number) {
  await locator.scrollIntoViewIfNeeded();
  const box = await locator.evaluate((el, pad) => {
    const rect = el.getBoundingClientRect();
    const x = Math.max(0, rect.left + window.scrollX - pad);
    const y = Math.max(0, rect.top + window.scrollY - pad);
    const right = Math.min(document.documentElement.scrollWidth, rect.right + window.scrollX + pad);
    const bottom = Math.min(document.documentElement.scrollHeight, rect.bottom + window.scrollY + pad);
    return { x: Math.round(x), y: Math.round(y), width: Math.round(right - x), height: Math.round(bottom - y) };
  }, padding);
  return box;
}
