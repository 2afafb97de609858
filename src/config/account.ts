import { randomBytes, randomInt } from 'node:crypto';
import type { GuideLanguage } from '../guide/types.js';

/** The person the guide speaks to: a fresh identity for every run of a guide. */
export interface Account {
  firstName: string;
  lastName: string;
  email: string;
  password: string;
  country: { code: string; names: Record<GuideLanguage, string> };
}

/** What docs images show instead of a run's random values. */
export const PRESENTABLE = {
  firstName: 'Senko',
  lastName: 'Wiki',
  email: 'wiki@senko.digital',
  clientId: '757',
  accountId: '773',
  date: '2025-02-26',
} as const;

const LOWER = 'abcdefghijkmnpqrstuvwxyz';
const UPPER = 'ABCDEFGHJKLMNPQRSTUVWXYZ';
const DIGITS = '23456789';
const SYMBOLS = '!#%+-=?_';

/** A password strong by any site's rules: 20 characters with every class present. */
export function strongPassword(): string {
  const all = LOWER + UPPER + DIGITS + SYMBOLS;
  const pick = (set: string) => set[randomInt(set.length)];
  const chars = [pick(LOWER), pick(UPPER), pick(DIGITS), pick(SYMBOLS)];
  while (chars.length < 20) chars.push(pick(all));
  for (let i = chars.length - 1; i > 0; i--) {
    const j = randomInt(i + 1);
    [chars[i], chars[j]] = [chars[j], chars[i]];
  }
  return chars.join('');
}

export function createAccount(email: string): Account {
  return {
    firstName: PRESENTABLE.firstName,
    lastName: PRESENTABLE.lastName,
    email,
    // A fixed ACCOUNT_PASSWORD serves sites with odd password rules, and lets self-tests look for leaks.
    password: process.env.ACCOUNT_PASSWORD || strongPassword(),
    country: { code: 'GB', names: { ru: 'Великобритания', en: 'United Kingdom' } },
  };
}

/** A short random tag that makes an inbox address unique to one test. */
export function uniqueTag(): string {
  return `${Date.now().toString(36)}${randomBytes(4).toString('hex')}`;
}
