import jsQRModule from 'jsqr';
import { Secret, TOTP, URI } from 'otpauth';
import { PNG } from 'pngjs';
import type { Page } from '@playwright/test';
import type { Skin } from '../../src/config/settings.js';
import { expect, startStandin, test, validRegistration } from '../support/standin.js';
import { address, csrfOf } from './tickets-support.js';

test.use({ locale: 'ru-RU' });

/** What the QR code drawn on the page says: a screenshot of the image, decoded. */
async function qrOnPage(page: Page): Promise<string> {
  const shot = PNG.sync.read(await page.getByRole('img').or(page.locator('img')).first().screenshot());
  const found = jsQRModule.default(new Uint8ClampedArray(shot.data), shot.width, shot.height);
  if (!found) throw new Error('no QR code on the page');
  return found.data;
}

for (const skin of ['classic', 'spa', 'dragon'] as Skin[]) {
  test(`${skin}: the user menu's «Настройки», the section's link, the form's QR code and key agree; a wrong code is refused, the right one enables it`, async ({ page }) => {
    const standin = await startStandin(undefined, skin);
    try {
      const email = address('twofa');
      const token = await csrfOf(page.request, `${standin.url}/billmgr?func=register`);
      await page.request.post(`${standin.url}/billmgr?func=register`, { form: { _csrf: token, ...validRegistration(email) }, headers: { accept: 'application/json' } });
      await page.goto(`${standin.url}/billmgr`);
      await page.getByText(email).first().click();
      await page.getByText('Настройки', { exact: true }).click();
      await expect(page.getByText(`Настройки пользователя - ${email}`)).toBeVisible();
      await expect(page.getByText('Двухэтапная аутентификация', { exact: true })).toBeVisible();
      await page.getByText('Включить двухэтапную аутентификацию').click();
      await expect(page.getByText('Сохранить ключ')).toBeVisible();
      const key = (await page.locator('textarea').inputValue()).trim();
      const uri = URI.parse(await qrOnPage(page)) as TOTP;
      expect(uri.secret.base32).toBe(key);
      const totp = new TOTP({ secret: Secret.fromBase32(key), algorithm: 'SHA1', digits: 6, period: 30 });
      const code = page.locator('input[name="qrcode"]');
      const near = new Set([-30, 0, 30].map((s) => totp.generate({ timestamp: Date.now() + s * 1000 })));
      await code.fill(['000000', '111111', '222222', '333333'].find((c) => !near.has(c)) ?? '444444');
      await page.getByRole('button', { name: 'Ok', exact: true }).click();
      await expect(page.getByText('Неверный временный пароль')).toBeVisible();
      await code.fill(totp.generate());
      await page.getByRole('button', { name: 'Ok', exact: true }).click();
      await expect(page.getByText('Двухэтапная аутентификация включена')).toBeVisible();
    } finally {
      await standin.close();
    }
  });
}
