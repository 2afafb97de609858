import type { FastifyInstance } from 'fastify';
import { startMailServer, type MailServer } from '../../src/mailserver/server.js';
import { buildStandin } from '../../src/standin/app.js';
import { applyTransform } from '../../src/standin/transforms/index.js';

export interface TransformedStandin {
  url: string;
  mail: MailServer;
  app: FastifyInstance;
  close(): Promise<void>;
}

/** A private stand-in with transform `name` applied (none when empty), on free ports. */
export async function startTransformed(name: string, skin: 'classic' | 'spa' = 'classic'): Promise<TransformedStandin> {
  const mail = await startMailServer({ smtpPort: 0, apiPort: 0 });
  const app = await buildStandin({ smtpPort: mail.smtpPort, skin });
  if (name) await applyTransform(app, name);
  const url = await app.listen({ port: 0, host: '127.0.0.1' });
  return {
    url,
    mail,
    app,
    async close() {
      await app.close();
      await mail.close();
    },
  };
}
