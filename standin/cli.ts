import type { FastifyInstance } from 'fastify';
import { settings, type Skin } from '../src/config/settings.js';
import { standinPort } from '../src/config/target.js';
import { startMailServer, portError } from './mailserver/server.js';
import { buildStandin } from './app.js';
import { DRIFTS, parseDrift } from './drift.js';
import { Store } from './store.js';

/**
 * `npm run standin`: the embedded target, for a person to click through or for Playwright's
 * webServer. Each skin of STANDIN_SKIN gets its own port, all share one store and one mail server,
 * so an account made on one skin logs on to the other. Ctrl+C stops every server cleanly.
 */
async function main(): Promise<void> {
  const drift = parseDrift(settings.standinDrift);
  const mail = await startMailServer({ smtpPort: settings.smtpPort, apiPort: settings.mailApiPort });
  const store = new Store();
  const apps: FastifyInstance[] = [];
  const closeAll = async () => {
    for (const app of apps) await app.close();
    await mail.close();
  };
  const served: Array<{ skin: Skin; port: number }> = [];
  for (const skin of settings.standinSkins) {
    const app = await buildStandin({ smtpPort: settings.smtpPort, drift, skin, store, installSeconds: settings.standinInstallSeconds });
    apps.push(app);
    // Loaded only when asked for: the transforms are a self-test's business, not a person's.
    if (settings.standinTransform) await (await import('./transforms/index.js')).applyTransform(app, settings.standinTransform);
    const port = standinPort(settings, skin);
    try {
      await app.listen({ port, host: '127.0.0.1' });
    } catch (error) {
      await closeAll();
      throw portError(error, skin === 'classic' ? 'stand-in' : `stand-in ${skin} skin`, port);
    }
    served.push({ skin, port });
  }
  for (const { skin, port } of served) {
    console.log(`Stand-in client area: http://127.0.0.1:${port}/billmgr  (${skin} skin; English: ?lang=en)`);
  }
  // The public site (senko.digital) is the same server under the host name localhost: another origin.
  for (const { skin, port } of served) console.log(`Public site:          http://localhost:${port}/virtual-servers  (${skin} skin's plans page)`);
  console.log(`Local inbox:          http://127.0.0.1:${settings.mailApiPort}/  (SMTP on 127.0.0.1:${settings.smtpPort})`);
  if (drift) console.log(`Drift variant:        ${drift}: ${DRIFTS[drift]}`);
  if (settings.standinTransform) console.log(`Transform:            ${settings.standinTransform}`);
  let stopping = false;
  const stop = async () => {
    if (stopping) return;
    stopping = true;
    await closeAll();
    process.exit(0);
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((error: Error) => {
  console.error(`The stand-in could not start: ${error.message}`);
  process.exit(1);
});
