import type { APIRequestContext } from '@playwright/test';
import type { Skin } from '../../src/config/settings.js';
import { buildStandin } from '../../standin/app.js';
import type { DriftName } from '../../standin/drift.js';
import { startMailServer } from '../../standin/mailserver/server.js';
import { validRegistration, type Standin } from '../support/standin.js';

/** A private stand-in whose servers install in `installSeconds` (the shared fixture uses the default). */
export async function startOrderStandin(options: { drift?: DriftName; skin?: Skin; installSeconds?: number } = {}): Promise<Standin & { publicURL: string }> {
  const mail = await startMailServer({ smtpPort: 0, apiPort: 0 });
  const app = await buildStandin({ smtpPort: mail.smtpPort, drift: options.drift, skin: options.skin ?? 'classic', installSeconds: options.installSeconds ?? 1 });
  const url = await app.listen({ port: 0, host: '127.0.0.1' });
  return {
    url,
    // The public site: the same server under the host name localhost (another origin).
    publicURL: url.replace('127.0.0.1', 'localhost'),
    mail,
    app,
    async close() {
      // As startStandin's: a connection the page still holds (a socket the browser opened ahead,
      // for the registration form's frames too) must not keep the teardown waiting for its timeout.
      const closing = app.close();
      app.server.closeAllConnections();
      await closing;
      await mail.close();
    },
  };
}

let n = 0;
export const address = (tag = 'order') => `${tag}-${Date.now()}-${n++}@inbox.test`;

/** Registers (and so logs on) a new client through the registration form, as a browser without JS would. */
export async function registerClient(request: APIRequestContext, url: string, email = address()): Promise<string> {
  // Classic has the token in the form; spa in the form's JSON description.
  const page = await request.get(`${url}/billmgr?func=register`);
  const token = csrfOf(await page.text()) || (await (await request.get(`${url}/billmgr?func=register&out=sjson`)).json()).csrf;
  const response = await request.post(`${url}/billmgr?func=register`, {
    form: { _csrf: token, ...validRegistration(email) },
    headers: { accept: 'application/json' },
  });
  if (!response.ok()) throw new Error(`registration refused: ${await response.text()}`);
  return email;
}

/** The CSRF token of a page's forms. */
export const csrfOf = (html: string): string => /name="_csrf" value="([^"]+)"/.exec(html)?.[1] ?? '';
