import type { Locale } from './types.js';

export const en: Locale = {
  lang: 'en',
  fieldNames: {
    passwordRepeat: /re-?enter|repeat|confirm\p{L}*\s+(?:the\s+|your\s+)?password|password\s+(?:again|confirmation)/iu,
    password: /password|passphrase/iu,
    email: /e-?mail/iu,
    firstName: /^\s*(?:your\s+)?(?:(?:first|given)\s*name|name(?!\p{L}))/iu,
    lastName: /^\s*(?:your\s+)?(?:(?:last|family)\s*name|surname)/iu,
    country: /country|nation/iu,
  },
  fieldMentions: {
    email: /e-?mail/iu,
    country: /country/iu,
    password: /password/iu,
    firstName: /first\s+name/iu,
    lastName: /last\s+name|surname/iu,
  },
  stopWords: ['the', 'and', 'with', 'our', 'your'],
  captcha: /not\s+a\s+robot|captcha|security\s+challenge/iu,
  mainPageHeadings: ['Home', 'Dashboard'],
  notificationRegion: /notification/iu,
  sameAction: [
    ['Registration', 'Register', 'Sign up', 'Create account', 'Create an account'],
    ['Sign in', 'Log in', 'Login'],
    ['Ok', 'OK', 'Send', 'Confirm'],
  ],
};
