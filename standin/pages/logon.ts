import type { DriftName } from '../drift.js';
import { TEXTS, type Lang } from '../i18n.js';
import { formTexts } from './form-texts.js';
import { startFields, withStartform } from './startform.js';
import type { FormPage } from './types.js';

/**
 * The log-on page as new-ticket/ru/1.png and ordering/2.png (EN) show it: «Логин» (the e-mail
 * address), «Пароль» with its eye, «Язык», «Войти», «Восстановление пароля», and the line
 * «Если у вас нет аккаунта «Зарегистрируйтесь»» ("If you don't have an account" "Register").
 * `startform` rides along to the registration form.
 */
export function describeLogon(lang: Lang, drift: DriftName | undefined, startform?: string, startparams = ''): FormPage {
  return logonForm(lang, drift, startform, startparams);
}

/**
 * The log-on's second step for an account with two-step authentication: the password was right,
 * now «Временный пароль» / "Temporary password", the six digits of the authenticator (func=logon.totp).
 */
export function describeLogonCode(lang: Lang, drift: DriftName | undefined, startform?: string, startparams = ''): FormPage {
  const t = TEXTS[lang];
  const page = logonForm(lang, drift, startform, startparams);
  return {
    ...page,
    action: '/billmgr?func=logon.totp',
    fields: [{ name: 'totp', label: t.twofaCode, kind: 'text', autocomplete: 'one-time-code', required: true, hint: false, tools: [] }],
    language: undefined,
    recovery: undefined,
  };
}

function logonForm(lang: Lang, drift: DriftName | undefined, startform: string | undefined, startparams: string): FormPage {
  const t = TEXTS[lang];
  return {
    page: 'logon',
    lang,
    title: t.logon,
    heading: t.logon,
    action: '/billmgr?func=logon',
    linksAbove: [],
    fields: [
      { name: 'username', label: t.login, kind: 'text', autocomplete: 'username', required: false, hint: false, tools: [] },
      { name: 'password', label: t.password, kind: 'password', autocomplete: 'current-password', required: false, hint: false, tools: ['show-password'] },
    ],
    consents: [],
    submit: t.signIn,
    // The real page's words: the 2025 Russian guide said «Регистрация» here, which the suite found drifted.
    secondary: {
      label: drift === 'register-button-renamed' ? t.registerButtonDrift : t.registerButton,
      href: withStartform('/billmgr?func=register', startform, startparams),
      style: 'line',
      before: t.noAccount,
    },
    recovery: { label: t.recovery, href: '/billmgr?func=recovery' },
    language: {
      name: 'lang',
      label: t.language,
      options: [
        { value: 'ru', label: 'Русский' },
        { value: 'en', label: 'English' },
      ],
      value: lang,
    },
    hidden: startFields(startform, startparams),
    linksBelow: [],
    countries: [],
    texts: formTexts(t),
  };
}
