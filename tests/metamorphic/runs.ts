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
const EVERY_GUIDE: ReadonlyArray<keyof typeof TRANSFORMS> = ['late-handlers', 'readonly-until-focus', 'invisible-typography', 'aria-stripped'];
const ACCOUNT_GUIDE = 'register';
const OTHER_GUIDES = ['new-ticket', 'referral', 'vps-order'];

/**
 * What a transformed stand-in is walked with: the guides each skin runs on it. Each transform runs
 * the registration guide once per skin, each skin in one language and the other skin in the
 * other, so every transform meets every skin and both languages; the pairing turns from one
 * transform to the next, so the transforms together run each language on each skin. A transform
 * of every page runs each other guide on one skin, the skins taking turns from one such transform
 * to the next: each guide meets each of them on one skin and each skin under two of them, at half
 * the cost of every guide everywhere (each of those guides first runs the registration guide to
 * make its account).
 */
export function runsOf(transform: string): Array<{ skin: Skin; guides: string[] }> {
  const turn = Object.keys(TRANSFORMS).indexOf(transform);
  if (turn === -1) throw new Error(`unknown transform "${transform}"`);
  const everyPage = EVERY_GUIDE.indexOf(transform as keyof typeof TRANSFORMS);
  return SKINS.map((skin, index) => {
    const lang = LANGUAGES[(index + turn) % LANGUAGES.length];
    const others = everyPage === -1 ? [] : OTHER_GUIDES.filter((_, at) => (at + everyPage + index) % SKINS.length === 0);
    return { skin, guides: [ACCOUNT_GUIDE, ...others].map((name) => inLanguage(lang, name)) };
  });
}
