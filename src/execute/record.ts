import type { GuideLanguage } from '../guide/types.js';
import type { ImageResult, UpdateMode } from '../screenshots/session.js';
import type { DriftDetails } from '../ui/drift-error.js';
import type { StepKind } from '../vocabulary/index.js';
import type { UnverifiedDetails } from './verdict.js';

/** The attachment through which a worker hands a guide's outcome to the reporters. */
export const GUIDE_RUN_ATTACHMENT = 'guide-run.json';

/**
 * `not applicable`: an alternative of a list that does not fit the persona (it has no account, so
 * "if you have an account" does not apply), with the reason in its notes.
 * `failed` means the guide no longer holds (drift); `could not verify` means the sentence could not
 * be checked at all (the site, the browser or the mailbox failed), which says nothing of the guide.
 */
export type SentenceStatus = 'verified' | 'narrative' | 'failed' | 'could not verify' | 'not applicable' | 'not run';

export interface SentenceRecord {
  line: number;
  column: number;
  text: string;
  kind: StepKind;
  status: SentenceStatus;
  /** What the step found, in plain words (never secrets). */
  notes: string[];
  drift?: DriftDetails;
  /** Why the sentence could not be checked, when its status is `could not verify`. */
  unverified?: UnverifiedDetails;
  /** How long the step took, in milliseconds. */
  durationMs?: number;
}

/** Everything a report needs to know about one guide's run. */
export interface GuideRunRecord {
  guide: string;
  file: string;
  title: string;
  lang: GuideLanguage;
  target: string;
  updateMode: UpdateMode;
  /** The stand-in's skin (or `classic` for an external site) the guide ran on. */
  skin?: string;
  sentences: SentenceRecord[];
  images: ImageResult[];
  /** How the persona's needs were met before the guide could run (an account made by another guide). */
  preconditions?: Array<{ need: string; how: string }>;
}
