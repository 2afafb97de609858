import { readFileSync } from 'node:fs';
import path from 'node:path';
import { guideCache, type CacheSettings } from './cache.js';
import { decodeGuide } from './parse.js';
import { ParseHelpers, type ParseJob, type ParseResult } from './parallel.js';
import { GuideSyntaxError } from './types.js';

/** A guide file and the root its reported path (and its `/images/…`) are relative to. */
export interface GuideFile {
  file: string;
  root: string;
}

/**
 * Reads many guides at once: cached models first, then every other guide parsed in one batch (on
 * several cores when there are many), each result in the order asked. A guide that cannot be read
 * or parsed comes back as its GuideSyntaxError. `settings` choose the cache (default: the process's).
 */
export function loadGuides(entries: readonly GuideFile[], settings?: CacheSettings): ParseResult[] {
  const helpers = new ParseHelpers(entries.length);
  const cache = guideCache(settings);
  const results: Array<ParseResult | undefined> = new Array(entries.length);
  const jobs: ParseJob[] = [];
  const waiting: Array<{ index: number; key?: string }> = [];
  entries.forEach(({ file, root }, index) => {
    const absolute = path.resolve(file);
    const relative = path.relative(path.resolve(root), absolute).split(path.sep).join('/');
    let bytes: Buffer;
    try {
      bytes = readFileSync(absolute);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (!code) throw error;
      results[index] = new GuideSyntaxError({ file: relative, line: 1, column: 1 }, `the guide cannot be read (${code})`);
      return;
    }
    const key = cache?.key(bytes, absolute, relative);
    const cached = key ? cache?.get(key) : undefined;
    if (cached) {
      results[index] = cached;
      return;
    }
    try {
      jobs.push({ file: absolute, relative, text: decodeGuide(bytes, relative) });
      waiting.push({ index, key });
    } catch (error) {
      if (!(error instanceof GuideSyntaxError)) throw error;
      results[index] = error;
    }
  });
  helpers.parse(jobs).forEach((result, n) => {
    const { index, key } = waiting[n];
    results[index] = result;
    if (key && !(result instanceof GuideSyntaxError)) cache?.set(key, result);
  });
  return results as ParseResult[];
}
