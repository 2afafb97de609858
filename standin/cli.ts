import type { FastifyInstance } from 'fastify';
import { settings, type Skin } from '../src/config/settings.js';
import { standinPort } from '../src/config/target.js';
import { startMailServer, portError } from './mailserver/server.js';
import { buildStandin } from './app.js';
import { parseDrift, VARIANTS, type DriftName } from './drift.js';
import { Store } from './store.js';
import { TelegramImitation } from './telegram/imitation.js';

/** What one stand-in of the process is started with: a drift variant, a transform, or neither. */
interface Variant {
  name: string;
  drift?: DriftName;
  transform?: string;
}

/**
 * STANDIN_VARIANTS names several stand-ins (each a drift variant, a transform or `unchanged`);
 * without it there is one, from STANDIN_DRIFT and STANDIN_TRANSFORM.
 */
function variantsAskedFor(): Variant[] {
  if (!settings.standinVariants) return [{ name: 'unchanged', drift: parseDrift(settings.standinDrift), transform: settings.standinTransform }];
  return settings.standinVariants.map((name) => {
    if (name === 'unchanged') return { name };
    if (name in VARIANTS) return { name, drift: parseDrift(name) };
    // A transform's name is checked when it is applied.
    return { name, transform: name };
  });
}

/**
 * `npm run standin`: the embedded target, for a person to click through or for Playwright's
 * webServer. Each skin of STANDIN_SKIN gets its own port, all share one store and one mail server,
 * so an account made on one skin logs on to the other. STANDIN_VARIANTS serves several stand-ins
 * (drift variants, transforms) from the one process. Ctrl+C stops every server cleanly.
 */
async function main(): Promise<void> {
  const variants = variantsAskedFor();
  const mail = await startMailServer({ smtpPort: settings.smtpPort, apiPort: settings.mailApiPort });
  const apps: FastifyInstance[] = [];
  const closeAll = async () => {
    for (const app of apps) await app.close();
    await mail.close();
  };
  const served: Array<{ skin: Skin; port: number; variant: Variant }> = [];
  for (const [index, variant] of variants.entries()) {
    const store = new Store();
    const telegram = new TelegramImitation();
    for (const skin of settings.standinSkins) {
      const app = await buildStandin({ smtpPort: settings.smtpPort, drift: variant.drift, skin, store, telegram, installSeconds: settings.standinInstallSeconds });
      apps.push(app);
      // Loaded only when asked for: the transforms are a self-test's business, not a person's.
      if (variant.transform) await (await import('./transforms/index.js')).applyTransform(app, variant.transform);
      const port = standinPort(settings, skin, index);
      try {
        await app.listen({ port, host: '127.0.0.1' });
      } catch (error) {
        await closeAll();
        throw portError(error, skin === 'classic' ? 'stand-in' : `stand-in ${skin} skin`, port);
      }
      served.push({ skin, port, variant });
    }
  }
  const several = variants.length > 1;
  const of = (variant: Variant) => (several ? `, ${variant.name}` : '');
  for (const { skin, port, variant } of served) {
    console.log(`Stand-in client area: http://127.0.0.1:${port}/billmgr  (${skin} skin${of(variant)}; English: ?lang=en)`);
  }
  // The public site (senko.digital) is the same server under the host name localhost: another origin.
  for (const { skin, port, variant } of served) console.log(`Public site:          http://localhost:${port}/virtual-servers  (${skin} skin's plans page${of(variant)})`);
  console.log(`Telegram (imitation): http://telegram.localhost:${served[0]?.port}/k/#@senkonotifybot  (the notification bot's chat)`);
  console.log(`Local inbox:          http://127.0.0.1:${settings.mailApiPort}/  (SMTP on 127.0.0.1:${settings.smtpPort})`);
  if (!several) {
    const [{ drift, transform }] = variants;
    if (drift) console.log(`Drift variant:        ${drift}: ${VARIANTS[drift]}`);
    if (transform) console.log(`Transform:            ${transform}`);
  }
  let stopping = false;
  const stop = async () => {
    if (stopping) return;
    stopping = true;
    await closeAll();
    process.exit(0);
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  // A run killed outright (SIGKILL, or a runner that dies without stopping its web server) leaves
  // this process to another parent: it stops then, rather than hold the ports the next run needs.
  const parent = process.ppid;
  setInterval(() => {
    if (process.ppid !== parent) void stop();
  }, 1_000).unref();
}

main().catch((error: Error) => {
  console.error(`The stand-in could not start: ${error.message}`);
  process.exit(1);
});
