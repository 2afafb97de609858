import type { MailMessage } from '../../mailbox/types.js';
import { memoryKey } from '../define.js';

// What one step learns and a later step of the same guide uses: the guide's state, by name.

/** The documents a guide had the reader review, which the consents accepted later refer to. */
export const DOCUMENTS = memoryKey<Array<{ name: string; text: string }>>('documents');
/** The text of the notification the reader clicked, which must be gone once the address is confirmed. */
export const NOTIFICATION_TEXT = memoryKey<string>('notification text');
/** When the reader did what sends a letter: older letters to the persona are not the one awaited. */
export const MAIL_REQUESTED_AT = memoryKey<Date>('mail requested at');
/** The letter that arrived, for the step that opens it. */
export const LETTER = memoryKey<MailMessage>('letter');
/** What the reader sent with a form: the subject it is listed under and the choices made. */
export const SENT = memoryKey<{ subject?: string; choices: Record<string, string>; markdown?: string }>('sent');
/** The page a sent item is shown on, for checks of how it is shown. */
export const SENT_AT = memoryKey<string>('sent at');
/** The persona has an account on the site: made by a guide that ran before, or by this one. */
export const ACCOUNT_MADE = memoryKey<boolean>('account made');
/** Values the page showed (a referral link, a promo code), by the guide's words for them. */
export const SHOWN = memoryKey<Record<string, string>>('shown values');
