import { ConfigurationError } from '../config/preflight.js';
import type { Settings } from '../config/settings.js';
import type { Target } from '../config/target.js';
import { MailosaurMailbox } from './mailosaur.js';
import { MailpitMailbox } from './mailpit.js';
import type { Mailbox } from './types.js';

export type { Mailbox, MailMessage, MailLink, WaitOptions, MailboxFailure } from './types.js';
export { MailTimeoutError, MailboxUnavailableError } from './types.js';

/**
 * Mailosaur when its keys are set; otherwise the Mailpit API of the target (MAIL_API_URL, or
 * the embedded mail server, which speaks the same subset).
 */
export function createMailbox(settings: Settings, target: Target): Mailbox {
  if (settings.mailosaur?.apiKey && settings.mailosaur.serverId) {
    return MailosaurMailbox.fromKeys(settings.mailosaur.apiKey, settings.mailosaur.serverId);
  }
  if (target.mailApiURL) return new MailpitMailbox(target.mailApiURL);
  throw new ConfigurationError(['no mailbox can receive the letters of an external BASE_URL: set MAILOSAUR_API_KEY and MAILOSAUR_SERVER_ID, or MAIL_API_URL (see .env.example)']);
}
