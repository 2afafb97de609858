import { randomBytes } from 'node:crypto';
import { TEST_SITE_KEY } from './keys.js';

/**
 * The captcha provider's side of reCAPTCHA v2, as the stand-in plays it: it hands a token to a
 * visitor who ticked the box, or asks for a challenge first, and tells the site whether a posted
 * response passes (what `siteverify` answers). With the test keys every tick gets a token at once
 * and every non-empty response passes, as Google documents them; with any other key the visitor is
 * a browser driven by a test, so it only ever gets a challenge no one can pass.
 */
export class RecaptchaProvider {
  /** Tokens handed out, by the site key they were issued for. */
  private readonly issued = new Map<string, string>();

  /** A token for a visitor who ticked the box of `siteKey`, or undefined: a challenge comes first. */
  tick(siteKey: string): string | undefined {
    if (siteKey !== TEST_SITE_KEY) return undefined;
    const token = `03AFcWeA${randomBytes(48).toString('base64url')}`;
    this.issued.set(token, siteKey);
    return token;
  }

  /** Whether `response` passes for the site of `siteKey`: any non-empty one under the test keys, else one issued for it. */
  verify(siteKey: string, response: string | undefined): boolean {
    if (!response) return false;
    return siteKey === TEST_SITE_KEY || this.issued.get(response) === siteKey;
  }
}
