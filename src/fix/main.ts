import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { createTwoFilesPatch } from 'diff';
import { z } from 'zod';
import { readSettings, type Settings } from '../config/settings.js';
import { writeAtomically } from '../files/write-atomically.js';
import { applyEdits, EditNotApplicable } from './apply.js';
import { applyEditsToSidecar } from './sidecar.js';
import { editsFromRecords, GuideReportSchema, type GuideEdit, type RecordedGuide } from './proposal.js';

const USAGE = `Usage: npm run fix [-- --dry-run] [--reports <dir>]

Applies the text fixes the last guide run proposed (a quoted label the UI renamed, with one clear
successor) to the guides, and prints them as a unified diff. --dry-run only prints the diff.
Reads <reports>/guides.json (default: REPORTS_DIR, "reports").`;

/** Where `npm run fix` writes and what it reads its settings from: the process's own, or a test's. */
export interface FixIo {
  stdout: { write(text: string): unknown };
  stderr: { write(text: string): unknown };
  env: Record<string, string | undefined>;
}

/**
 * `npm run fix`: turns the drift report's proposed label edits into guide edits, so a docs writer
 * reviews a diff instead of retyping names. Returns the exit code: 0 when done (or nothing to
 * do), 1 when an edit no longer fits its guide, 2 on bad input.
 */
export function main(argv: string[], io: FixIo): number {
  const out = (text: string) => io.stdout.write(`${text}\n`);
  const err = (text: string) => io.stderr.write(`${text}\n`);
  let options: { 'dry-run'?: boolean; reports?: string; help?: boolean };
  try {
    options = parseArgs({ args: argv, options: { 'dry-run': { type: 'boolean' }, reports: { type: 'string' }, help: { type: 'boolean', short: 'h' } } }).values;
  } catch (error) {
    err(`${(error as Error).message}\n\n${USAGE}`);
    return 2;
  }
  if (options.help) {
    out(USAGE);
    return 0;
  }
  const settings = readSettings(io.env);
  const reportsDir = path.resolve(options.reports ?? settings.reportsDir);
  const report = path.join(reportsDir, 'guides.json');
  if (!existsSync(report)) {
    err(`No guide run to fix from: ${path.relative(process.cwd(), report) || report} does not exist. Run npm start first.`);
    return 2;
  }
  let records: RecordedGuide[];
  try {
    records = GuideReportSchema.parse(JSON.parse(readFileSync(report, 'utf8'))).guides;
  } catch (error) {
    if (!(error instanceof SyntaxError || error instanceof z.ZodError)) throw error;
    const why = error instanceof z.ZodError ? z.prettifyError(error) : error.message;
    err(`${report} is not a guide report:\n${why}`);
    return 2;
  }
  const edits = editsFromRecords(records);
  if (!edits.length) {
    out('The last run proposed no text fixes.');
    return 0;
  }
  const byFile = new Map<string, GuideEdit[]>();
  for (const edit of edits) {
    const file = guideFile(edit, settings);
    byFile.set(file, [...(byFile.get(file) ?? []), edit]);
  }
  let applied = 0;
  let refused = 0;
  let files = 0;
  for (const [file, fileEdits] of byFile) {
    const before = readFileSync(file, 'utf8');
    let after: string;
    try {
      after = applyEdits(before, fileEdits);
    } catch (error) {
      if (!(error instanceof EditNotApplicable)) throw error;
      err(error.message);
      refused += fileEdits.length;
      continue;
    }
    const sidecar = file.replace(/\.md$/, '.screenshots.yml');
    const changes = [{ file, before, after }];
    if (existsSync(sidecar)) {
      const yaml = readFileSync(sidecar, 'utf8');
      changes.push({ file: sidecar, before: yaml, after: applyEditsToSidecar(yaml, fileEdits) });
    }
    for (const change of changes.filter((c) => c.before !== c.after)) {
      const shown = path.relative(process.cwd(), change.file).split(path.sep).join('/');
      io.stdout.write(createTwoFilesPatch(`a/${shown}`, `b/${shown}`, change.before, change.after, undefined, undefined, { context: 1 }));
      if (!options['dry-run']) writeAtomically(change.file, Buffer.from(change.after, 'utf8'));
    }
    applied += fileEdits.length;
    files++;
  }
  const verb = options['dry-run'] ? 'would change' : 'changed';
  out(`\n${applied} label(s) ${verb} in ${files} guide(s)${refused ? `; ${refused} could not be placed (the guide changed since the run)` : ''}.`);
  return refused ? 1 : 0;
}

/** The guide on disk: the recorded path when it still exists, else the same guide under GUIDES_DIR. */
function guideFile(edit: GuideEdit, settings: Settings): string {
  return existsSync(edit.file) ? edit.file : path.join(settings.guidesDir, edit.guide);
}
