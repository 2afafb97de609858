import type { DriftName } from '../drift.js';

/**
 * Google's published reCAPTCHA v2 test site key
 * (https://developers.google.com/recaptcha/docs/faq#id-like-to-run-automated-tests-with-recaptcha.-what-should-i-do):
 * with it the box ticks at once, never with a challenge, and every verification passes.
 */
export const TEST_SITE_KEY = '6LeIxAcTAAAAAJcZVRqyHh71UMIEGNQ_MXjiZKhI';

/**
 * A site key that is not a test key (made up: the real site's is its own): the provider judges
 * the visitor, and a browser driven by a test gets an image challenge.
 */
export const PRODUCTION_SITE_KEY = '6LcStandInSenkoDigitalRegisterFormKey000';

/** The registration form's key: the test keys, as on a staging instance; a real site's key in `captcha-challenge`. */
export function registrationSiteKey(drift: DriftName | undefined): string {
  return drift === 'captcha-challenge' ? PRODUCTION_SITE_KEY : TEST_SITE_KEY;
}
