import { GuideSyntaxError, type GuideLanguage } from './types.js';

/**
 * What tells a guide's language, per language: the folder a docs site keeps its pages in that
 * language (`src/ru/…`, `src/en/…`), and the script its letters are written in. English is the
 * docs' root locale: served at the site's root (VitePress rewrites `en/:rest*` to `:rest*`), its
 * pages may also stand in no locale folder at all (the script tells them then).
 */
const LANGUAGES: ReadonlyArray<{ lang: GuideLanguage; folder: string; root?: true; script: RegExp }> = [
  { lang: 'ru', folder: 'ru', script: /\p{Script=Cyrillic}/gu },
  { lang: 'en', folder: 'en', root: true, script: /\p{Script=Latin}/gu },
];

/** The folders a docs site keeps its pages in, one per language. */
export const LOCALE_FOLDERS: readonly string[] = LANGUAGES.map((entry) => entry.folder);

/** The root locale's folder: a site path outside every locale folder (`/client-area/x`) is a page of it. */
export const ROOT_LOCALE_FOLDERS: readonly string[] = LANGUAGES.filter((entry) => entry.root).map((entry) => entry.folder);

const KNOWN_LANGUAGES: readonly GuideLanguage[] = LANGUAGES.map((entry) => entry.lang);

/**
 * The guide's language: its front matter's `lang` (ru, ru-RU…), else the locale folder in its path,
 * else the script most of its text is written in (`sample` is only read then). Never English by
 * default for Cyrillic text.
 */
export function guideLanguage(relativePath: string, data: Record<string, unknown>, sample: () => string, file = relativePath): GuideLanguage {
  if (data.lang !== undefined) {
    const code = String(data.lang).toLowerCase().split(/[-_]/)[0];
    const known = LANGUAGES.find((entry) => entry.lang === code);
    if (!known) {
      throw new GuideSyntaxError({ file, line: 1, column: 1 }, `the front matter says lang: ${String(data.lang)}, but the vocabulary knows only ${KNOWN_LANGUAGES.join(', ')}`);
    }
    return known.lang;
  }
  // The outermost locale folder of the path: `src/en/…` is English, `ru/…` Russian.
  const folder = relativePath.split('/').slice(0, -1).find((name) => LOCALE_FOLDERS.includes(name));
  const byFolder = LANGUAGES.find((entry) => entry.folder === folder);
  if (byFolder) return byFolder.lang;
  return scriptLanguage(sample());
}

/** The language whose script has the most letters in `text`; English when there are none. */
function scriptLanguage(text: string): GuideLanguage {
  let best: GuideLanguage = 'en';
  let most = 0;
  for (const entry of LANGUAGES) {
    const count = text.match(entry.script)?.length ?? 0;
    if (count > most) {
      most = count;
      best = entry.lang;
    }
  }
  return best;
}
