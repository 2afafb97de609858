import type { DRIFTS } from '../../standin/drift.js';
import type { Skin } from '../../src/config/settings.js';
import { twins } from '../support/child-run.js';

/**
 * Where each drift must be caught: the guide (registration unless named), the line in each
 * language it runs in, and the kind of drift. `en` is given where the English text decides how it
 * is caught (quoted labels, the required fields, where a sentence's claim starts); where the same
 * step fails the same way whatever the language (no letter, a dead link, a dialog that does not
 * open), the Russian line alone. runsOf says which skin runs which language. `images`: the docs
 * images are compared on classic too, proving those before the failing line still match; a few
 * drifts at lines on either side of images are enough, and the others' runs leave the images out
 * (they cost a fifth of a guide run). Images after the failing line are never reached either way.
 */
export type Expected = ({ ru: string; en?: string; kind: string; images?: true } | { image: string; kind: 'visual' }) & { guide?: string };
export const EXPECTED: Record<keyof typeof DRIFTS, Expected> = {
  'register-button-renamed': { ru: '22:1', en: '22:1', kind: 'label-missing', images: true },
  'submit-renamed': { ru: '32:1', en: '32:1', kind: 'label-missing' },
  'country-optional': { ru: '28:34', en: '28:34', kind: 'claim-broken', images: true },
  'consent-checkbox-gone': { ru: '30:119', en: '30:91', kind: 'label-missing' },
  'no-email': { ru: '48:1', kind: 'no-email' },
  'broken-confirm-link': { ru: '50:1', kind: 'claim-broken' },
  'notice-text-changed': { image: '3.png', kind: 'visual' },
  'dialog-button-renamed': { ru: '46:1', en: '46:1', kind: 'label-missing' },
  'layout-shift': { image: '2.png', kind: 'visual' },
  'terms-document-gone': { ru: '30:1', kind: 'page-unreachable' },
  // The documents' names decide which text and link are paired and what their pages must say: both languages.
  'privacy-link-gone': { ru: '30:1', en: '30:1', kind: 'claim-broken' },
  'terms-page-not-found': { ru: '30:1', en: '30:1', kind: 'page-unreachable' },
  'privacy-link-to-terms': { ru: '30:1', en: '30:1', kind: 'claim-broken' },
  'privacy-box-merged': { ru: '30:119', en: '30:91', kind: 'label-missing' },
  'email-unchecked': { ru: '28:34', en: '28:34', kind: 'claim-broken' },
  'address-not-shown': { ru: '36:14', en: '36:18', kind: 'claim-broken' },
  'notice-at-bottom': { ru: '42:1', kind: 'label-missing', images: true },
  'dialog-not-opening': { ru: '46:1', kind: 'claim-broken' },
  // The text the guide says to click no longer opens the window: drift at that sentence, not at the window's.
  'notice-text-plain': { ru: '42:1', kind: 'claim-broken' },
  'letter-without-button': { ru: '50:1', kind: 'claim-broken' },
  // The later guides' drifts run on the Russian twin only, to keep `npm test` short.
  'tickets-menu-renamed': { guide: 'new-ticket', ru: '33:1', kind: 'label-missing' },
  // An entry found by its name alone would be taken wherever it stands: the section the guide names must hold it.
  'tickets-entry-moved': { guide: 'new-ticket', ru: '33:1', kind: 'claim-broken' },
  'referral-rate-changed': { guide: 'referral', ru: '18:68', kind: 'claim-broken' },
  'ptr-required': { guide: 'vps-order', ru: '42:1', kind: 'claim-broken' },
  'install-fails': { guide: 'vps-order', ru: '52:1', kind: 'claim-broken' },
  // The key shown is not the QR code's: the page the guide describes (its list: QR code, key…) no longer holds.
  'twofa-key-differs': { guide: 'two-factor-authentication', ru: '43:4', kind: 'claim-broken' },
  'twofa-ok-renamed': { guide: 'two-factor-authentication', ru: '52:4', en: '52:4', kind: 'label-missing' },
  'telegram-status-renamed': { guide: 'telegram-notifications', ru: '60:184', en: '60:174', kind: 'claim-broken' },
};

/** The guides whose drifts also run on dragon: the ones its markup was first built for. */
const ON_DRAGON = ['register', 'new-ticket'];

/** A drift's guide runs on one skin; `images: false` leaves the docs images out of it. */
export interface DriftRun {
  skin: Skin;
  guides: string[];
  images?: false;
}

/**
 * Where a drift runs. Images are the classic skin's look: each image drift runs there in one
 * language, the languages taking turns. A drift of the guides dragon was built for runs on both
 * skins at the same line: the Russian guide on classic, and on dragon, which says nothing of roles
 * and is found by its words, the English guide where the English text decides how it is caught
 * (else the Russian one again). Each language then meets each drift it decides, and each markup
 * extreme every drift, at two guide runs a drift instead of the full matrix's four. The later
 * guides' drifts run on classic.
 */
export function runsOf(expected: Expected): DriftRun[] {
  const [ru, en] = twins(expected.guide ?? 'register');
  if ('image' in expected) {
    const turn = Object.values(EXPECTED).filter((e) => 'image' in e).indexOf(expected);
    return [{ skin: 'classic', guides: [turn % 2 ? en : ru] }];
  }
  const classic: DriftRun = { skin: 'classic', guides: [ru], ...(expected.images ? {} : { images: false }) };
  if (!ON_DRAGON.includes(expected.guide ?? 'register')) return [classic];
  return [classic, { skin: 'dragon', guides: [expected.en ? en : ru] }];
}
