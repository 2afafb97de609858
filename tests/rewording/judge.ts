import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseGuide } from '../../src/guide/index.js';
import { planGuide } from '../../src/plan/plan.js';
import type { Edit } from './rewordings.js';

/** What the sentences on one line of a guide were planned as: each one's definition and arguments, or the problem. */
export interface LineReading {
  line: number;
  steps: Array<{ name: string; args: unknown[] }>;
  problems: string[];
}

/** The guide's Markdown with the edit made; the text to replace must occur exactly once. */
export function edited(guidesRoot: string, edit: Edit): { source: string; line: number } {
  const source = readFileSync(path.join(guidesRoot, edit.guide), 'utf8');
  const at = source.indexOf(edit.from);
  if (at < 0 || source.indexOf(edit.from, at + 1) >= 0) throw new Error(`${edit.guide}: «${edit.from}» must occur exactly once (${at < 0 ? 'not found' : 'found twice'})`);
  return { source: source.slice(0, at) + edit.to + source.slice(at + edit.from.length), line: source.slice(0, at).split('\n').length };
}

/** Plans a guide's Markdown as if it stood at its path, and reads back what one line became. */
export function readLine(guidesRoot: string, guide: string, source: string, line: number): LineReading {
  const parsed = parseGuide(source, path.join(guidesRoot, guide), guide);
  const { plan, problems } = planGuide(parsed, guidesRoot);
  return {
    line,
    steps: plan.steps.filter((step) => step.sentence.line === line).map((step) => ({ name: step.definition.name, args: step.args })),
    problems: problems.filter((problem) => problem.where.line === line).map((problem) => problem.message),
  };
}

/** The original line and the edited one, side by side. */
export function judge(guidesRoot: string, edit: Edit): { before: LineReading; after: LineReading; same: boolean } {
  const { source, line } = edited(guidesRoot, edit);
  const before = readLine(guidesRoot, edit.guide, readFileSync(path.join(guidesRoot, edit.guide), 'utf8'), line);
  const after = readLine(guidesRoot, edit.guide, source, line);
  const same = !after.problems.length && JSON.stringify(after.steps) === JSON.stringify(before.steps);
  return { before, after, same };
}
