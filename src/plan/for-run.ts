import { ConfigurationError, preflight } from '../config/preflight.js';
import { settings } from '../config/settings.js';
import { formatProblems, planGuides, type GuidePlan } from './plan.js';

/**
 * The plans the guides project runs. Throws, before any browser starts, on a bad configuration,
 * a sentence no definition knows, or (when regenerating screenshots) two guides sharing an image.
 */
export function planForRun(): GuidePlan[] {
  const problems = preflight(settings);
  if (problems.length) throw new ConfigurationError(problems);
  const set = planGuides(settings.guidesDir, process.env.GUIDES ? process.env.GUIDES.split(',') : undefined);
  if (set.problems.length) throw new Error(`The guides cannot run as written:\n\n${formatProblems(set.problems)}\n`);
  if (set.warnings.length && !process.env.TEST_WORKER_INDEX) {
    // Regenerating would let one guide's screenshots overwrite another's: refuse instead.
    const regenerating = process.argv.some((arg) => arg === '-u' || arg.startsWith('--update-snapshots'));
    if (regenerating) throw new Error(`Cannot regenerate screenshots:\n\n${formatProblems(set.warnings)}\n`);
    console.warn(`Warning:\n${formatProblems(set.warnings)}\n`);
  }
  return set.plans;
}
