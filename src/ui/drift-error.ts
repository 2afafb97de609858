/**
 * The kinds of disagreement between a guide and the UI:
 * - `label-missing`: an element the guide names or implies is not on the page;
 * - `claim-broken`: the page is there but does not behave as the guide says;
 * - `no-email`: the letter the guide promises did not arrive in time;
 * - `page-unreachable`: a page the guide links to does not open;
 * - `visual`: a screenshot no longer matches the one the guide shows.
 */
export type DriftKind = 'label-missing' | 'claim-broken' | 'no-email' | 'page-unreachable' | 'visual';

/** Each kind in words: `short` for tables, `long` for the failure message. */
export const DRIFT_KIND_TEXT: Record<DriftKind, { short: string; long: string }> = {
  'label-missing': { short: 'label gone', long: 'a label the guide relies on is gone' },
  'claim-broken': { short: 'claim no longer holds', long: 'a claim of the guide no longer holds' },
  'no-email': { short: 'no e-mail', long: 'the promised e-mail did not arrive' },
  'page-unreachable': { short: 'page does not open', long: 'a page the guide links to does not open' },
  visual: { short: 'visual drift', long: 'a screenshot no longer matches' },
};

export interface DriftDetails {
  kind: DriftKind;
  /** What the guide leads the reader to expect, in the guide's own words where possible. */
  expected: string;
  /** What the UI offers instead: the nearest visible names, the message shown, the status. */
  actual: string;
  /** A suggestion for the docs writer. */
  fix?: string;
  /**
   * The guide edit that would make it hold again, when the page offers one clear successor for a
   * quoted label: `npm run fix` applies it, the reports show it.
   */
  proposal?: LabelProposal;
}

export interface LabelProposal {
  /** The label as the guide quotes it. */
  label: string;
  /** What the UI calls it now. */
  replacement: string;
}

/** Raised by UI steps when the page disagrees with the guide; carries what a docs writer needs. */
export class DriftError extends Error {
  constructor(readonly details: DriftDetails) {
    super(`${details.expected}\nThe page has instead: ${details.actual}${details.fix ? `\nSuggested fix: ${details.fix}` : ''}`);
    this.name = 'DriftError';
  }
}

export function isDriftError(error: unknown): error is DriftError {
  return error instanceof Error && error.name === 'DriftError' && 'details' in error;
}
