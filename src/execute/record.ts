import type { GuideLanguage } from '../guide/types.js';
import type { ImageResult, UpdateMode } from '../screenshots/session.js';
import type { DriftDetails } from '../ui/drift-error.js';
import type { StepKind } from '../vocabulary/index.js';

/** The attachment through which a worker hands a guide's outcome to the reporters. */
export const GUIDE_RUN_ATTACHMENT = 'guide-run.json';

export type SentenceStatus = 'verified' | 'narrative' | 'failed' | 'not run';

export interface SentenceRecord {
  line: number;
  column: number;
  text: string;
  kind: StepKind;
  status: SentenceStatus;
  /** What the step found, in plain words (never secrets). */
  notes: string[];
  drift?: DriftDetails;
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
  sentences: SentenceRecord[];
  images: ImageResult[];
}
