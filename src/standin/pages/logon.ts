import type { DriftName } from '../drift.js';
import { TEXTS, type Lang } from '../i18n.js';
import { formTexts } from './form-texts.js';
import type { FormPage } from './types.js';

/** The log-on page: address, password, and the way to «Регистрация». */
export function describeLogon(lang: Lang, drift: DriftName | undefined): FormPage {
  const t = TEXTS[lang];
  return {
    page: 'logon',
    lang,
    title: t.logon,
    heading: t.logon,
    action: '/billmgr?func=logon',
    linksAbove: [],
    fields: [
      { name: 'username', label: t.loginEmail, kind: 'email', autocomplete: 'username', required: false, hint: false, tools: [] },
      { name: 'password', label: t.password, kind: 'password', autocomplete: 'current-password', required: false, hint: false, tools: [] },
    ],
    consents: [],
    submit: t.signIn,
    secondary: {
      label: drift === 'register-button-renamed' ? t.registerButtonDrift : t.registerButton,
      href: '/billmgr?func=register',
      style: 'button',
    },
    linksBelow: [{ label: t.forgot, href: '/billmgr?func=recovery' }],
    countries: [],
    texts: formTexts(t),
  };
}
