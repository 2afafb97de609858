import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { readSettings, type Settings } from '../config/settings.js';
import { writeAtomically } from '../files/write-atomically.js';
import type { Guide } from './types.js';

const HERE = path.dirname(fileURLToPath(import.meta.url));
/** Where the project keeps what it builds for itself, as build tools keep theirs. */
export const CACHE_ROOT = path.resolve(HERE, '../../node_modules/.cache');
/** What a parsed guide depends on besides its own bytes: folders of source, or single files. */
const PARSER_SOURCES = [HERE, path.resolve(HERE, '../locale'), path.resolve(HERE, '../../package-lock.json')];

/** A folder's .ts/.js files in a fixed order, or the file itself; nothing when it is missing. */
function sourceFiles(source: string): string[] {
  try {
    if (!statSync(source).isDirectory()) return [source];
    return readdirSync(source)
      .filter((file) => /\.(ts|js)$/.test(file))
      .sort()
      .map((file) => path.join(source, file));
  } catch {
    return [];
  }
}

/**
 * Parsed guides, kept by content: Markdown parsing is by far the slowest part of planning, and
 * Playwright plans in the runner and again in every worker. An entry's key covers the guide's
 * bytes, its paths and what the parser is made of (its source, the locales it splits sentences
 * with, the locked versions of remark and the rest), so any change to either parses afresh.
 * GUIDE_CACHE=0 turns it off; GUIDE_CACHE_DIR moves it. It keeps at most `limit` entries
 * (GUIDE_CACHE_MAX, default 5,000, about 10 MB for guides like the real ones): past that, the
 * oldest written are removed, so edits over months do not grow it without end.
 */
export class GuideCache {
  private readonly loaderVersion: string;
  private written = 0;

  constructor(
    private readonly dir: string,
    readonly limit = 5000,
    parserSources: readonly string[] = PARSER_SOURCES,
  ) {
    const hash = createHash('sha256');
    for (const source of parserSources) {
      for (const file of sourceFiles(source)) {
        hash.update(path.basename(file)).update('\0');
        hash.update(readFileSync(file));
      }
    }
    this.loaderVersion = hash.digest('hex');
  }

  key(bytes: Buffer, file: string, relativePath: string): string {
    return createHash('sha256').update(this.loaderVersion).update(file).update('\0').update(relativePath).update('\0').update(bytes).digest('hex');
  }

  get(key: string): Guide | undefined {
    const file = this.entry(key);
    // Asked before reading: on a cold cache, a thousand failed reads cost a thousand thrown errors.
    if (!existsSync(file)) return undefined;
    try {
      return JSON.parse(readFileSync(file, 'utf8')) as Guide;
    } catch {
      return undefined;
    }
  }

  set(key: string, guide: Guide): void {
    try {
      // Not flushed to disk: an entry lost in a crash is only parsed again.
      writeAtomically(this.entry(key), JSON.stringify(guide), { flush: false });
      this.written++;
    } catch {
      // A read-only checkout still plans; it only parses every time.
    }
  }

  /**
   * Removes the oldest entries past the limit. Cheap when nothing was written: planners call it
   * after each batch, and only a process that added entries lists the folder.
   */
  prune(): number {
    if (!this.written) return 0;
    this.written = 0;
    const entries: string[] = [];
    try {
      for (const bucket of readdirSync(this.dir)) {
        for (const name of readdirSync(path.join(this.dir, bucket))) if (name.endsWith('.json')) entries.push(path.join(this.dir, bucket, name));
      }
    } catch {
      return 0;
    }
    if (entries.length <= this.limit) return 0;
    const aged = entries.map((file) => ({ file, at: mtime(file) })).sort((a, b) => a.at - b.at);
    // Down to 90 % of the limit, so the next few writes do not list the folder again.
    const excess = aged.slice(0, entries.length - Math.floor(this.limit * 0.9));
    for (const { file } of excess) rmSync(file, { force: true });
    return excess.length;
  }

  private entry(key: string): string {
    return path.join(this.dir, key.slice(0, 2), `${key}.json`);
  }
}

/** What chooses the cache: GUIDE_CACHE, GUIDE_CACHE_DIR, GUIDE_CACHE_MAX. */
export type CacheSettings = Pick<Settings, 'guideCache' | 'guideCacheDir' | 'guideCacheMax'>;

let processSettings: CacheSettings | undefined;
const caches = new Map<string, GuideCache>();

/**
 * The project's cache under node_modules/.cache, as build tools keep theirs; null when disabled.
 * Chosen by the process's settings, or by a command's own (a command run in a test has its own).
 */
export function guideCache(settings?: CacheSettings): GuideCache | null {
  // Read when first needed, not at import: benchmarks point the cache elsewhere before planning.
  const chosen = settings ?? (processSettings ??= readSettings());
  if (chosen.guideCache === false) return null;
  const dir = chosen.guideCacheDir ?? path.join(CACHE_ROOT, 'guide-verifier');
  const key = `${dir}\u0000${chosen.guideCacheMax ?? ''}`;
  let cache = caches.get(key);
  if (!cache) caches.set(key, (cache = new GuideCache(dir, chosen.guideCacheMax)));
  return cache;
}

function mtime(file: string): number {
  try {
    return statSync(file).mtimeMs;
  } catch {
    return 0;
  }
}
