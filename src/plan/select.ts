import { statSync } from 'node:fs';
import path from 'node:path';
import { findGuides } from '../guide/find.js';
import type { GuideFile } from '../guide/load-many.js';
import { PROJECT_ROOT } from '../config/settings.js';

/** A guide to plan, with the root its reported path and its `/images/…` are relative to. */
export type SelectedGuide = GuideFile;

export interface GuideSelection {
  guides: SelectedGuide[];
  /** Entries that name nothing to plan: usage problems, reported before any guide is read. */
  problems: string[];
}

/** Where a relative entry is looked for first: where the command was typed (npm's INIT_CWD in `env`), then the project. */
export function entryBases(env: Record<string, string | undefined> = process.env): string[] {
  return [...new Set([env.INIT_CWD, process.cwd(), PROJECT_ROOT].filter((base): base is string => !!base))];
}

/**
 * The one way `npm start`, `npm run screenshots` and `npm run plan` choose guides: every guide
 * under the root, or the entries given. An entry is a guide file or a folder of guides, relative
 * to where the command was typed, to the project, or to the guides root, tried in that order.
 * A guide outside the guides root is its own root (its images are looked up beside it); a folder
 * outside it is the root of the guides in it (a docs checkout, or its pages folder `<wiki>/src`).
 */
export function selectGuides(guidesRoot: string, entries: readonly string[] | undefined, bases: readonly string[]): GuideSelection {
  const root = path.resolve(guidesRoot);
  if (!entries?.length) return { guides: findGuides(root).map((file) => ({ file, root })), problems: [] };
  const guides: SelectedGuide[] = [];
  const problems: string[] = [];
  const seen = new Set<string>();
  const add = (file: string, folder?: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    guides.push({ file, root: isInside(root, file) ? root : (folder ?? path.dirname(file)) });
  };
  for (const raw of entries) {
    const entry = raw.trim();
    if (!entry) continue;
    const candidates = path.isAbsolute(entry) ? [entry] : [...new Set([...bases, root].map((base) => path.resolve(base, entry)))];
    const found = candidates.map((candidate) => ({ candidate, kind: kindOf(candidate) })).find((c) => c.kind !== 'missing');
    if (!found) {
      problems.push(`"${entry}" is neither a guide nor a folder of guides (looked for ${candidates.join(', ')})`);
    } else if (found.kind === 'dir') {
      const inside = findGuides(found.candidate);
      if (!inside.length) problems.push(`the folder "${entry}" holds no guides (*.md)`);
      for (const file of inside) add(file, found.candidate);
    } else if (found.kind === 'other' || !found.candidate.endsWith('.md')) {
      problems.push(`"${entry}" is not a Markdown guide (*.md)`);
    } else add(found.candidate);
  }
  return { guides, problems };
}

function kindOf(file: string): 'file' | 'dir' | 'other' | 'missing' {
  try {
    const stat = statSync(file);
    return stat.isDirectory() ? 'dir' : stat.isFile() ? 'file' : 'other';
  } catch {
    return 'missing';
  }
}

function isInside(root: string, file: string): boolean {
  const relative = path.relative(root, file);
  return !!relative && !relative.startsWith(`..${path.sep}`) && relative !== '..' && !path.isAbsolute(relative);
}
