import type { Settings } from '../config/settings.js';
import type { Target } from '../config/target.js';
import { ImitationMessenger } from './imitation.js';
import type { Messenger } from './types.js';
import { WebClientMessenger } from './web-client.js';

export { NoMessengerAccountError, telegramNameOf, type Messenger } from './types.js';

/**
 * The persona's Telegram account: the embedded target's imitation, else the configured test
 * account (all of TELEGRAM_USERNAME, TELEGRAM_WEB_URL, TELEGRAM_STORAGE_STATE), else none: a guide
 * step that needs one then could not be verified.
 */
export function createMessenger(settings: Settings, target: Target, keepSecret: (value: string) => void): Messenger | undefined {
  if (target.telegramImitation) return new ImitationMessenger(target.telegramImitation);
  const { username, webURL, storageState } = settings.telegram ?? {};
  if (username && webURL && storageState) return new WebClientMessenger(username, webURL, storageState, keepSecret);
  return undefined;
}
