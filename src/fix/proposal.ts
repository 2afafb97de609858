import type { SourcePoint } from '../guide/types.js';

/**
 * A text edit the suite proposes for a guide: at the sentence starting at `line:column`, the
 * quoted label `label` becomes `replacement`, because the UI renamed it.
 */
export interface GuideEdit extends SourcePoint {
  /** The guide's path relative to the guides root, as reports show it. */
  guide: string;
  label: string;
  replacement: string;
  /** The sentence as the run read it, to keep screenshot anchors that quote it in step. */
  sentence?: string;
}

/** The slice of a guide run record (reports/guides.json) an edit is read from. */
export interface RecordedGuide {
  guide: string;
  file: string;
  sentences: ReadonlyArray<{
    line: number;
    column: number;
    text?: string;
    status: string;
    drift?: { proposal?: { label: string; replacement: string } };
  }>;
}

/** Every edit the last run proposed: one per failed sentence whose drift names a clear successor. */
export function editsFromRecords(records: readonly RecordedGuide[]): GuideEdit[] {
  return records.flatMap((record) =>
    record.sentences.flatMap((sentence) => {
      const proposal = sentence.status === 'failed' ? sentence.drift?.proposal : undefined;
      if (!proposal || proposal.label === proposal.replacement) return [];
      return [{ guide: record.guide, file: record.file, line: sentence.line, column: sentence.column, sentence: sentence.text, ...proposal }];
    }),
  );
}
