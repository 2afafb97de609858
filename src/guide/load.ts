import { readFileSync } from 'node:fs';
import path from 'node:path';
import { guideCache } from './cache.js';
import { parseGuide } from './parse.js';
import type { Guide } from './types.js';

/** Reads a guide from disk. `root` is the guides root the guide's reported path is relative to. */
export function loadGuide(file: string, root: string): Guide {
  const absolute = path.resolve(file);
  const relative = path.relative(path.resolve(root), absolute).split(path.sep).join('/');
  const bytes = readFileSync(absolute);
  const cache = guideCache();
  const key = cache?.key(bytes, absolute, relative);
  const cached = key ? cache?.get(key) : undefined;
  if (cached) return cached;
  const guide = parseGuide(bytes, absolute, relative);
  if (key) cache?.set(key, guide);
  return guide;
}
