import { settings } from '../config/settings.js';
import { startMailServer, portError } from '../mailserver/server.js';
import { buildStandin } from './app.js';
import { DRIFTS, parseDrift } from './drift.js';

/**
 * `npm run standin`: the embedded target, for a person to click through or for Playwright's
 * webServer. Ports come from .env; Ctrl+C stops both servers cleanly.
 */
async function main(): Promise<void> {
  const drift = parseDrift(settings.standinDrift);
  const mail = await startMailServer({ smtpPort: settings.smtpPort, apiPort: settings.mailApiPort });
  const app = await buildStandin({ smtpPort: settings.smtpPort, drift });
  try {
    await app.listen({ port: settings.standinPort, host: '127.0.0.1' });
  } catch (error) {
    await mail.close();
    throw portError(error, 'stand-in', settings.standinPort);
  }
  console.log(`Stand-in client area: http://127.0.0.1:${settings.standinPort}/billmgr  (English: ?lang=en)`);
  console.log(`Local inbox:          http://127.0.0.1:${settings.mailApiPort}/  (SMTP on 127.0.0.1:${settings.smtpPort})`);
  if (drift) console.log(`Drift variant:        ${drift}: ${DRIFTS[drift]}`);
  let stopping = false;
  const stop = async () => {
    if (stopping) return;
    stopping = true;
    await app.close();
    await mail.close();
    process.exit(0);
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((error: Error) => {
  console.error(`The stand-in could not start: ${error.message}`);
  process.exit(1);
});
