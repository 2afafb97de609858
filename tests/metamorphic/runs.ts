import type { Skin } from '../../src/config/settings.js';
import { TRANSFORMS } from '../../standin/transforms/index.js';

/** The skins every transform runs on: each guide project of the embedded target. */
const SKINS: readonly Skin[] = ['classic', 'spa'];
const LANGUAGES = ['ru', 'en'] as const;

/** Where each guide lives in a language (the guides root's layout). */
const inLanguage = (lang: (typeof LANGUAGES)[number], name: string) => (lang === 'ru' ? `ru/personal-area/${name}.md` : `personal-area/${name}.md`);

/**
 * Transforms that touch every page, not only the registration form (every press, every field,
 * every text): they run every guide; the others run the registration guide, whose form they change.
 */
const EVERY_GUIDE: ReadonlySet<keyof typeof TRANSFORMS> = new Set(['late-handlers', 'readonly-until-focus', 'invisible-typography', 'aria-stripped']);
const GUIDES = ['register', 'new-ticket', 'referral', 'vps-order'];

/**
 * What a transformed stand-in is walked with: the guides each skin runs on it. Each transform runs
 * once per skin, each skin in one language and the other skin in the other, so every transform
 * meets every skin and both languages; the pairing turns from one transform to the next, so the
 * transforms together run each language on each skin.
 */
export function runsOf(transform: string): Array<{ skin: Skin; guides: string[] }> {
  const turn = Object.keys(TRANSFORMS).indexOf(transform);
  if (turn === -1) throw new Error(`unknown transform "${transform}"`);
  const names = EVERY_GUIDE.has(transform as keyof typeof TRANSFORMS) ? GUIDES : GUIDES.slice(0, 1);
  return SKINS.map((skin, index) => ({ skin, guides: names.map((name) => inLanguage(LANGUAGES[(index + turn) % LANGUAGES.length], name)) }));
}
