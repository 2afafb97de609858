import type { Settings } from '../config/settings.js';
import type { Target } from '../config/target.js';
import { LocalMailbox } from './local.js';
import { MailosaurMailbox } from './mailosaur.js';
import type { Mailbox } from './types.js';

export type { Mailbox, MailMessage, MailLink, WaitOptions } from './types.js';
export { MailTimeoutError } from './types.js';

/** Mailosaur when its keys are set, otherwise the embedded mail server. */
export function createMailbox(settings: Settings, target: Target): Mailbox {
  if (settings.mailosaur?.apiKey && settings.mailosaur.serverId) {
    return MailosaurMailbox.fromKeys(settings.mailosaur.apiKey, settings.mailosaur.serverId);
  }
  if (!target.mailApiURL) throw new Error('no mailbox: set the Mailosaur keys for an external target');
  return new LocalMailbox(target.mailApiURL);
}
