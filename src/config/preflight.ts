import { statSync } from 'node:fs';
import path from 'node:path';
import { PROJECT_ROOT, type Settings } from './settings.js';
import { SKINS } from './schema.js';
import { standinPort } from './target.js';

/**
 * What every command needs, the plan included: the values refused by the schema, and a guides
 * root that exists. Secrets are never echoed.
 */
export function configurationProblems(settings: Settings): string[] {
  const problems = [...(settings.problems ?? [])];
  if (!isDirectory(settings.guidesDir)) {
    // Inside the project the path reads as written there; outside it, as the absolute path it is.
    const inside = path.relative(PROJECT_ROOT, settings.guidesDir);
    const shown = inside.startsWith('..') || path.isAbsolute(inside) ? settings.guidesDir : inside || '.';
    problems.push(`GUIDES_DIR "${shown}" is not a folder; point it at the guides root (default: guides)`);
  }
  return problems;
}

/**
 * Checks the configuration of a run before any browser starts, and turns every inconsistency into
 * one message that says what to set. Secrets are never echoed.
 */
export function preflight(settings: Settings): string[] {
  const problems = configurationProblems(settings);
  // A refused value is already named; the rules below would only misreport it as unset.
  const refused = new Set<string>(settings.refused ?? []);
  const judged = (...names: string[]) => names.every((name) => !refused.has(name));
  const { mailosaur, mailApiURL, baseURL } = settings;
  if (baseURL && !mailosaur && !mailApiURL && judged('MAILOSAUR_API_KEY', 'MAILOSAUR_SERVER_ID', 'MAIL_API_URL')) {
    problems.push(
      'BASE_URL points at an external site, but no mailbox can receive its letters: set MAILOSAUR_API_KEY and MAILOSAUR_SERVER_ID, or MAIL_API_URL for a Mailpit-compatible mail catcher (see .env.example), or unset BASE_URL to use the embedded stand-in',
    );
  }
  if (mailosaur || refused.has('MAILOSAUR_SERVER_ID')) {
    if (!mailosaur?.apiKey) problems.push('MAILOSAUR_SERVER_ID is set but MAILOSAUR_API_KEY is empty');
    if (!mailosaur?.serverId && judged('MAILOSAUR_SERVER_ID')) problems.push('MAILOSAUR_API_KEY is set but MAILOSAUR_SERVER_ID is empty');
    if (mailApiURL) {
      problems.push('both the Mailosaur keys and MAIL_API_URL are set, so which mailbox reads the letters is ambiguous: keep one of them');
    } else if (!baseURL && judged('BASE_URL', 'MAIL_API_URL')) {
      problems.push('Mailosaur keys are set but BASE_URL is not: the embedded stand-in only mails to the local mail server; set BASE_URL too, or remove the keys');
    }
  }
  if (settings.telegram && judged('TELEGRAM_USERNAME', 'TELEGRAM_WEB_URL', 'TELEGRAM_STORAGE_STATE')) {
    const missing = (['username', 'webURL', 'storageState'] as const).filter((key) => !settings.telegram?.[key]);
    const names = { username: 'TELEGRAM_USERNAME', webURL: 'TELEGRAM_WEB_URL', storageState: 'TELEGRAM_STORAGE_STATE' };
    if (missing.length) problems.push(`a Telegram account needs TELEGRAM_USERNAME, TELEGRAM_WEB_URL and TELEGRAM_STORAGE_STATE together: ${missing.map((key) => names[key]).join(', ')} ${missing.length > 1 ? 'are' : 'is'} empty`);
    if (!baseURL) problems.push('a Telegram account is set but BASE_URL is not: the embedded target uses its own Telegram imitation; set BASE_URL too, or empty the TELEGRAM_ variables');
  }
  if (judged('STANDIN_PORT', 'SMTP_PORT', 'MAIL_API_PORT')) problems.push(...portProblems(settings));
  return problems;
}

/**
 * The embedded target's ports must all be free for each other: STANDIN_PORT (classic), the next
 * ones of the other skins (spa STANDIN_PORT + 1, dragon STANDIN_PORT + 2), SMTP_PORT, MAIL_API_PORT.
 */
function portProblems(settings: Settings): string[] {
  const others = SKINS.filter((skin) => skin !== 'classic').map((skin) => ({ skin, offset: standinPort(settings, skin) - settings.standinPort, port: standinPort(settings, skin) }));
  const ports: Array<[string, number]> = [
    ['STANDIN_PORT', settings.standinPort],
    ...others.map(({ skin, offset, port }): [string, number] => [`STANDIN_PORT + ${offset} (the ${skin} skin)`, port]),
    ['SMTP_PORT', settings.smtpPort],
    ['MAIL_API_PORT', settings.mailApiPort],
  ];
  const problems: string[] = [];
  const beyond = others.filter(({ port }) => port > 65535);
  if (beyond.length) {
    const last = beyond[beyond.length - 1];
    const skins = beyond.map(({ skin }) => `the ${skin} skin`).join(' and ');
    problems.push(`STANDIN_PORT "${settings.standinPort}" leaves no port for ${skins} (STANDIN_PORT + ${last.offset} must be at most 65535)`);
  }
  for (let i = 0; i < ports.length; i++) {
    for (let j = i + 1; j < ports.length; j++) {
      if (ports[i][1] === ports[j][1]) problems.push(`${ports[i][0]} and ${ports[j][0]} are both ${ports[i][1]}: the embedded target needs a port for each`);
    }
  }
  return problems;
}

function isDirectory(dir: string): boolean {
  try {
    return statSync(dir).isDirectory();
  } catch {
    return false;
  }
}

/** A configuration that cannot run; the runner and the plan print its message alone and exit 2. */
export class ConfigurationError extends Error {
  constructor(readonly problems: string[]) {
    super(`The configuration is not usable:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigurationError';
  }
}
