import path from 'node:path';
import type { Reporter, TestCase, TestResult } from '@playwright/test/reporter';
import { accountPassword, secretKey } from '../config/account.js';
import { settings } from '../config/settings.js';
import { scrubSecrets } from './scrub.js';

/**
 * Masks the accounts' passwords and the Mailosaur key in every artifact a test leaves (trace,
 * error context, attachments) before the HTML report copies them. It runs first among the
 * reporters; each password is recomputed from the run's seed and the test's id, never stored.
 */
export default class SecretScrubber implements Reporter {
  private readonly pending: Array<{ dirs: Set<string>; secrets: string[] }> = [];

  onTestEnd(test: TestCase, result: TestResult): void {
    const dirs = new Set(result.attachments.filter((a) => a.path).map((a) => path.dirname(a.path as string)));
    if (!dirs.size) return;
    const secrets = [accountPassword(secretKey(test.id, result.retry))];
    if (settings.mailosaur?.apiKey) secrets.push(settings.mailosaur.apiKey);
    this.pending.push({ dirs, secrets });
  }

  async onEnd(): Promise<void> {
    for (const { dirs, secrets } of this.pending) await scrubSecrets([...dirs], secrets);
  }

  printsToStdio(): boolean {
    return false;
  }
}
