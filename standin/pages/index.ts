export { describeChrome, funcHref } from './chrome.js';
export { describeLogon, describeLogonCode } from './logon.js';
export { describeSettings, describeTotpSetup } from './settings.js';
export { describeMain } from './main.js';
export { describeReferral } from './referral.js';
export { describeRegister } from './register.js';
export { cleanParams, cleanStartform, landing } from './startform.js';
export { describeTicketForm, describeTicketList, describeTicketView, MAX_ATTACHMENT_BYTES, MAX_ATTACHMENTS } from './tickets.js';
export type * from './types.js';
