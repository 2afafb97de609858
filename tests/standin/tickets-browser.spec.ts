import type { Page } from '@playwright/test';
import { expect, test, validRegistration, type Standin } from '../support/standin.js';
import { address, registerClient } from './tickets-support.js';

test.use({ locale: 'ru-RU' });

/** Both skins: the classic one names controls by <label for>, the spa one by text near them. */
for (const skin of ['classic', 'spa'] as const) {
  const standinOf = (fixtures: { standin: Standin; spaStandin: Standin }) => (skin === 'spa' ? fixtures.spaStandin : fixtures.standin);
  // Classic: the accessible name (a required field's ends in its «*»); spa: the field's name.
  const field = (page: Page, name: string, label: string, role: 'textbox' | 'combobox' = 'textbox') =>
    skin === 'classic' ? page.getByRole(role, { name: new RegExp(`^${label}\\*?$`) }) : page.locator(`[name="${name}"]`);

  test.describe(skin, () => {
    test('log-on with startform lands on the requests; «Поддержка» opens to «Запросы»', async ({ page, playwright, standin, spaStandin }) => {
      const { url } = standinOf({ standin, spaStandin });
      const email = await registerClient(await playwright.request.newContext(), url);
      await page.goto(`${url}/billmgr?startform=ticket`);
      await expect(page.getByRole('button', { name: 'Войти' })).toBeVisible();
      await expect(page.getByRole('link', { name: 'Восстановление пароля' })).toBeVisible();
      await expect(page.getByRole('link', { name: 'Зарегистрируйтесь' })).toHaveAttribute('href', '/billmgr?func=register&startform=ticket');
      await page.getByRole('button', { name: 'Показать пароль' }).click();
      await field(page, 'username', 'Логин').fill(email);
      await field(page, 'password', 'Пароль').fill(validRegistration(email).password);
      await expect(field(page, 'password', 'Пароль')).toHaveAttribute('type', 'text');
      await page.getByRole('button', { name: 'Войти' }).click();
      await expect(page.getByRole('heading', { name: 'Запросы', level: 1 })).toBeVisible();
      await expect(page).toHaveURL(/func=ticket$/);
      const support = page.getByRole('button', { name: 'Поддержка' });
      await expect(support).toHaveAttribute('aria-expanded', 'true');
      const menu = page.getByRole('navigation', { name: 'menu' });
      await expect(menu.getByRole('link', { name: 'Запросы' })).toHaveAttribute('aria-current', 'page');
      await expect(page.getByText('Данных пока нет')).toBeVisible();
      // The main page: every group closed until opened.
      await page.getByRole(skin === 'spa' ? 'tab' : 'link', { name: 'Главная' }).click();
      await expect(page.getByRole('heading', { name: 'Главная', level: 1 })).toBeVisible();
      await expect(support).toHaveAttribute('aria-expanded', 'false');
      await expect(menu.getByRole('link', { name: 'Запросы' })).toBeHidden();
      await support.click();
      await expect(support).toHaveAttribute('aria-expanded', 'true');
      await menu.getByRole('link', { name: 'Запросы' }).click();
      await expect(page.getByRole('link', { name: 'Создать' })).toBeVisible();
    });

    test('the language select reloads the log-on page in English', async ({ page, standin, spaStandin }) => {
      const { url } = standinOf({ standin, spaStandin });
      await page.goto(`${url}/billmgr?func=logon&lang=ru`);
      await field(page, 'lang', 'Язык', 'combobox').selectOption('en');
      await expect(page.getByRole('button', { name: 'Sign in' })).toBeVisible();
      await expect(page.getByRole('link', { name: 'Register' })).toBeVisible();
      await expect(page.getByText("If you don't have an account")).toBeVisible();
    });

    test('a ticket: refused without subject and message, then sent with Markdown, priority and a dropped file', async ({ page, standin, spaStandin }) => {
      const { url, mail } = standinOf({ standin, spaStandin });
      const email = address(`browser-${skin}`);
      await registerClient(page.request, url, email);
      await page.goto(`${url}/billmgr?func=ticket`);
      await page.getByRole('link', { name: 'Создать' }).click();
      await expect(page.getByRole('heading', { name: 'Запрос', level: 1 })).toBeVisible();
      await page.getByRole('button', { name: 'Отправить' }).click();
      if (skin === 'classic') {
        await expect(page.getByRole('textbox', { name: 'Тема запроса*', exact: true })).toHaveAttribute('aria-invalid', 'true');
        await expect(page.getByRole('textbox', { name: 'Сообщение*', exact: true })).toHaveAttribute('aria-invalid', 'true');
      } else {
        await expect(page.locator('[data-field="subject"] [role="alert"]')).toHaveText('Поле обязательно для заполнения');
        await expect(page.locator('[data-field="message"] > [role="alert"]')).toHaveText('Поле обязательно для заполнения');
      }
      await field(page, 'subject', 'Тема запроса').fill('Не могу зайти на сервер');
      await page.getByRole('radio', { name: 'Высокий' }).check();
      const message = field(page, 'message', 'Сообщение');
      await message.fill('Не удаётся подключиться по ');
      await page.getByRole('button', { name: 'Полужирный' }).click();
      await page.keyboard.type('SSH');
      await expect(message).toHaveValue('Не удаётся подключиться по **SSH**');
      // Dropped on the editor, as a person drags a file from their desktop.
      const drop = await page.evaluateHandle(() => {
        const data = new DataTransfer();
        data.items.add(new File(['ssh: Connection refused'], 'ssh.log', { type: 'text/plain' }));
        return data;
      });
      await page.locator('.editor').dispatchEvent('drop', { dataTransfer: drop });
      await expect(page.getByText('ssh.log')).toBeVisible();
      if (skin === 'classic') await expect(page.getByRole('button', { name: 'Выберите файл или перетащите сюда' })).toHaveAttribute('type', 'file');
      else await expect(page.getByText('Выберите файл или перетащите сюда')).toBeVisible();
      await page.getByRole('button', { name: 'Отправить' }).click();
      await expect(page.getByRole('heading', { name: 'Запросы', level: 1 })).toBeVisible();
      const row = page.getByRole('row', { name: /Не могу зайти на сервер/ });
      await expect(row).toContainText('Высокий');
      await row.getByRole('link').click();
      await expect(page.locator('strong', { hasText: 'SSH' })).toBeVisible();
      await expect(page.getByText('ssh.log')).toBeVisible();
      const letter = await (await page.request.get(`${mail.apiURL}/api/wait?to=${encodeURIComponent(email)}&timeout=5000`)).json();
      expect(letter.subject).toMatch(/^Запрос #\d+ создан$/);
    });

    test('the referral program: Клиент → Реферальная программа, tabs Доход / Статистика, link and promo code', async ({ page, standin, spaStandin }) => {
      const { url } = standinOf({ standin, spaStandin });
      await registerClient(page.request, url);
      await page.goto(`${url}/billmgr`);
      await page.getByRole('button', { name: 'Клиент' }).click();
      await page.getByRole('link', { name: 'Реферальная программа' }).click();
      await expect(page.getByRole('heading', { name: 'Реферальная программа', level: 1 })).toBeVisible();
      await expect(page.getByRole('tab', { name: 'Доход' })).toHaveAttribute('aria-selected', 'true');
      await expect(page.getByText('Минимальная сумма для вывода: 50 €')).toBeVisible();
      await page.getByRole('tab', { name: 'Статистика' }).click();
      await expect(page.getByRole('tab', { name: 'Статистика' })).toHaveAttribute('aria-selected', 'true');
      await expect(page.getByText('Минимальная сумма для вывода: 50 €')).toBeHidden();
      const port = new URL(url).port;
      await expect(field(page, 'ref_link', 'Реферальная ссылка')).toHaveValue(new RegExp(`^http://localhost:${port}/\\?ref=\\d+$`));
      await expect(field(page, 'promo', 'Промокод')).toHaveValue(/^ref_\d+$/);
      await expect(field(page, 'program', 'Программа', 'combobox').locator('option:checked')).toHaveText('Рефералы - 5%');
      await page.getByRole('link', { name: 'Отмена' }).click();
      await expect(page.getByRole('heading', { name: 'Главная', level: 1 })).toBeVisible();
    });
  });
}
