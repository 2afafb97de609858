import path from 'node:path';
import type { Reporter, TestCase, TestResult } from '@playwright/test/reporter';
import { accountPassword, secretKey } from '../config/account.js';
import { configuredSecrets, settings } from '../config/settings.js';
import { scrubSecrets } from './scrub.js';

/**
 * Masks the accounts' passwords and the configured secrets (the Mailosaur key, a fixed password,
 * the mail API's password) in every artifact a test leaves (trace, error context, attachments)
 * as soon as the test ends. Listed first among the reporters, it is done before the HTML or blob
 * reporter copies anything. Each password is recomputed from the
 * run's seed and the test's id, never stored.
 */
export default class SecretScrubber implements Reporter {
  onTestEnd(test: TestCase, result: TestResult): void {
    const dirs = new Set(result.attachments.filter((a) => a.path).map((a) => path.dirname(a.path as string)));
    if (!dirs.size) return;
    const secrets = [accountPassword(secretKey(test.id, result.retry))];
    secrets.push(...configuredSecrets(settings));
    scrubSecrets([...dirs], secrets);
  }

  printsToStdio(): boolean {
    return false;
  }
}
