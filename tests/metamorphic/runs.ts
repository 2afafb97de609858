import { SKINS } from '../../src/config/schema.js';
import { CHANGES_NOTHING_ON, TRANSFORMS } from '../../standin/transforms/index.js';

const LANGUAGES = ['ru', 'en'] as const;

/** Where each guide lives in a language (the guides root's layout). */
const inLanguage = (lang: (typeof LANGUAGES)[number], name: string) => (lang === 'ru' ? `src/ru/client-area/${name}.md` : `src/en/client-area/${name}.md`);

/**
 * Transforms that touch every page, not only the registration form (every press, every field,
 * every text): they run every guide; the others run the registration guide, whose form they change.
 */
const EVERY_GUIDE: ReadonlyArray<keyof typeof TRANSFORMS> = ['late-handlers', 'readonly-until-focus', 'invisible-typography', 'aria-stripped'];
const ACCOUNT_GUIDE = 'register';
const OTHER_GUIDES = ['new-ticket', 'referral', 'vps-order', 'two-factor-authentication', 'telegram-notifications'];

/**
 * What a transformed stand-in is walked with: the guides each skin runs on it. Each transform runs
 * the registration guide once per skin it changes something on, the languages alternating from one
 * skin to the next; the alternation turns from one transform to the next, so the transforms
 * together run each language on each skin. A transform of every page runs each other guide on one
 * skin, the skins taking turns from one such transform to the next, so each guide meets each skin
 * under one of them; that guide first runs the registration guide to make its account (every
 * sentence of it verified, a failure reported as the other guide's unmet precondition), so the
 * skin needs no registration run of its own.
 */
export function runsOf(transform: string): Array<{ skin: (typeof SKINS)[number]; guides: string[] }> {
  const turn = Object.keys(TRANSFORMS).indexOf(transform);
  if (turn === -1) throw new Error(`unknown transform "${transform}"`);
  const everyPage = EVERY_GUIDE.indexOf(transform as keyof typeof TRANSFORMS);
  const unchanged = CHANGES_NOTHING_ON[transform as keyof typeof TRANSFORMS] ?? {};
  return SKINS.flatMap((skin, index) => {
    if (unchanged[skin]) return [];
    const lang = LANGUAGES[(index + turn) % LANGUAGES.length];
    const others = everyPage === -1 ? [] : OTHER_GUIDES.filter((_, at) => (at + everyPage + index) % SKINS.length === 0);
    return [{ skin, guides: (others.length ? others : [ACCOUNT_GUIDE]).map((name) => inLanguage(lang, name)) }];
  });
}
