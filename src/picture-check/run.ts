import path from 'node:path';
import { CACHE_ROOT } from '../guide/cache.js';
import type { Guide } from '../guide/types.js';
import { checkPictures, LANGUAGES, type PictureFinding } from './check.js';
import { findLanguageData, INSTALL_HINT, installLanguageData } from './language-data.js';
import { OcrUnavailable, type OcrEngine, type OcrLanguage } from './ocr-page.js';
import { cachedReader, ReadingCache } from './reading-cache.js';
import { TesseractEngine } from './tesseract-engine.js';

export interface PictureCheckOptions {
  /** OCR_LANG_PATH: a folder with `<lang>.traineddata`. */
  langPath?: string;
  /** Where readings are kept (default node_modules/.cache/picture-check). */
  cacheDir?: string;
  /** An engine to use instead of Tesseract (tests count its calls); no language data is looked for then. */
  engine?: OcrEngine;
  /** Where the system's language data is looked for (tests point it at an empty folder). */
  systemData?: string;
  /** Told when the system's language data is being installed (as root on Debian, with none present). */
  onInstall?: (line: string) => void;
  /** Told once, before the first picture that is not in the cache is read (that takes seconds a picture). */
  onFirstRead?: () => void;
}

export interface PictureCheckOutcome {
  findings: PictureFinding[];
  /** Pictures read by the engine in this run (not from the cache). */
  read: number;
  /** Set when the check did not run or stopped: one line saying why and what to do. */
  notice?: string;
}

export const DEFAULT_CACHE = path.join(CACHE_ROOT, 'picture-check');

/**
 * The screenshot check as `npm run plan` runs it: every guide's quoted labels against the
 * pictures beside them, read once and then from the cache. It only warns: no language data, or
 * an engine that fails (OcrUnavailable), is one line saying the check did not run, and the plan
 * goes on; an error of the check itself is thrown as it is.
 */
export async function runPictureCheck(guides: readonly Guide[], options: PictureCheckOptions = {}): Promise<PictureCheckOutcome> {
  const languages = [...new Set(guides.flatMap((guide) => LANGUAGES[guide.lang]))] as OcrLanguage[];
  if (!languages.length) return { findings: [], read: 0 };
  let engine = options.engine;
  if (!engine) {
    let data = findLanguageData(languages, options.langPath, options.systemData);
    // Only the system's own folder is installed into: a folder given by OCR_LANG_PATH or a test stays as it is.
    if ('missing' in data && !options.langPath && !options.systemData && installLanguageData(languages, options.onInstall ?? console.error)) {
      data = findLanguageData(languages);
    }
    if ('missing' in data) return { findings: [], read: 0, notice: `The screenshot check did not run: ${data.missing}; ${INSTALL_HINT}.` };
    engine = new TesseractEngine(data.dir, data.stamp);
  }
  const inner = engine;
  let read = 0;
  const counted: OcrEngine = {
    version: inner.version,
    read: (image, wanted) => {
      if (read++ === 0) options.onFirstRead?.();
      return inner.read(image, wanted);
    },
    close: () => inner.close(),
  };
  try {
    const findings = await checkPictures(guides, cachedReader(counted, new ReadingCache(options.cacheDir ?? DEFAULT_CACHE)));
    return { findings, read };
  } catch (error) {
    // Only the engine's failure is a warning; anything else is a bug of the check and keeps its kind.
    if (!(error instanceof OcrUnavailable)) throw error;
    return { findings: [], read, notice: `The screenshot check stopped: the OCR failed (${error.message.split('\n')[0]}); the plan is not affected.` };
  } finally {
    if (!options.engine) await engine.close();
  }
}

/** A finding as the plan prints it, after its place. */
export function describeFinding(finding: PictureFinding): string {
  const how = finding.why.by === 'spelling' ? 'spelt like it' : `where «${finding.label}» would stand, ${finding.why.relation === 'beside' ? 'under' : 'next to'} «${finding.why.beside}»`;
  return `the guide quotes «${finding.label}»; its picture ${finding.picture} shows «${finding.shows}» (${how})`;
}
