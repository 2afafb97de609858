import { createRequire } from 'node:module';
import countries from 'i18n-iso-countries';
import type { Lang } from './i18n.js';

const require = createRequire(import.meta.url);
countries.registerLocale(require('i18n-iso-countries/langs/ru.json'));
countries.registerLocale(require('i18n-iso-countries/langs/en.json'));

export interface Country {
  code: string;
  name: string;
}

const cache = new Map<Lang, Country[]>();

/** The ISO 3166 country list in the page's language, sorted as a reader expects. */
export function countryList(lang: Lang): Country[] {
  let list = cache.get(lang);
  if (!list) {
    list = Object.entries(countries.getNames(lang, { select: 'official' }))
      .map(([code, name]) => ({ code, name }))
      .sort((a, b) => a.name.localeCompare(b.name, lang));
    cache.set(lang, list);
  }
  return list;
}

export function isCountry(code: string): boolean {
  return countries.isValid(code) && code.length === 2;
}

export function countryName(code: string, lang: Lang): string {
  return countries.getName(code, lang, { select: 'official' }) ?? code;
}
