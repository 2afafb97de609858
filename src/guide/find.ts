import { readdirSync } from 'node:fs';
import path from 'node:path';

/** Folders of a docs checkout that hold no guides: assets, build output, VitePress internals. */
const SKIPPED = new Set(['node_modules', 'public', 'images', '.vitepress', '.git', 'dist']);

/** Every Markdown guide under `root`, sorted so runs and reports are stable. */
export function findGuides(root: string): string[] {
  const found: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      if (entry.name.startsWith('.') || SKIPPED.has(entry.name)) continue;
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.isFile() && entry.name.endsWith('.md') && entry.name.toLowerCase() !== 'readme.md') found.push(full);
    }
  };
  walk(path.resolve(root));
  return found.sort();
}
