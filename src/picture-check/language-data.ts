import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import type { OcrLanguage } from './ocr-page.js';

/** Where Debian's `tesseract-ocr-eng` / `tesseract-ocr-rus` put their data: one folder per Tesseract major version. */
const DEBIAN_TESSDATA = '/usr/share/tesseract-ocr';

export const INSTALL_HINT =
  'install it with `apt-get install tesseract-ocr-eng tesseract-ocr-rus` (Debian/Ubuntu), or set OCR_LANG_PATH to a folder holding eng.traineddata and rus.traineddata';

export type LanguageData =
  | { dir: string; source: 'OCR_LANG_PATH' | 'system'; /** Size and time of each file: a changed file is new data. */ stamp: string }
  | { missing: string };

/**
 * Finds Tesseract's language data on this machine, as the browser is found: OCR_LANG_PATH, else
 * the system's packages. Never the network: the check must cost nothing and leak nothing on a
 * machine that has no data, so a missing file is a message, not a download.
 */
export function findLanguageData(languages: readonly OcrLanguage[], langPath?: string, systemRoot = DEBIAN_TESSDATA): LanguageData {
  const holds = (dir: string) => languages.every((language) => existsSync(path.join(dir, `${language}.traineddata`)));
  const wanted = languages.map((language) => `${language}.traineddata`).join(' and ');
  if (langPath) {
    if (!holds(langPath)) return { missing: `OCR_LANG_PATH (${langPath}) does not hold ${wanted}` };
    return { dir: langPath, source: 'OCR_LANG_PATH', stamp: stamp(langPath, languages) };
  }
  let versions: string[] = [];
  try {
    versions = readdirSync(systemRoot).sort((a, b) => Number(b) - Number(a) || b.localeCompare(a));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  for (const version of versions) {
    const dir = path.join(systemRoot, version, 'tessdata');
    if (holds(dir)) return { dir, source: 'system', stamp: stamp(dir, languages) };
  }
  return { missing: `no Tesseract language data (${wanted}) was found` };
}

function stamp(dir: string, languages: readonly OcrLanguage[]): string {
  return languages
    .map((language) => {
      const info = statSync(path.join(dir, `${language}.traineddata`));
      return `${language}:${info.size}:${Math.round(info.mtimeMs)}`;
    })
    .join(',');
}

/** Debian's package of each language's data. */
const DEBIAN_PACKAGES: Record<OcrLanguage, string> = { eng: 'tesseract-ocr-eng', rus: 'tesseract-ocr-rus' };

/**
 * As the browser is (src/config/browser.ts): as root on Debian with no data present, Debian's
 * packages are installed, once, from the system's own package source. Returns whether it tried.
 */
export function installLanguageData(languages: readonly OcrLanguage[], say: (line: string) => void): boolean {
  if (process.getuid?.() !== 0 || !existsSync('/etc/debian_version') || !existsSync('/usr/bin/apt-get')) return false;
  const packages = languages.map((language) => DEBIAN_PACKAGES[language]);
  say(`No OCR language data found: installing Debian's ${packages.join(' and ')} with apt-get (once)…`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  execFileSync('apt-get', ['install', '-y', '-qq', ...packages], { stdio: ['ignore', 'ignore', 'inherit'], env });
  return true;
}
