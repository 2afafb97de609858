import { readFile } from 'node:fs/promises';
import type { BrowserContext, Page } from '@playwright/test';
import { ConfigurationError } from '../config/preflight.js';
import { telegramNameOf, type Messenger } from './types.js';

type StorageState = Awaited<ReturnType<BrowserContext['storageState']>>;

/**
 * A real Telegram test account through Telegram's web client (web.telegram.org/k/), signed in by a
 * Playwright storage state saved once by hand (README, "Telegram"): its cookies, and the local
 * storage where the web client keeps its keys, given to the page's browser before the chat opens.
 */
export class WebClientMessenger implements Messenger {
  private readonly signedIn = new WeakSet<BrowserContext>();

  constructor(
    readonly username: string,
    private readonly webURL: string,
    private readonly storageStateFile: string,
    /** A signed-in session is a secret: every cookie and stored value is masked in the test's artifacts (the trace records what is given to the browser). */
    private readonly keepSecret: (value: string) => void,
  ) {}

  async chatURL(page: Page, link: string): Promise<string | undefined> {
    const name = telegramNameOf(link);
    if (!name) return undefined;
    const context = page.context();
    if (!this.signedIn.has(context)) {
      const state = await this.readState();
      for (const { value } of [...state.cookies, ...state.origins.flatMap((origin) => origin.localStorage)]) if (value.length >= 8) this.keepSecret(value);
      await context.addCookies(state.cookies);
      // Local storage cannot be given to a live context: it is written before any script of the web client runs.
      await context.addInitScript((origins: StorageState['origins']) => {
        const mine = origins.find((entry) => entry.origin === location.origin);
        for (const { name: key, value } of mine?.localStorage ?? []) if (localStorage.getItem(key) === null) localStorage.setItem(key, value);
      }, state.origins);
      this.signedIn.add(context);
    }
    return `${this.webURL.replace(/#.*$/u, '')}#@${name}`;
  }

  private async readState(): Promise<StorageState> {
    try {
      return JSON.parse(await readFile(this.storageStateFile, 'utf8')) as StorageState;
    } catch (error) {
      throw new ConfigurationError([`TELEGRAM_STORAGE_STATE (${this.storageStateFile}) cannot be read as a Playwright storage state: ${(error as Error).message}`]);
    }
  }
}
