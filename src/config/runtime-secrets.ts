import { createHash } from 'node:crypto';
import { appendFileSync, existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/**
 * Secrets a page shows a test while it runs (a two-step authentication key), which no one can
 * compute beforehand as the passwords are: the worker that met one writes it here, under its
 * test's key (`secretKey`), readable by this user alone; the secret scrubber reads them when the
 * test ends, masks them in its artifacts, and removes the file. Nothing here is ever a report.
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

/** The secrets the test met, handed over once: the file is gone afterwards. */
export function takeRuntimeSecrets(testKey: string): string[] {
  const file = fileOf(testKey);
  if (!existsSync(file)) return [];
  const secrets = readFileSync(file, 'utf8').split('\n').filter(Boolean).map((line) => JSON.parse(line) as string);
  rmSync(file, { force: true });
  return secrets;
}
