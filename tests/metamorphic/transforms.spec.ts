import { expect, test, type Page } from '@playwright/test';
import { buildStandin } from '../../standin/app.js';
import { mapSelectors, selectorClasses } from '../../standin/transforms/class-rename.js';
import { clientScriptPath } from '../../standin/transforms/client.js';
import { delayResponses } from '../../standin/transforms/slow.js';
import { SKINS } from '../../src/config/schema.js';
import type { Skin } from '../../src/config/settings.js';
import { applyTransform, CHANGES_NOTHING_ON, TRANSFORMS } from '../../standin/transforms/index.js';
import { startStandin, type Standin } from '../support/standin.js';

/** A stand-in built with `name` applied, answering in-process (app.inject): no port, no browser. */
async function injected(name: string, skin: 'classic' | 'spa' = 'classic') {
  const app = await buildStandin({ smtpPort: 9, skin });
  await applyTransform(app, name);
  return app;
}

const SERVER_SIDE = new Set(['class-rename', 'slow']);

test.describe('plumbing (HTTP)', () => {
  test('an unknown transform is refused with the known names', async () => {
    const app = await buildStandin({ smtpPort: 9 });
    await expect(applyTransform(app, 'no-such-thing')).rejects.toThrow(`unknown STANDIN_TRANSFORM "no-such-thing"; known: ${Object.keys(TRANSFORMS).join(', ')}`);
    await app.close();
  });

  test('there are at least 10 transforms, each described', () => {
    expect(Object.keys(TRANSFORMS).length).toBeGreaterThanOrEqual(10);
    for (const description of Object.values(TRANSFORMS)) expect(description.length).toBeGreaterThan(10);
  });

  for (const name of Object.keys(TRANSFORMS).filter((n) => !SERVER_SIDE.has(n))) {
    test(`"${name}" adds its script to every page of both skins, same origin, under the CSP`, async () => {
      for (const skin of ['classic', 'spa'] as const) {
        const app = await injected(name, skin);
        for (const url of ['/billmgr?func=register', '/billmgr', '/legal/terms']) {
          const page = await app.inject({ url });
          expect(page.headers['content-security-policy']).toContain("script-src 'self'");
          expect(page.body).toContain(`<script src="${clientScriptPath(name)}" defer></script></body>`);
        }
        const script = await app.inject({ url: clientScriptPath(name) });
        expect(script.statusCode).toBe(200);
        expect(script.headers['content-type']).toBe('text/javascript; charset=utf-8');
        expect(script.body).toContain('function onPage(apply)');
        // JSON and assets are left alone.
        expect((await app.inject({ url: '/assets/app.css' })).body).not.toContain('__transform');
        await app.close();
      }
    });
  }

  test('hooks on the root instance reach the static assets too: class-rename is consistent across HTML, CSS and scripts', async () => {
    for (const skin of ['classic', 'spa'] as const) {
      const app = await injected('class-rename', skin);
      const css = (await app.inject({ url: '/assets/app.css' })).body;
      const html = (await app.inject({ url: '/billmgr?func=register' })).body;
      const spa = (await app.inject({ url: '/assets/spa.js' })).body;
      expect(css).toContain('.k7-btn-primary');
      expect(css).not.toMatch(/\.btn-primary\b/);
      expect(spa).toContain("'k7-input-with-tools'");
      expect(spa).not.toMatch(/[^-]input-with-tools/);
      // Every class the page uses is one the stylesheet styles, or one it never styled.
      const styled = new Set([...selectorClasses(css), ...selectorClasses((await app.inject({ url: '/assets/spa.css' })).body)]);
      const used = [...html.matchAll(/\sclass="([^"]*)"/g)].flatMap(([, list]) => list.split(/\s+/)).filter(Boolean);
      for (const name of used) expect(styled.has(name) || !styled.has(`k7-${name}`), name).toBe(true);
      if (skin === 'classic') expect(html).toContain('class="k7-btn-primary"');
      // The rewritten bodies carry their own length.
      const answer = await app.inject({ url: '/assets/app.css' });
      expect(Number(answer.headers['content-length'])).toBe(Buffer.byteLength(answer.body));
      await app.close();
    }
  });

  test("the captcha provider's widget is a third party's: no transform touches its frames, its script or its classes", async () => {
    const anchor = '/recaptcha/api2/anchor?ar=1&k=6LeIxAcTAAAAAJcZVRqyHh71UMIEGNQ_MXjiZKhI&hl=ru&size=normal';
    const untouched = await buildStandin({ smtpPort: 9 });
    const before = await Promise.all([anchor, '/recaptcha/api2/bframe?hl=ru', '/recaptcha/api.js', '/recaptcha/api2/styles.css'].map(async (url) => (await untouched.inject({ url })).body));
    await untouched.close();
    for (const name of Object.keys(TRANSFORMS).filter((n) => n !== 'slow')) {
      const app = await injected(name);
      const after = await Promise.all([anchor, '/recaptcha/api2/bframe?hl=ru', '/recaptcha/api.js', '/recaptcha/api2/styles.css'].map(async (url) => (await app.inject({ url })).body));
      expect(after, name).toEqual(before);
      // The site's page leaves the widget its place under the provider's own class.
      expect((await app.inject({ url: '/billmgr?func=register' })).body, name).toContain('<div class="g-recaptcha" data-sitekey=');
      await app.close();
    }
  });

  test('selectors are rewritten; declarations, strings and comments are not', () => {
    const css = '/* .a { } */ .a > .b:has(.c), x.d { background: url(x.a.png); content: ".a" } @media (width > 1px) { .a { color: red } }';
    const out = mapSelectors(css, (selector) => selector.replace(/\.(a|b|c|d)\b/g, '.z-$1'));
    expect(out).toBe('/* .a { } */ .z-a > .z-b:has(.z-c), x.z-d { background: url(x.a.png); content: ".a" } @media (width > 1px) { .z-a { color: red } }');
  });

  test('"slow" delays every response by 300–800 ms', async () => {
    const pauses: number[] = [];
    const app = await buildStandin({ smtpPort: 9, skin: 'classic' });
    delayResponses(app, { pause: async (ms) => pauses.push(ms) });
    const urls = ['/billmgr', '/assets/app.css', '/healthz'];
    for (const url of urls) await app.inject({ url });
    expect(pauses).toHaveLength(urls.length);
    for (const ms of pauses) expect(ms >= 300 && ms <= 800, `${ms} ms`).toBe(true);
    await app.close();
  });
});

test.describe('in a browser', () => {
  test.use({ locale: 'ru-RU' });
  let standin: Standin | undefined;
  test.afterEach(async () => {
    await standin?.close();
    standin = undefined;
  });
  const open = async (page: Page, name: string, path = '/billmgr?func=register', skin: 'classic' | 'spa' = 'classic') => {
    standin = await startStandin(undefined, skin, name);
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(standin.url + path);
    return errors;
  };

  test('"custom-checkbox": a role=checkbox box ticks the hidden native input and shows its refusal', async ({ page }) => {
    const errors = await open(page, 'custom-checkbox');
    const box = page.getByRole('checkbox', { name: /условиями использования/ });
    await expect(box).toHaveJSProperty('tagName', 'SPAN');
    await page.getByRole('button', { name: 'Зарегистрироваться' }).click();
    await expect(box).toHaveAttribute('aria-invalid', 'true');
    await expect(box).toHaveAccessibleDescription('Необходимо дать согласие');
    await box.check();
    await expect(box).toBeChecked();
    // Ticking it settles the refusal, as the page's own script does for the native box.
    await expect(box).toHaveAttribute('aria-invalid', 'false');
    // A click on the label text still works, through the native input.
    await page.getByText(/^Я даю согласие с условиями/).click();
    await expect(box).not.toBeChecked();
    expect(errors).toEqual([]);
  });

  test('"custom-select": the combobox searches, picks, is cleared by the page\'s ×, and mirrors refusals', async ({ page }) => {
    const errors = await open(page, 'custom-select');
    const country = page.getByRole('combobox', { name: 'Страна*' });
    await expect(country).toHaveJSProperty('tagName', 'INPUT');
    await page.getByRole('button', { name: 'Зарегистрироваться' }).click();
    await expect(country).toHaveAccessibleDescription('Поле обязательно для заполнения');
    await country.fill('Япо');
    await page.getByRole('option', { name: 'Япония' }).click();
    await expect(country).toHaveValue('Япония');
    await expect(page.getByRole('listbox')).toBeHidden();
    await page.getByRole('button', { name: 'Очистить' }).click();
    await expect(country).toHaveValue('');
    expect(errors).toEqual([]);
  });

  test('"element-swap": a link drawn as a button is a button that still navigates; headings and submit buttons are swapped', async ({ page }) => {
    const errors = await open(page, 'element-swap', '/billmgr?func=logon');
    // The log-on page's button-looking link is «Восстановление пароля» (the real page draws it so).
    await expect(page.getByRole('link', { name: 'Восстановление пароля' })).toHaveCount(0);
    await page.getByRole('button', { name: 'Восстановление пароля' }).click();
    await expect(page).toHaveURL(/func=recovery/);
    await page.goto(`${new URL(page.url()).origin}/billmgr?func=register`);
    await expect(page.getByRole('heading', { name: 'Регистрация', level: 1 })).toHaveJSProperty('tagName', 'DIV');
    await expect(page.getByRole('button', { name: 'Зарегистрироваться' })).toHaveJSProperty('tagName', 'INPUT');
    expect(errors).toEqual([]);
  });

  test('"reorder": the DOM order of the form is reversed, the order on screen is not', async ({ page }) => {
    const errors = await open(page, 'reorder');
    const labels = ['Имя*', 'Фамилия*', 'Email адрес*', 'Пароль*'];
    const tops = await Promise.all(labels.map(async (label) => (await page.getByRole('textbox', { name: label }).boundingBox())!.y));
    expect([...tops].sort((a, b) => a - b)).toEqual(tops);
    const domOrder = await page.getByRole('textbox').evaluateAll((all) => all.map((e) => e.getAttribute('name')));
    expect(domOrder.indexOf('email')).toBeLessThan(domOrder.indexOf('first_name'));
    expect(errors).toEqual([]);
  });

  test('"late-render": the page\'s content arrives a second after load, still working', async ({ page }) => {
    // Recorded in the page, so a loaded machine cannot make the test look after the content came back.
    await page.addInitScript(() => {
      const seen: { hiddenFor: number; progressbar: boolean } = { hiddenFor: 0, progressbar: false };
      (window as unknown as { lateRender: typeof seen }).lateRender = seen;
      let hiddenSince: number | undefined;
      new MutationObserver(() => {
        if (!document.body) return;
        if (document.querySelector('[role=progressbar]')) seen.progressbar = true;
        const link = [...document.querySelectorAll('a')].some((a) => a.textContent?.trim() === 'Зарегистрируйтесь');
        if (!link && hiddenSince === undefined) hiddenSince = performance.now();
        if (link && hiddenSince !== undefined) {
          seen.hiddenFor = Math.max(seen.hiddenFor, performance.now() - hiddenSince);
          hiddenSince = undefined;
        }
      }).observe(document, { childList: true, subtree: true });
    });
    const errors = await open(page, 'late-render', '/billmgr?func=logon');
    await page.getByRole('link', { name: 'Зарегистрируйтесь' }).waitFor();
    const seen = await page.evaluate(() => (window as unknown as { lateRender: { hiddenFor: number; progressbar: boolean } }).lateRender);
    expect(seen.progressbar).toBe(true);
    expect(seen.hiddenFor).toBeGreaterThanOrEqual(900);
    await page.getByRole('link', { name: 'Зарегистрируйтесь' }).click();
    await expect(page).toHaveURL(/func=register/);
    expect(errors).toEqual([]);
  });

  test('"relabel", "labels-unlinked", "wrappers": fields keep working under their new labels', async ({ page }) => {
    for (const [name, label] of [['relabel', 'Электронная почта*'], ['wrappers', 'Email адрес*']] as const) {
      await open(page, name);
      await expect(page.getByRole('textbox', { name: label })).toBeVisible();
      await standin?.close();
    }
    standin = undefined;
    const errors = await open(page, 'labels-unlinked');
    await expect(page.getByText('Email адрес')).toBeVisible();
    await expect(page.getByRole('textbox', { name: 'Email адрес*' })).toHaveCount(0);
    await expect(page.getByRole('checkbox', { name: /условиями использования/ })).toHaveCount(0);
    expect(errors).toEqual([]);
  });

  test('"late-handlers": a pointer click on a button or link just drawn does nothing; the browser\'s own click for Enter still submits', async ({ page }) => {
    const errors = await open(page, 'late-handlers', '/billmgr?func=logon');
    // Drawn and clicked in one task of the page, so no machine is slow enough to let the click through.
    const swallowed = await page.evaluate(() => {
      const clickOn = (detail: number) => {
        const link = document.createElement('a');
        link.href = `#${detail ? 'pointer' : 'keyboard'}`;
        document.body.append(link);
        const event = new MouseEvent('click', { bubbles: true, cancelable: true, detail });
        link.dispatchEvent(event);
        link.remove();
        return event.defaultPrevented;
      };
      return { pointer: clickOn(1), keyboard: clickOn(0) };
    });
    expect(swallowed).toEqual({ pointer: true, keyboard: false });
    // Only the keyboard's click was followed.
    expect(new URL(page.url()).hash).toBe('#keyboard');
    // A person who clicks again a moment later gets through.
    await expect(async () => {
      await page.getByRole('link', { name: 'Зарегистрируйтесь' }).click();
      await expect(page).toHaveURL(/func=register/, { timeout: 1_000 });
    }).toPass();
    expect(errors).toEqual([]);
  });

  test('"readonly-until-focus": a text field takes input once clicked into', async ({ page }) => {
    const errors = await open(page, 'readonly-until-focus');
    const email = page.getByRole('textbox', { name: 'Email адрес*' });
    await expect(email).not.toBeEditable();
    await email.click();
    await expect(email).toBeEditable();
    await email.fill('wiki@senko.digital');
    await expect(email).toHaveValue('wiki@senko.digital');
    expect(errors).toEqual([]);
  });

  test('"invisible-typography": labels carry soft hyphens and no-break spaces, and read the same', async ({ page }) => {
    const errors = await open(page, 'invisible-typography');
    const submit = page.getByRole('button', { name: 'Зарегистрироваться' });
    await expect(submit).toHaveCount(1);
    expect(await submit.textContent()).toContain('\u00AD');
    expect(await page.locator('body').textContent()).toContain('\u00A0');
    expect(errors).toEqual([]);
  });

  test('"cookie-banner" and "chat-widget" sit in the corners, clear of the form', async ({ page }) => {
    for (const [name, control] of [['cookie-banner', 'Принять'], ['chat-widget', 'Открыть чат']] as const) {
      await open(page, name);
      const widget = (await page.getByRole('button', { name: control }).boundingBox())!;
      const form = (await page.getByRole('region', { name: 'Регистрация' }).boundingBox())!;
      expect(widget.x + widget.width < form.x || widget.x > form.x + form.width).toBe(true);
      await standin?.close();
      standin = undefined;
    }
  });
});

test.describe('in a browser, both skins', () => {
  test.use({ locale: 'ru-RU' });

  for (const skin of ['classic', 'spa'] as const) {
    test(`"submit-disabled-until-valid" (${skin}): the button is disabled until the form is valid, and Enter sends nothing but a message at the field`, async ({ page }) => {
      const standin = await startStandin(undefined, skin, 'submit-disabled-until-valid');
      try {
        const posts: string[] = [];
        page.on('request', (request) => request.method() === 'POST' && posts.push(request.url()));
        await page.goto(`${standin.url}/billmgr?func=register`);
        const submit = page.getByRole('button', { name: 'Зарегистрироваться' });
        await expect(submit).toBeDisabled();
        const email = page.getByRole('textbox').nth(2);
        await email.fill('wiki@@senko');
        await email.press('Enter');
        await expect(page.getByText('Заполните это поле правильно').first()).toBeVisible();
        expect(posts).toEqual([]);
        await expect(submit).toBeDisabled();
      } finally {
        await standin.close();
      }
    });
  }

  test('"class-rename": both skins look as styled as before', async ({ page }) => {
    const look = async (name: string, skin: 'classic' | 'spa') => {
      const standin = await startStandin(undefined, skin, name);
      await page.goto(`${standin.url}/billmgr?func=register`);
      const styles = (locator: ReturnType<Page['getByRole']>) =>
        locator.evaluate((element) => {
          const style = getComputedStyle(element);
          return [style.backgroundColor, style.padding, style.display, style.borderColor, style.height].join(' ');
        });
      const seen = [
        await styles(page.getByRole('button', { name: 'Зарегистрироваться' })),
        await styles(page.getByRole('textbox').first()),
        await styles(page.getByRole('button', { name: 'Сгенерировать пароль' })),
        await page.getByRole('button', { name: 'Сгенерировать пароль' }).evaluate((element) => getComputedStyle(element.parentElement!).display),
      ];
      await standin.close();
      return seen;
    };
    for (const skin of ['classic', 'spa'] as const) expect(await look('class-rename', skin), skin).toEqual(await look('', skin));
  });
});

test.describe('in a browser, the skins a transform is not run on', () => {
  test.use({ locale: 'ru-RU' });

  /** Whether the transform's script changed anything on `path` once the page is drawn whole (every component drawn). */
  const changed = async (page: Page, standin: Standin, path: string) => {
    await page.goto(`${standin.url}${path}`);
    await expect(page.getByRole('button').filter({ visible: true }).first()).toBeVisible();
    // dragon's components draw themselves a moment after they are attached (the stand-in's own flag, read by a test, never by the engine).
    await expect.poll(() => page.evaluate(() => [...document.querySelectorAll('*')].filter((el) => (el as Element & { hydrating?: boolean }).hydrating === true).length)).toBe(0);
    // The transform re-runs in a microtask after each change of the page: by now it has seen the page drawn.
    return page.evaluate(() => (window as unknown as { standinTransformChanged?: boolean }).standinTransformChanged === true);
  };

  for (const [name, skins] of Object.entries(CHANGES_NOTHING_ON)) {
    const untouched = Object.keys(skins) as Skin[];
    const touched = SKINS.filter((skin) => !untouched.includes(skin));
    test(`"${name}" changes nothing on ${untouched.join(' or ')} (so no guide runs there), and the log-on and registration pages of ${touched[0]} it does change`, async ({ page }) => {
      for (const skin of SKINS) {
        const standin = await startStandin(undefined, skin, name);
        try {
          const seen = [await changed(page, standin, '/billmgr'), await changed(page, standin, '/billmgr?func=register')];
          if (untouched.includes(skin)) expect(seen, `${name} on ${skin}: ${skins[skin]}`).toEqual([false, false]);
          else if (skin === touched[0]) expect(seen, `${name} on ${skin}`).toContain(true);
        } finally {
          await standin.close();
        }
      }
    });
  }
});
