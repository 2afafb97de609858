import { z } from 'zod';
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

/** The slice of a guide run report (reports/guides.json) edits are read from, checked on reading. */
export const GuideReportSchema = z.object({
  guides: z.array(
    z.object({
      guide: z.string(),
      file: z.string(),
      sentences: z.array(
        z.object({
          line: z.number().int().positive(),
          column: z.number().int().positive(),
          text: z.string().optional(),
          status: z.string(),
          drift: z.object({ proposal: z.object({ label: z.string(), replacement: z.string() }).optional() }).optional(),
        }),
      ),
    }),
  ),
});

export type RecordedGuide = z.infer<typeof GuideReportSchema>['guides'][number];

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
