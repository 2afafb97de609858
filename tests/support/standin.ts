import { test as base } from '@playwright/test';
import type { FastifyInstance } from 'fastify';
import { buildStandin } from '../../src/standin/app.js';
import type { DriftName } from '../../src/standin/drift.js';
import { startMailServer, type MailServer } from '../../src/mailserver/server.js';

export interface Standin {
  url: string;
  mail: MailServer;
  app: FastifyInstance;
}

/** A private stand-in and mail server on free ports, so its tests never meet another test's data. */
export async function startStandin(drift?: DriftName): Promise<Standin> {
  const mail = await startMailServer({ smtpPort: 0, apiPort: 0 });
  const app = await buildStandin({ smtpPort: mail.smtpPort, drift });
  const url = await app.listen({ port: 0, host: '127.0.0.1' });
  return { url, mail, app };
}

export const test = base.extend<object, { standin: Standin }>({
  standin: [
    async ({}, use) => {
      const standin = await startStandin();
      await use(standin);
      await standin.app.close();
      await standin.mail.close();
    },
    { scope: 'worker' },
  ],
});

export { expect } from '@playwright/test';
