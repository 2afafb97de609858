import type { APIRequestContext, APIResponse } from '@playwright/test';
import { buildStandin } from '../../standin/app.js';
import type { DriftName } from '../../standin/drift.js';
import { Store, type User } from '../../standin/store.js';
import type { Skin } from '../../src/config/settings.js';
import { startMailServer } from '../../standin/mailserver/server.js';
import { expect, validRegistration, type Standin } from '../support/standin.js';

/** A stand-in whose store the test holds (to give a client services), on free ports. */
export async function standinWithStore(drift?: DriftName, skin: Skin = 'classic'): Promise<Standin & { store: Store }> {
  const mail = await startMailServer({ smtpPort: 0, apiPort: 0 });
  const store = new Store();
  const app = await buildStandin({ smtpPort: mail.smtpPort, drift, skin, store });
  const url = await app.listen({ port: 0, host: '127.0.0.1' });
  return {
    url,
    mail,
    app,
    store,
    async close() {
      await app.close();
      await mail.close();
    },
  };
}

let n = 0;
export const address = (tag = 'tickets') => `${tag}-${Date.now()}-${n++}@inbox.test`;

/** A CSRF token for posting: from the classic page's form, or the spa skin's JSON description. */
export async function csrfOf(request: APIRequestContext, url: string): Promise<string> {
  const html = await (await request.get(url)).text();
  const token = /name="_csrf" value="([^"]+)"/.exec(html)?.[1];
  if (token) return token;
  return (await (await request.get(`${url}${url.includes('?') ? '&' : '?'}out=sjson`)).json()).csrf;
}

/** Registers a new client (classic form post) and leaves `request` logged on. */
export async function registerClient(request: APIRequestContext, base: string, email = address(), lang = 'ru'): Promise<string> {
  const token = await csrfOf(request, `${base}/billmgr?func=register&lang=${lang}`);
  const response = await request.post(`${base}/billmgr?func=register`, { form: { _csrf: token, ...validRegistration(email) }, headers: { accept: 'application/json' } });
  expect(await response.json()).toEqual({ ok: true, redirect: '/billmgr' });
  return email;
}

/** Posts a ticket as the pages' script does: JSON, attachments base64. */
export async function postTicket(request: APIRequestContext, base: string, fields: Record<string, unknown>): Promise<APIResponse> {
  const token = await csrfOf(request, `${base}/billmgr?func=ticket.edit`);
  return request.post(`${base}/billmgr?func=ticket.edit`, { data: { _csrf: token, ...fields }, headers: { accept: 'application/json' } });
}

/** The stored user a test registered (with validRegistration's password). */
export function userOf(store: Store, email: string): User {
  const user = store.checkLogin(email, validRegistration(email).password);
  if (!user) throw new Error(`no user ${email}`);
  return user;
}
