import { ConfigurationError, preflight } from '../config/preflight.js';
import { settings } from '../config/settings.js';
import { guideCache } from '../guide/cache.js';
import { formatProblems, planGuides, type GuidePlan } from './plan.js';
import { entryBases, selectGuides } from './select.js';

/**
 * The plans the guides project runs. Throws, before any browser starts, on a bad configuration,
 * a GUIDES entry that names nothing, a sentence no definition knows, or (when regenerating
 * screenshots) one image claimed twice. Guides are chosen exactly as `npm run plan` chooses them.
 */
export function planForRun(): GuidePlan[] {
  const problems = preflight(settings);
  if (problems.length) throw new ConfigurationError(problems);
  const selection = selectGuides(settings.guidesDir, settings.guides, entryBases());
  if (selection.problems.length) throw new ConfigurationError(selection.problems.map((problem) => `GUIDES: ${problem}`));
  const set = planGuides(settings.guidesDir, selection.guides);
  // The cache keeps to its limit once per run, in the runner: its workers find the runner's entries and add none.
  if (!process.env.TEST_WORKER_INDEX) guideCache()?.prune();
  if (set.problems.length) throw new Error(`The guides cannot run as written:\n\n${formatProblems(set.problems)}\n`);
  if (set.warnings.length && !process.env.TEST_WORKER_INDEX) {
    // Regenerating would let one capture overwrite another: refuse instead.
    const regenerating = process.argv.some((arg) => arg === '-u' || arg.startsWith('--update-snapshots'));
    if (regenerating) throw new Error(`Cannot regenerate screenshots:\n\n${formatProblems(set.warnings)}\n`);
    console.warn(`Warning:\n${formatProblems(set.warnings)}\n`);
  }
  return set.plans;
}
