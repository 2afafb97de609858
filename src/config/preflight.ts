import type { Settings } from './settings.js';

/** Mailosaur server ids are eight lower-case letters or digits. */
const SERVER_ID = /^[a-z0-9]{8}$/;

/**
 * Checks the configuration before any browser starts, and turns every inconsistency into one
 * message that says what to set. Secrets are never echoed.
 */
export function preflight(settings: Settings): string[] {
  const problems: string[] = [];
  if (settings.baseURL) {
    let url: URL | undefined;
    try {
      url = new URL(settings.baseURL);
    } catch {
      problems.push(`BASE_URL "${settings.baseURL}" is not a URL; write it like https://my.senko.digital`);
    }
    if (url && !/^https?:$/.test(url.protocol)) problems.push(`BASE_URL must be http(s), got ${url.protocol}`);
    if (!settings.mailosaur) {
      problems.push(
        'BASE_URL points at an external site, but no mailbox can receive its letters: set MAILOSAUR_API_KEY and MAILOSAUR_SERVER_ID (see .env.example), or unset BASE_URL to use the embedded stand-in',
      );
    }
  }
  if (settings.mailosaur) {
    if (!settings.mailosaur.apiKey) problems.push('MAILOSAUR_SERVER_ID is set but MAILOSAUR_API_KEY is empty');
    if (!settings.mailosaur.serverId) problems.push('MAILOSAUR_API_KEY is set but MAILOSAUR_SERVER_ID is empty');
    else if (!SERVER_ID.test(settings.mailosaur.serverId)) {
      problems.push(`MAILOSAUR_SERVER_ID "${settings.mailosaur.serverId}" is not a Mailosaur server id (8 lower-case letters and digits, shown in the Mailosaur dashboard)`);
    }
    if (!settings.baseURL) problems.push('Mailosaur keys are set but BASE_URL is not: the embedded stand-in only mails to the local mail server; set BASE_URL too, or remove the keys');
  }
  if (!(settings.screenshotThreshold >= 0 && settings.screenshotThreshold < 1)) problems.push('SCREENSHOT_THRESHOLD must be a fraction between 0 and 1, e.g. 0.002');
  const ports = [settings.standinPort, settings.smtpPort, settings.mailApiPort];
  if (new Set(ports).size !== ports.length) problems.push(`STANDIN_PORT, SMTP_PORT and MAIL_API_PORT must differ (got ${ports.join(', ')})`);
  return problems;
}

export class ConfigurationError extends Error {
  constructor(problems: string[]) {
    super(`The configuration is not usable:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigurationError';
  }
}
