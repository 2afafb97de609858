import type { TestResult } from '@playwright/test/reporter';
import type { GuideRunRecord } from '../execute/record.js';
import type { Verdict } from './verdict.js';

export interface GuideOutcome {
  record: GuideRunRecord;
  status: TestResult['status'];
  /** The Playwright project the guide ran in (one per skin), `@` the stand-in variant when it names one (see projectOf). */
  project: string;
  verdict: Verdict;
  /** Test-level failures no sentence or image accounts for (e.g. a crash between steps). */
  errors: string[];
  attachments: TestResult['attachments'];
  /** Relative path of the annotated guide inside the reports folder. */
  annotated?: string;
}

/** A guide test that failed before its run could record anything (a fixture failed): never verified. */
export interface UnrecordedGuide {
  guide: string;
  project: string;
  title: string;
  error: string;
}

/** The project every guide runs in by default; other projects' reports are named after them. */
export const DEFAULT_PROJECT = 'guides';

/**
 * The test annotation naming the stand-in variant (of STANDIN_VARIANTS) a guide's test ran on: a
 * batch runs several variants in one project, so that its variants share the project's workers.
 */
export const VARIANT_ANNOTATION = 'stand-in variant';

/** How reports name a guide's run on a stand-in variant: its project, `@` the variant. */
export function variantProject(project: string, variant: string): string {
  return `${project}@${variant}`;
}

/** How reports name where a guide ran: its project, and `@<variant>` when a variant annotation names one. */
export function projectOf(project: string, annotations: ReadonlyArray<{ type: string; description?: string }>): string {
  const variant = annotations.find((a) => a.type === VARIANT_ANNOTATION)?.description;
  return variant ? variantProject(project, variant) : project;
}
