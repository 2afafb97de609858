import type { GuideRunRecord } from '../execute/record.js';
import type { ImageResult } from '../screenshots/session.js';
import type { VisualDriftPolicy } from '../config/settings.js';

/**
 * What a run says about a guide: it holds; it drifted (the guide is wrong somewhere); or it
 * could not be verified (the site, the browser, the mailbox or the suite failed), which says
 * nothing about the guide.
 */
export type Verdict = 'holds' | 'drift' | 'could not verify';

/** `npm start`'s exit code for each verdict of the whole run. */
export const EXIT_CODE: Record<Verdict, 0 | 1 | 2> = { holds: 0, drift: 1, 'could not verify': 2 };

/** An image the guide shows that no longer matches, or could not be compared. */
export function isVisualProblem(image: ImageResult): boolean {
  return image.status === 'drift' || image.status === 'missing' || image.status === 'failed';
}

const FAILED_STATUSES = new Set(['failed', 'timedOut', 'interrupted']);

/**
 * One guide's verdict. Any drift wins (a drifted claim stays wrong whatever else failed); visual
 * drift counts only when VISUAL_DRIFT=fail. A test that failed with no sentence or image to
 * account for it (a fixture, a timeout, a crash between steps) could not verify its guide.
 */
export function guideVerdict(record: GuideRunRecord, testStatus: string, visualDrift: VisualDriftPolicy): Verdict {
  const visual = record.images.some(isVisualProblem);
  if (record.sentences.some((s) => s.status === 'failed') || (visual && visualDrift === 'fail')) return 'drift';
  if (record.sentences.some((s) => s.status === 'could not verify')) return 'could not verify';
  if (FAILED_STATUSES.has(testStatus) && !visual) return 'could not verify';
  return 'holds';
}

/** The run's verdict: drift anywhere makes it drift; otherwise anything unverified makes it unverified. */
export function runVerdict(verdicts: readonly Verdict[]): Verdict {
  if (verdicts.includes('drift')) return 'drift';
  if (verdicts.includes('could not verify')) return 'could not verify';
  return 'holds';
}
