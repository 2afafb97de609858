import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Guide } from './types.js';

const HERE = path.dirname(fileURLToPath(import.meta.url));

/**
 * Parsed guides, kept by content: Markdown parsing is by far the slowest part of planning, and
 * Playwright plans in the runner and again in every worker. An entry's key covers the guide's
 * bytes, its paths and the loader's own source, so any change to either parses afresh.
 * GUIDE_CACHE=0 turns it off; GUIDE_CACHE_DIR moves it.
 */
export class GuideCache {
  private readonly loaderVersion: string;

  constructor(private readonly dir: string) {
    const hash = createHash('sha256');
    for (const file of readdirSync(HERE).sort()) if (/\.(ts|js)$/.test(file)) hash.update(readFileSync(path.join(HERE, file)));
    this.loaderVersion = hash.digest('hex');
  }

  key(bytes: Buffer, file: string, relativePath: string): string {
    return createHash('sha256').update(this.loaderVersion).update(file).update('\0').update(relativePath).update('\0').update(bytes).digest('hex');
  }

  get(key: string): Guide | undefined {
    try {
      return JSON.parse(readFileSync(this.entry(key), 'utf8')) as Guide;
    } catch {
      return undefined;
    }
  }

  set(key: string, guide: Guide): void {
    try {
      const target = this.entry(key);
      mkdirSync(path.dirname(target), { recursive: true });
      const temporary = `${target}.${process.pid}.tmp`;
      writeFileSync(temporary, JSON.stringify(guide));
      renameSync(temporary, target);
    } catch {
      // A read-only checkout still plans; it only parses every time.
    }
  }

  private entry(key: string): string {
    return path.join(this.dir, key.slice(0, 2), `${key}.json`);
  }
}

let shared: GuideCache | null | undefined;

/** The project's cache under node_modules/.cache, as build tools keep theirs; null when disabled. */
export function guideCache(): GuideCache | null {
  if (shared === undefined) {
    const dir = process.env.GUIDE_CACHE_DIR || path.resolve(HERE, '../../node_modules/.cache/guide-verifier');
    shared = process.env.GUIDE_CACHE === '0' ? null : new GuideCache(dir);
  }
  return shared;
}
