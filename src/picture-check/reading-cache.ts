import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { writeAtomically } from '../files/write-atomically.js';
import { OcrPageSchema, type OcrEngine, type OcrLanguage, type OcrPage } from './ocr-page.js';

/**
 * Readings of pictures, kept by what they depend on: the picture's bytes, the languages it was
 * read in and the engine's version (its language data included). Reading a screenshot takes
 * seconds; a plan is run again and again on pictures that rarely change, so a second run reads
 * nothing. An entry is written whole or not at all, and one that does not parse is read again.
 */
export class ReadingCache {
  constructor(private readonly dir: string) {}

  key(image: Buffer, languages: readonly OcrLanguage[], engineVersion: string): string {
    return createHash('sha256').update(engineVersion).update('\0').update(languages.join('+')).update('\0').update(image).digest('hex');
  }

  get(key: string): OcrPage | undefined {
    const file = this.entry(key);
    if (!existsSync(file)) return undefined;
    try {
      const parsed = OcrPageSchema.safeParse(JSON.parse(readFileSync(file, 'utf8')));
      return parsed.success ? parsed.data : undefined;
    } catch {
      return undefined;
    }
  }

  set(key: string, page: OcrPage): void {
    try {
      writeAtomically(this.entry(key), JSON.stringify(page), { flush: false });
    } catch {
      // A read-only checkout still checks; it only reads every picture every time.
    }
  }

  private entry(key: string): string {
    return path.join(this.dir, key.slice(0, 2), `${key}.json`);
  }
}

/** An engine's readings through the cache: the engine is asked only for pictures never read before. */
export function cachedReader(engine: OcrEngine, cache: ReadingCache): (image: Buffer, languages: readonly OcrLanguage[]) => Promise<{ page: OcrPage; cached: boolean }> {
  return async (image, languages) => {
    const key = cache.key(image, languages, engine.version);
    const known = cache.get(key);
    if (known) return { page: known, cached: true };
    const page = await engine.read(image, languages);
    cache.set(key, page);
    return { page, cached: false };
  };
}
