import path from 'node:path';
import { settings } from '../config/settings.js';
import { formatPlan } from './format.js';
import { formatProblems, planGuides } from './plan.js';

/**
 * `npm run plan [-- <guide.md>…]`: shows, without a browser, how each guide will run, so a docs
 * writer sees which sentence does what before anything is executed.
 */
// `npm run plan | head` closes the pipe early: that is the reader's choice, not an error.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw error;
});

const files = process.argv.slice(2).map((file) => path.resolve(file));
const set = planGuides(settings.guidesDir, files);
for (const plan of set.plans) console.log(formatPlan(plan, process.stdout.isTTY));
if (set.warnings.length) console.warn(`Warnings:\n${formatProblems(set.warnings)}\n`);
if (set.problems.length) {
  console.error(`The guides cannot run as written:\n\n${formatProblems(set.problems)}`);
  process.exitCode = 1;
} else {
  const steps = set.plans.reduce((sum, plan) => sum + plan.steps.length, 0);
  console.log(`${set.plans.length} guide(s), ${steps} sentence(s), every one matched by exactly one definition.`);
}
