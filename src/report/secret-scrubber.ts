import path from 'node:path';
import type { Reporter, TestCase, TestResult } from '@playwright/test/reporter';
import { accountPassword, secretKey } from '../config/account.js';
import { configuredSecrets, settings } from '../config/settings.js';
import { takeRuntimeSecrets } from './runtime-secrets.js';
import { blankPictures, scrubSecrets } from './scrub.js';

/**
 * Masks the accounts' passwords, what pages showed as secrets (runtime-secrets.ts) and the configured secrets (the Mailosaur key, a fixed password,
 * the mail API's password) in every artifact a test leaves (trace, error context, attachments)
 * as soon as the test ends. Listed first among the reporters, it is done before the HTML or blob
 * reporter copies anything. Each password is recomputed from the
 * run's seed and the test's id, never stored.
 */
export default class SecretScrubber implements Reporter {
  onTestEnd(test: TestCase, result: TestResult): void {
    // The secrets the pages showed (a two-step key, its QR code's data) are taken whether or not there is anything to scrub.
    const shown = takeRuntimeSecrets(secretKey(test.id, result.retry));
    const dirs = new Set(result.attachments.filter((a) => a.path).map((a) => path.dirname(a.path as string)));
    if (!dirs.size) return;
    const secrets = [accountPassword(secretKey(test.id, result.retry)), ...shown];
    secrets.push(...configuredSecrets(settings));
    scrubSecrets([...dirs], secrets);
    // A QR code is a secret in pixels: a test whose pages showed one keeps no picture of them.
    if (shown.length) blankPictures([...dirs]);
  }

  printsToStdio(): boolean {
    return false;
  }
}
