import { GuideSyntaxError, type GuideLanguage } from './types.js';

/**
 * What tells a guide's language, per language: the folder a docs site keeps its translations in,
 * and the script its letters are written in. English is the docs' default locale (no folder).
 */
const LANGUAGES: ReadonlyArray<{ lang: GuideLanguage; folder?: string; script: RegExp }> = [
  { lang: 'ru', folder: 'ru', script: /\p{Script=Cyrillic}/gu },
  { lang: 'en', script: /\p{Script=Latin}/gu },
];

const KNOWN_LANGUAGES: readonly GuideLanguage[] = LANGUAGES.map((entry) => entry.lang);

/**
 * The guide's language: its front matter's `lang` (ru, ru-RU…), else a locale folder in its path,
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
  const folders = relativePath.split('/').slice(0, -1);
  const byFolder = LANGUAGES.find((entry) => entry.folder && folders.includes(entry.folder));
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
