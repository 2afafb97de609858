import { createHmac, randomBytes, randomInt } from 'node:crypto';
import { settings } from './settings.js';

/** The person the guide speaks to: a fresh identity for every run of a guide. */
export interface Account {
  firstName: string;
  lastName: string;
  email: string;
  password: string;
  /** ISO code; its name in each language is the locale's (persona.country). */
  country: { code: string };
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

/**
 * A password strong by any site's rules: 20 characters with every class present. Drawn from
 * `bytes` when given (a derived password), otherwise at random.
 */
export function strongPassword(bytes?: Buffer): string {
  const all = LOWER + UPPER + DIGITS + SYMBOLS;
  let cursor = 0;
  const randomBelow = (n: number) => (bytes ? bytes.readUInt16BE((cursor++ * 2) % (bytes.length - 1)) % n : randomInt(n));
  const pick = (set: string) => set[randomBelow(set.length)];
  const chars = [pick(LOWER), pick(UPPER), pick(DIGITS), pick(SYMBOLS)];
  while (chars.length < 20) chars.push(pick(all));
  for (let i = chars.length - 1; i > 0; i--) {
    const j = randomBelow(i + 1);
    [chars[i], chars[j]] = [chars[j], chars[i]];
  }
  return chars.join('');
}

/**
 * The password of a test's account. It is derived from a per-run secret seed (set by the runner,
 * inherited by its workers) and the test's id, so the runner's reporters can recompute it and
 * scrub it from artifacts without it ever being written down. A fixed ACCOUNT_PASSWORD serves
 * sites with unusual password rules.
 */
export function accountPassword(testKey: string): string {
  if (settings.accountPassword) return settings.accountPassword;
  // Not configuration: the runner sets it for this run after the settings were read.
  const seed = process.env.GUIDE_RUN_SEED;
  if (!seed) return strongPassword();
  return strongPassword(createHmac('sha256', seed).update(testKey).digest().subarray(0, 32));
}

export function createAccount(email: string, password: string): Account {
  return {
    firstName: PRESENTABLE.firstName,
    lastName: PRESENTABLE.lastName,
    email,
    password,
    country: { code: 'GB' },
  };
}

/** A short random tag that makes an inbox address unique to one test. */
export function uniqueTag(): string {
  return `${Date.now().toString(36)}${randomBytes(4).toString('hex')}`;
}

/** What a test's password is derived from: its id and its retry. */
export function secretKey(testId: string, retry: number): string {
  return `${testId}:${retry}`;
}
