/**
 * UI drifts the stand-in can be started with (STANDIN_DRIFT=<name>), so the suite can prove it
 * catches each one at the right guide line. None is active unless asked for.
 */
export const DRIFTS = {
  'register-button-renamed': 'the login page offers «Создать аккаунт» / "Sign up" instead of «Зарегистрируйтесь» / "Register"',
  'submit-renamed': 'the form\'s «Зарегистрироваться» / "Register" button reads «Создать аккаунт» / "Create account"',
  'country-optional': 'the country is no longer required',
  'consent-checkbox-gone': 'the privacy policy checkbox is gone (its text and link stay)',
  'no-email': 'pressing «Ok» sends no letter',
  'broken-confirm-link': 'the letter\'s button leads to a link the site rejects',
  'notice-text-changed': 'the notification strip has new wording',
  'dialog-button-renamed': 'the dialog\'s «Ok» button reads «Отправить» / "Send"',
  'layout-shift': 'the main page\'s layout changes: wider menu, panels in another order',
  'terms-document-gone': 'the terms of use link stays on the form but its document answers 404',
  'privacy-link-gone': 'the privacy policy\'s «Подробнее...» / "Details..." link is gone from the form (its checkbox and text stay)',
  'terms-page-not-found': 'the terms of use link answers 200 with a page that only says «Страница не найдена» / "Page not found"',
  'privacy-link-to-terms': 'the privacy policy\'s «Подробнее...» / "Details..." link leads to the terms of use page',
  'privacy-box-merged': 'the privacy policy checkbox is gone: its text and link move under the terms text, beside the one box (centred on both texts) that accepts the terms alone',
  'email-unchecked': 'an e-mail address without a valid form («wiki@@senko») is accepted',
  'address-not-shown': 'after registration the header shows the account holder\'s name instead of the e-mail address',
  'notice-at-bottom': 'the notification strip is pinned to the bottom of the window instead of the top',
  'dialog-not-opening': 'clicking the notification opens no dialog',
  'notice-text-plain': 'the notification\'s text is plain text; only a separate «Подтвердить» / "Confirm" button in it opens the dialog',
  'letter-without-button': 'the letter has only a bare link to confirm, no button',
  'tickets-menu-renamed': 'the side menu item «Запросы» / "Support tickets" reads «Тикеты» / "Tickets"',
  'tickets-entry-moved': 'the side menu lists «Запросы» / "Support tickets" under «Клиент» / "Client", a section shown open, no longer under «Поддержка» / "Support"',
  'referral-rate-changed': 'the referral program reads «Рефералы - 3%» / "Referrals - 3%" instead of 5%',
  'ptr-required': 'the order form refuses an empty «PTR запись» / "PTR record" («Поле обязательно для заполнения»), though the guide says it is optional',
  'twofa-key-differs': 'the two-step setup form\'s «Ключ» / "Key" shows another secret than its QR code carries',
  'twofa-ok-renamed': 'the two-step setup form\'s «Ok» reads «Подтвердить» / "Confirm"',
  'telegram-status-renamed': 'once the bot has the persona\'s /start, the Telegram status reads «Привязано» / "Linked" instead of «Подтверждено» / "Confirmed"',
  'install-fails': 'a paid VPS ends in «Ошибка установки» / "Installation failed" instead of «Активен» / "Active", and no access letter is sent',
} as const;

/**
 * Variants after which a guide cannot be verified at all, though nothing it says is wrong: the
 * suite must report "could not verify" at the sentence that meets it, never drift and never a pass.
 */
export const UNVERIFIABLE = {
  'captcha-challenge':
    'the registration form\'s reCAPTCHA is not on the provider\'s test keys: ticking «Я не робот» / "I\'m not a robot" opens an image challenge that never lets a test through',
} as const;

/** Every variant the stand-in can be started with. */
export const VARIANTS = { ...DRIFTS, ...UNVERIFIABLE } as const;

export type DriftName = keyof typeof VARIANTS;

export function parseDrift(value: string | undefined): DriftName | undefined {
  if (!value) return undefined;
  if (value in VARIANTS) return value as DriftName;
  throw new Error(`unknown STANDIN_DRIFT "${value}"; known: ${Object.keys(VARIANTS).join(', ')}`);
}
