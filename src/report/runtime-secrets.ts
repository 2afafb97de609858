import { createHash } from 'node:crypto';
import { appendFileSync, existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { secretKey } from '../config/account.js';

/**
 * Secrets a page shows a test while it runs (a two-step authentication key), which no one can
 * compute beforehand as the passwords are. The scrubber is a reporter, in the runner's process,
 * and the page was seen in a worker: the hand-over crosses processes, so the worker writes each
 * one here under its test's key (`secretKey`), readable by this user alone, and the scrubber reads
 * them when the test ends, masks them in its artifacts, and removes the file. Not an attachment or
 * an annotation: those are artifacts themselves (a reporter run without the scrubber would publish
 * the secret), and a hash of it would not do, since text cannot be masked by a hash.
 *
 * Steps never call this: they get `keepSecret` in their context, and the fixture that runs the
 * guide decides where it goes (`keeperFor`).
 */
const DIR = path.join(os.tmpdir(), `guide-verifier-secrets-${process.getuid?.() ?? 'user'}`);

function fileOf(testKey: string): string {
  return path.join(DIR, createHash('sha256').update(testKey).digest('hex'));
}

/** Remembers `secret` for the scrubber of the test `testKey` (`<test id>:<retry>`). */
export function rememberRuntimeSecret(testKey: string, secret: string): void {
  mkdirSync(DIR, { recursive: true, mode: 0o700 });
  appendFileSync(fileOf(testKey), `${JSON.stringify(secret)}\n`, { mode: 0o600 });
}

/** What a fixture gives a test's steps as `keepSecret`: the secret goes to the scrubber of that test and retry. */
export function keeperFor(test: { testId: string; retry: number }): (secret: string) => void {
  const testKey = secretKey(test.testId, test.retry);
  return (secret) => rememberRuntimeSecret(testKey, secret);
}

/** The secrets the test met, handed over once: the file is gone afterwards. */
export function takeRuntimeSecrets(testKey: string): string[] {
  const file = fileOf(testKey);
  if (!existsSync(file)) return [];
  const secrets = readFileSync(file, 'utf8').split('\n').filter(Boolean).map((line) => JSON.parse(line) as string);
  rmSync(file, { force: true });
  return secrets;
}
