import { randomBytes } from 'node:crypto';
import { request } from 'node:http';
import type { BrowserContext, Page } from '@playwright/test';

type Cookie = Parameters<BrowserContext['addCookies']>[0][number];
import { telegramNameOf, type Messenger } from './types.js';

/**
 * A fresh Telegram test account on the embedded target's imitation (its own origin): a username
 * of its own per run, so one run's /start never confirms another's, signed in through the
 * imitation's test sign-in as Telegram's test servers let test accounts in.
 */
export class ImitationMessenger implements Messenger {
  readonly username = `senko_${randomBytes(5).toString('hex')}`;
  private readonly signedIn = new WeakSet<BrowserContext>();

  constructor(private readonly origin: string) {}

  async chatURL(page: Page, link: string): Promise<string | undefined> {
    const name = telegramNameOf(link);
    if (!name) return undefined;
    const context = page.context();
    if (!this.signedIn.has(context)) {
      await context.addCookies(await this.signIn());
      this.signedIn.add(context);
    }
    return `${this.origin}/k/#@${name}`;
  }

  /**
   * The imitation's test sign-in, answered with its session cookie for the browser. Chromium
   * resolves every `*.localhost` name to this machine (RFC 6761) but Node's resolver need not, so
   * the request goes to the loopback address with the imitation's host name.
   */
  private signIn(): Promise<Cookie[]> {
    const origin = new URL(this.origin);
    const body = JSON.stringify({ username: this.username });
    return new Promise((resolve, reject) => {
      const sent = request(
        { host: '127.0.0.1', port: origin.port, path: '/api/sign-in', method: 'POST', headers: { host: origin.host, 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) } },
        (answer) => {
          answer.resume();
          if (answer.statusCode !== 200) return reject(new Error(`the Telegram imitation at ${this.origin} refused to sign in ${this.username}: HTTP ${answer.statusCode}`));
          const cookies = (answer.headers['set-cookie'] ?? []).map((line) => {
            const [pair] = line.split(';');
            const at = pair.indexOf('=');
            return { name: pair.slice(0, at).trim(), value: pair.slice(at + 1).trim(), url: this.origin };
          });
          resolve(cookies);
        },
      );
      sent.on('error', reject);
      sent.end(body);
    });
  }
}
