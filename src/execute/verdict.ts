import { stripVTControlCharacters } from 'node:util';
import { isDriftError, type DriftDetails } from '../ui/drift-error.js';
import type { TargetTrouble } from './target-watch.js';

/**
 * Why a sentence could not be checked. None of these says anything about the guide:
 * - `target-unreachable`: the site refused the connection, timed out or could not be resolved;
 * - `target-error`: the site answered with a server error (5xx);
 * - `browser-closed`: the browser, its page or its context crashed or closed under the step;
 * - `mailbox-unavailable`: the mailbox API refused the key or could not be reached;
 * - `configuration`: the settings cannot work;
 * - `precondition`: a guide this one needs first (the one that makes the account) did not hold;
 * - `captcha`: the form's captcha asks for a challenge (or shows nothing to tick), which a test never solves;
 * - `messenger-account`: the step needs a Telegram account, and none is configured for this target;
 * - `unexpected`: an error of the suite itself (a bug in the engine, never drift).
 */
export type UnverifiedCause = 'target-unreachable' | 'target-error' | 'browser-closed' | 'mailbox-unavailable' | 'configuration' | 'precondition' | 'captcha' | 'messenger-account' | 'unexpected';

/** Each cause in words: `short` for tables, `fix` for what to do before running again. */
export const UNVERIFIED_CAUSE_TEXT: Record<UnverifiedCause, { short: string; fix: string }> = {
  'target-unreachable': { short: 'the site did not answer', fix: 'check BASE_URL and that the site is up, then run again' },
  'target-error': { short: 'the site answered with a server error', fix: 'check the site\'s health (its server logs), then run again' },
  'browser-closed': { short: 'the browser crashed or closed', fix: 'run again; if it repeats, check the machine\'s memory and the Chromium in use' },
  'mailbox-unavailable': { short: 'the mailbox could not be read', fix: 'check the mailbox settings (MAIL_API_URL, or the Mailosaur key and server id) and that the service is up' },
  configuration: { short: 'the configuration is not usable', fix: 'fix the settings named in the message (.env or the environment)' },
  precondition: { short: 'a guide this one needs first did not hold', fix: 'fix the guide named in the message first (its own run reports where it drifted), then run again' },
  captcha: {
    short: 'the form shows a captcha challenge',
    fix: 'run against a staging instance configured with the captcha provider\'s test keys (see README, "Real target")',
  },
  'messenger-account': {
    short: 'needs a Telegram account',
    fix: 'configure a Telegram test account: TELEGRAM_USERNAME, TELEGRAM_WEB_URL and TELEGRAM_STORAGE_STATE (see README, "Telegram")',
  },
  unexpected: { short: 'an error in the suite itself', fix: 'this is a bug of the verifier, not of the guide: report it with the HTML report\'s trace' },
};

export interface UnverifiedDetails {
  cause: UnverifiedCause;
  /** What happened, in plain words, e.g. "net::ERR_CONNECTION_REFUSED at http://…/billmgr". */
  detail: string;
}

/** What one failed step tells about its sentence: the guide is wrong (drift), or nothing is known. */
export type StepVerdict = { verdict: 'failed'; drift: DriftDetails } | { verdict: 'could not verify'; unverified: UnverifiedDetails };

/**
 * Classifies the error a step threw. Evidence about the target comes first: once the site refused
 * the connection or answered 5xx while the step ran, whatever the step concluded rests on a page
 * that was not there, so even a DriftError is void. Then each error by its kind; an error of no
 * known kind is the suite's own failure, never drift.
 */
export function classifyStepError(error: unknown, trouble?: TargetTrouble): StepVerdict {
  if (trouble) return { verdict: 'could not verify', unverified: { cause: trouble.kind, detail: trouble.detail } };
  if (isDriftError(error)) return { verdict: 'failed', drift: error.details };
  const name = errorName(error);
  const message = firstLines(error);
  if (name === 'MailTimeoutError') {
    return { verdict: 'failed', drift: { kind: 'no-email', expected: 'Expected the promised letter to arrive.', actual: message } };
  }
  if (name === 'MailboxUnavailableError') return unverified('mailbox-unavailable', message);
  if (name === 'ConfigurationError') return unverified('configuration', message);
  if (name === 'PreconditionError') return unverified('precondition', message);
  if (name === 'CaptchaChallengeError') return unverified('captcha', message);
  if (name === 'NoMessengerAccountError') return unverified('messenger-account', message);
  const known = KNOWN_MESSAGES.find(({ pattern }) => pattern.test(message));
  if (known) return unverified(known.cause, message);
  return unverified('unexpected', `${name ?? 'error'}: ${message}`);
}

/** Playwright's and Node's own wording for failures that are the environment's, not the page's. */
const KNOWN_MESSAGES: ReadonlyArray<{ pattern: RegExp; cause: UnverifiedCause }> = [
  { pattern: /Target page, context or browser has been closed|Browser has been closed|Target closed|browser has disconnected|(Page|Target) crashed/i, cause: 'browser-closed' },
  { pattern: /net::ERR_(CONNECTION_(REFUSED|RESET|CLOSED|TIMED_OUT|FAILED)|SOCKET_NOT_CONNECTED|NAME_NOT_RESOLVED|ADDRESS_UNREACHABLE|UNSAFE_PORT|INTERNET_DISCONNECTED|EMPTY_RESPONSE|TIMED_OUT|SSL_PROTOCOL_ERROR|CERT_[A-Z_]+)/, cause: 'target-unreachable' },
  { pattern: /\b(ECONNREFUSED|ECONNRESET|ETIMEDOUT|ENOTFOUND|EAI_AGAIN|EHOSTUNREACH|socket hang up)\b/, cause: 'target-unreachable' },
];

function unverified(cause: UnverifiedCause, detail: string): StepVerdict {
  return { verdict: 'could not verify', unverified: { cause, detail } };
}

function errorName(error: unknown): string | undefined {
  return error instanceof Error ? error.name : undefined;
}

/** The first lines of an error and of its causes: Node's fetch hides ECONNREFUSED in `cause`. */
function firstLines(error: unknown): string {
  const parts: string[] = [];
  if (!(error instanceof Error)) return stripVTControlCharacters(String(error));
  for (let current: unknown = error, depth = 0; current instanceof Error && depth < 3; depth++) {
    const code = (current as { code?: unknown }).code;
    // Playwright appends its call log after the message proper; the log is for the trace, not the report.
    const lines = current.message.split('\n').filter(Boolean);
    const log = lines.findIndex((line) => /^\s*Call log:/.test(line));
    const own = lines.slice(0, log === -1 ? 2 : Math.min(2, log));
    parts.push(own.join(' ') + (typeof code === 'string' && !current.message.includes(code) ? ` (${code})` : ''));
    current = current.cause;
  }
  return stripVTControlCharacters(parts.filter(Boolean).join(': '));
}
