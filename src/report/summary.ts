import type { FullResult } from '@playwright/test/reporter';
import { DRIFT_KIND_TEXT } from '../ui/drift-error.js';
import type { GuideOutcome } from './guide-reporter.js';

const IMAGE_STATUS: Record<string, string> = { drift: 'the image changed', missing: 'the image is not committed', failed: 'the image could not be captured' };

const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\n/g, ' ');

/** The alert a CI job summary or a chat shows: one row per place where a guide stopped holding. */
export function driftSummary(outcomes: readonly GuideOutcome[], loadErrors: readonly string[], status: FullResult['status']): string {
  const rows: string[] = [];
  for (const { record, annotated } of outcomes) {
    const link = annotated ? `[${record.guide}](${annotated})` : record.guide;
    for (const sentence of record.sentences) {
      if (sentence.status !== 'failed' || !sentence.drift) continue;
      rows.push(
        `| ${link} | ${sentence.line} | ${cell(sentence.text)} | ${DRIFT_KIND_TEXT[sentence.drift.kind].short}: ${cell(sentence.drift.expected)} | ${cell(sentence.drift.actual)} | ${cell(sentence.drift.fix ?? '')} |`,
      );
    }
    for (const image of record.images) {
      if (image.status !== 'drift' && image.status !== 'missing' && image.status !== 'failed') continue;
      const fix = image.status === 'failed' ? 'check the capture spec next to the guide' : 'if intended, run `npm run screenshots` and commit the image';
      rows.push(`| ${link} | ${image.line} | image ${cell(image.src)} | ${DRIFT_KIND_TEXT.visual.short}: ${IMAGE_STATUS[image.status] ?? image.status} | ${cell(image.message ?? '')} | ${fix} |`);
    }
  }
  const guides = outcomes.length;
  const failing = outcomes.filter((o) => o.status !== 'passed' && o.status !== 'skipped').length;
  const verified = outcomes.reduce((sum, o) => sum + o.record.sentences.filter((s) => s.status === 'verified').length, 0);
  const lines: string[] = [];
  if (loadErrors.length) {
    lines.push('## ❌ The guides could not run', '', '```', ...loadErrors, '```', '');
  }
  if (!rows.length && !failing) {
    lines.push(`## ✅ Every guide holds`, '', `${guides} guide(s), ${verified} sentence(s) verified against ${outcomes[0]?.record.target ?? 'the target'}.`);
  } else {
    lines.push(
      `## ❌ ${failing} of ${guides} guide(s) no longer match the UI`,
      '',
      '| Guide | Line | Sentence | What drifted | The page has instead | Suggested fix |',
      '| --- | --- | --- | --- | --- | --- |',
      ...rows,
    );
    const other = outcomes.flatMap((o) => o.errors.filter((e) => !e.includes('Visual drift')).map((e) => `- ${o.record.guide}: ${e.split('\n')[0]}`));
    if (other.length) lines.push('', 'Other failures:', ...other);
  }
  const images = outcomes.flatMap((o) => o.record.images);
  if (images.length) {
    lines.push('', '| Image | Status | Difference |', '| --- | --- | --- |');
    for (const image of images) {
      lines.push(`| ${image.file} | ${image.status} | ${image.diffRatio === undefined ? '' : `${(image.diffRatio * 100).toFixed(2)}%`} |`);
    }
  }
  lines.push('', `Run status: ${status}. Annotated guides and the HTML report are in the reports folder.`, '');
  return lines.join('\n');
}
