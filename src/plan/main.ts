import { parseArgs } from 'node:util';
import { configurationProblems } from '../config/preflight.js';
import { readSettings } from '../config/settings.js';
import { guideCache } from '../guide/cache.js';
import { describeFinding, runPictureCheck } from '../picture-check/run.js';
import { formatCoverage, formatPlan } from './format.js';
import { formatProblems, planGuides } from './plan.js';
import { entryBases, selectGuides } from './select.js';

/** Where `npm run plan` writes and what it reads its settings from: the process's own, or a test's. */
export interface PlanIo {
  stdout: { write(text: string): unknown; isTTY?: boolean };
  stderr: { write(text: string): unknown };
  env: Record<string, string | undefined>;
}

const USAGE = `Usage: npm run plan [-- <guide.md | folder>…]

Shows, without a browser, how each sentence of the guides will run: the definition it matches,
its labels, what it waits for, and the screenshots taken around it. Then each label a sentence
quotes is looked for in the screenshots beside it (OCR, cached): a picture that shows another
name instead is a warning, never a failure (PICTURE_CHECK=0 skips it).

  <guide.md>   a guide; relative to this folder, the project or the guides root
  <folder>     every guide in it
  (none)       the guides in GUIDES (comma list), else every guide under GUIDES_DIR

Exit codes: 0 every sentence accounted for; 1 the guides need definitions or have problems;
2 a configuration or usage problem; 3 a bug in the planner (PLAN_DEBUG=1 prints its stack).`;

const EXIT = { ok: 0, guides: 1, usage: 2, bug: 3 } as const;

/**
 * `npm run plan [-- <guide.md | folder>…]`: shows, without a browser, how each guide will run, so a
 * docs writer sees which sentence does what before anything is executed. Every outcome is a
 * message and an exit code, never a stack trace. Returns the exit code.
 */
export async function main(argv: string[], io: PlanIo): Promise<number> {
  try {
    return await plan(argv, io);
  } catch (error) {
    const shown = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
    io.stderr.write(`npm run plan stopped on an unexpected ${shown}\nThis is a bug in the planner, not in the guides; please report it (PLAN_DEBUG=1 prints where it happened).\n`);
    if (io.env.PLAN_DEBUG === '1' && error instanceof Error) io.stderr.write(`${error.stack}\n`);
    return EXIT.bug;
  }
}

async function plan(argv: string[], io: PlanIo): Promise<number> {
  const out = (text: string) => io.stdout.write(`${text}\n`);
  const err = (text: string) => io.stderr.write(`${text}\n`);
  let args: ReturnType<typeof parseArgs<{ options: { help: { type: 'boolean'; short: 'h' } }; allowPositionals: true }>>;
  try {
    args = parseArgs({ args: argv, options: { help: { type: 'boolean', short: 'h' } }, allowPositionals: true });
  } catch (error) {
    if (!(error instanceof TypeError && 'code' in error && String(error.code).startsWith('ERR_PARSE_ARGS'))) throw error;
    err(`${error.message}\n\n${USAGE}`);
    return EXIT.usage;
  }
  if (args.values.help) {
    out(USAGE);
    return EXIT.ok;
  }

  const settings = readSettings(io.env);
  const configuration = configurationProblems(settings);
  if (configuration.length) {
    err(`The configuration is not usable:\n${configuration.map((problem) => `  - ${problem}`).join('\n')}`);
    return EXIT.usage;
  }
  const fromArguments = args.positionals.length > 0;
  const selection = selectGuides(settings.guidesDir, fromArguments ? args.positionals : settings.guides, entryBases(io.env));
  if (selection.problems.length) {
    const source = fromArguments ? '' : 'GUIDES: ';
    err(`Nothing to plan:\n${selection.problems.map((problem) => `  - ${source}${problem}`).join('\n')}${fromArguments ? `\n\n${USAGE}` : ''}`);
    return EXIT.usage;
  }

  const set = planGuides(settings.guidesDir, selection.guides, settings);
  guideCache(settings)?.prune();
  for (const plan of set.plans) out(formatPlan(plan, io.stdout.isTTY));
  const warnings = [...set.warnings, ...set.notices];
  if (settings.pictureCheck) {
    // Every guide that was read, the ones the plan refuses too: a label and its picture can disagree in any of them.
    const pictures = await runPictureCheck(
      set.plans.map((plan) => plan.guide),
      { langPath: settings.ocrLangPath, onInstall: err, onFirstRead: () => err('Reading the screenshots beside quoted labels (OCR; once, then cached)…') },
    );
    if (pictures.notice) err(pictures.notice);
    warnings.push(...pictures.findings.map((finding) => ({ where: finding.where, message: describeFinding(finding) })));
  }
  if (warnings.length) err(`Warnings:\n\n${formatProblems(warnings)}\n`);
  out(formatCoverage(set));
  if (set.problems.length) {
    err(`The guides cannot run as written:\n\n${formatProblems(set.problems)}`);
    return EXIT.guides;
  }
  const steps = set.plans.reduce((sum, plan) => sum + plan.steps.length, 0);
  out(`${set.plans.length} guide(s), ${steps} sentence(s), every one matched by exactly one definition.`);
  return EXIT.ok;
}
