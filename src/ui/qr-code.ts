import type { Locator, Page } from '@playwright/test';
import jsQRModule from 'jsqr';
import { PNG } from 'pngjs';

/**
 * What a QR code drawn on the page says, read as a phone's camera reads it: from the pixels (a
 * screenshot of the element), never from the markup or the image's address. Undefined when the
 * picture holds no readable code.
 */
export async function readQRCode(image: Locator): Promise<string | undefined> {
  const shot = PNG.sync.read(await image.screenshot({ animations: 'disabled', caret: 'hide' }));
  return jsQRModule.default(new Uint8ClampedArray(shot.data), shot.width, shot.height)?.data;
}

/**
 * The picture of the page that carries a QR code, with what it says: every visible image (an
 * `<img>` is one by its role, whatever its alt text says), largest first, read until one holds a code.
 */
export async function findQRCode(page: Page): Promise<{ image: Locator; text: string } | undefined> {
  const images = await page.getByRole('img').filter({ visible: true }).all();
  const sized = await Promise.all(images.map(async (image) => ({ image, box: await image.boundingBox() })));
  sized.sort((a, b) => (b.box?.width ?? 0) * (b.box?.height ?? 0) - (a.box?.width ?? 0) * (a.box?.height ?? 0));
  for (const { image, box } of sized) {
    // A code a camera can read is more than a few dozen pixels across.
    if (!box || box.width < 60 || box.height < 60) continue;
    const text = await readQRCode(image);
    if (text) return { image, text };
  }
  return undefined;
}
