import { countryList } from '../countries.js';
import type { DriftName } from '../drift.js';
import { TEXTS, type Lang } from '../i18n.js';
import { registrationSiteKey } from '../recaptcha/keys.js';
import { formTexts } from './form-texts.js';
import { startFields, withStartform } from './startform.js';
import type { FormPage } from './types.js';

/** The registration form, field by field, as the real client area asks for it; `startform` is where it lands. */
export function describeRegister(lang: Lang, drift: DriftName | undefined, startform?: string, startparams = ''): FormPage {
  const t = TEXTS[lang];
  return {
    page: 'register',
    lang,
    title: t.register,
    heading: t.register,
    action: '/billmgr?func=register',
    linksAbove: [{ label: t.haveAccount, href: withStartform('/billmgr?func=logon', startform, startparams) }],
    fields: [
      { name: 'first_name', label: t.firstName, kind: 'text', autocomplete: 'given-name', required: true, hint: true, tools: [] },
      { name: 'last_name', label: t.lastName, kind: 'text', autocomplete: 'family-name', required: true, hint: true, tools: [] },
      { name: 'email', label: t.email, kind: 'email', autocomplete: 'email', required: true, hint: true, tools: [] },
      {
        name: 'password',
        label: t.password,
        kind: 'password',
        autocomplete: 'new-password',
        required: true,
        hint: true,
        tools: ['show-password', 'generate-password'],
        strength: true,
      },
      { name: 'password_repeat', label: t.passwordRepeat, kind: 'password', autocomplete: 'new-password', required: false, hint: true, tools: ['show-password'] },
      {
        name: 'country',
        label: t.country,
        kind: 'country',
        autocomplete: 'country',
        required: drift !== 'country-optional',
        hint: true,
        tools: ['clear'],
        placeholder: t.chooseCountry,
      },
    ],
    captcha: { name: 'g-recaptcha-response', sitekey: registrationSiteKey(drift), hl: lang },
    consents: [
      { name: 'agree_terms', text: t.agreeTerms, required: true, checkbox: true, document: { label: t.details, href: `/legal/terms?lang=${lang}`, external: true } },
      {
        name: 'agree_privacy',
        text: t.agreePrivacy,
        required: true,
        checkbox: drift !== 'consent-checkbox-gone' && drift !== 'privacy-box-merged',
        underPrevious: drift === 'privacy-box-merged' || undefined,
        document:
          drift === 'privacy-link-gone'
            ? undefined
            : { label: t.details, href: `/legal/${drift === 'privacy-link-to-terms' ? 'terms' : 'privacy'}?lang=${lang}`, external: true },
      },
      { name: 'agree_tax', text: t.agreeTax, required: true, checkbox: true, document: { label: t.details, href: `/legal/tax-residency?lang=${lang}`, external: true } },
    ],
    submit: drift === 'submit-renamed' ? t.submitDrift : t.submit,
    secondary: { label: t.cancel, href: '/billmgr', style: 'link' },
    hidden: startFields(startform, startparams),
    linksBelow: [],
    countries: countryList(lang),
    texts: formTexts(t),
  };
}
