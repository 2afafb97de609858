import { test as base } from '@playwright/test';
import type { FastifyInstance } from 'fastify';
import type { Skin } from '../../src/config/settings.js';
import { buildStandin } from '../../standin/app.js';
import type { DriftName } from '../../standin/drift.js';
import { startMailServer, type MailServer } from '../../standin/mailserver/server.js';

export interface Standin {
  url: string;
  mail: MailServer;
  app: FastifyInstance;
  /** Closes the stand-in, then its mail server. */
  close(): Promise<void>;
}

/**
 * A private stand-in and mail server on free ports, so its tests never meet another test's data.
 * `transform` (the metamorphic self-test's) is applied before it listens, as the CLI does.
 */
export async function startStandin(drift?: DriftName, skin: Skin = 'classic', transform?: string): Promise<Standin> {
  const mail = await startMailServer({ smtpPort: 0, apiPort: 0 });
  const app = await buildStandin({ smtpPort: mail.smtpPort, drift, skin });
  if (transform) await (await import('../../standin/transforms/index.js')).applyTransform(app, transform);
  const url = await app.listen({ port: 0, host: '127.0.0.1' });
  return {
    url,
    mail,
    app,
    async close() {
      // The browser may still hold a request open (the test's page outlives its hooks): closing
      // must not wait for it, or a loaded machine turns a teardown into a timeout.
      const closing = app.close();
      app.server.closeAllConnections();
      await closing;
      await mail.close();
    },
  };
}

/** A worker-scoped stand-in of one skin, closed with its mail server when the worker ends. */
const serve =
  (skin: Skin) =>
  async ({}, use: (standin: Standin) => Promise<void>): Promise<void> => {
    const standin = await startStandin(undefined, skin);
    await use(standin);
    await standin.close();
  };

/** `standin` is the classic skin, `spaStandin` the single-page one. */
export const test = base.extend<object, { standin: Standin; spaStandin: Standin }>({
  standin: [serve('classic'), { scope: 'worker' }],
  spaStandin: [serve('spa'), { scope: 'worker' }],
});

export { expect } from '@playwright/test';

/**
 * A captcha response, as a browser that ticked the box posts it. The stand-in's form is on the
 * provider's test keys, which pass any response (as Google documents them).
 */
export const CAPTCHA_RESPONSE = '03AFcWeA-test-keys-response';

/** A registration the stand-in accepts: every required field, the three consents and the captcha's response. */
export const validRegistration = (email: string): Record<string, string> => ({
  first_name: 'Senko',
  last_name: 'Wiki',
  email,
  password: 'Str0ng-Passw0rd!',
  password_repeat: 'Str0ng-Passw0rd!',
  country: 'GB',
  agree_terms: 'on',
  agree_privacy: 'on',
  agree_tax: 'on',
  'g-recaptcha-response': CAPTCHA_RESPONSE,
});
