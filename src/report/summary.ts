import type { FullResult } from '@playwright/test/reporter';
import { UNVERIFIED_CAUSE_TEXT } from '../execute/verdict.js';
import { DRIFT_KIND_TEXT, type DriftDetails } from '../ui/drift-error.js';
import { DEFAULT_PROJECT, type GuideOutcome, type UnrecordedGuide } from './outcome.js';
import { isVisualProblem, type Verdict } from './verdict.js';

const IMAGE_STATUS: Record<string, string> = { drift: 'the image changed', missing: 'the image is not committed', failed: 'the image could not be captured' };

const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\n/g, ' ');

export interface SummaryInput {
  outcomes: readonly GuideOutcome[];
  unrecorded: readonly UnrecordedGuide[];
  loadErrors: readonly string[];
  status: FullResult['status'];
  verdict: Verdict;
}

/** How a guide is named in the summary: its path, and the project when it is not the default one. */
function guideName(guide: string, project: string): string {
  return project === DEFAULT_PROJECT ? guide : `${guide} (${project})`;
}

/**
 * The alert a CI job summary or a chat shows. Drift (the guide is wrong) and "could not verify"
 * (nothing is known about the guide) are separate sections, and each failure is listed once.
 */
export function driftSummary({ outcomes, unrecorded, loadErrors, status, verdict }: SummaryInput): string {
  const driftRows: string[] = [];
  const unverifiedRows: string[] = [];
  for (const outcome of outcomes) {
    const { record, annotated } = outcome;
    const name = guideName(record.guide, outcome.project);
    const link = annotated ? `[${name}](${annotated})` : name;
    for (const sentence of record.sentences) {
      if (sentence.status === 'failed' && sentence.drift) {
        driftRows.push(
          `| ${link} | ${sentence.line} | ${cell(sentence.text)} | ${DRIFT_KIND_TEXT[sentence.drift.kind].short}: ${cell(sentence.drift.expected)} | ${cell(sentence.drift.actual)} | ${cell(proposalText(sentence.drift) ?? sentence.drift.fix ?? '')} |`,
        );
      } else if (sentence.status === 'could not verify' && sentence.unverified) {
        const cause = UNVERIFIED_CAUSE_TEXT[sentence.unverified.cause];
        unverifiedRows.push(`| ${link} | ${sentence.line} | ${cell(sentence.text)} | ${cause.short} | ${cell(sentence.unverified.detail)} | ${cell(cause.fix)} |`);
      }
    }
    for (const image of record.images) {
      if (!isVisualProblem(image)) continue;
      const fix = image.status === 'failed' ? 'check the capture spec next to the guide' : 'if intended, run `npm run screenshots` and commit the image';
      driftRows.push(`| ${link} | ${image.line} | image ${cell(image.src)} | ${DRIFT_KIND_TEXT.visual.short}: ${IMAGE_STATUS[image.status] ?? image.status} | ${cell(image.message ?? '')} | ${fix} |`);
    }
    // A failure between sentences (a timeout, a crash) that no row above tells.
    if (outcome.verdict === 'could not verify' && !record.sentences.some((s) => s.status === 'could not verify')) {
      for (const error of outcome.errors) unverifiedRows.push(`| ${link} | | | the run failed between sentences | ${cell(error.split('\n')[0])} | ${cell(UNVERIFIED_CAUSE_TEXT.unexpected.fix)} |`);
    }
  }
  for (const guide of unrecorded) {
    unverifiedRows.push(`| ${guideName(guide.guide, guide.project)} | | | the guide's run could not start | ${cell(guide.error.split('\n')[0])} | check the settings and the mailbox, then run again |`);
  }

  const guides = outcomes.length + unrecorded.length;
  const drifted = outcomes.filter((o) => o.verdict === 'drift').length;
  const unverified = outcomes.filter((o) => o.verdict === 'could not verify').length + unrecorded.length;
  const verified = outcomes.reduce((sum, o) => sum + o.record.sentences.filter((s) => s.status === 'verified').length, 0);
  const lines: string[] = [];
  if (loadErrors.length) {
    lines.push('## ⚠️ The guides could not run', '', '```', ...loadErrors, '```', '');
  }
  if (verdict === 'holds') {
    const targets = [...new Set(outcomes.map((o) => o.record.target))];
    lines.push(`## ✅ Every guide holds`, '', `${guides} guide run(s), ${verified} sentence(s) verified against ${targets.join(', ') || 'the target'}.`);
  }
  if (driftRows.length) {
    if (verdict === 'holds') lines.push('');
    lines.push(
      drifted ? `## ❌ ${drifted} of ${guides} guide(s) no longer match the UI` : '## ⚠️ Visual drift, reported as a warning (VISUAL_DRIFT=warn)',
      '',
      '| Guide | Line | Sentence | What drifted | The page has instead | Suggested fix |',
      '| --- | --- | --- | --- | --- | --- |',
      ...driftRows,
    );
    const other = outcomes.filter((o) => o.verdict === 'drift').flatMap((o) => o.errors.map((e) => `- ${guideName(o.record.guide, o.project)}: ${e.split('\n')[0]}`));
    if (other.length) lines.push('', 'Other failures:', ...other);
  }
  if (unverifiedRows.length) {
    if (driftRows.length) lines.push('');
    lines.push(
      `## ⚠️ Could not verify ${unverified} of ${guides} guide(s)`,
      '',
      'The site, the browser, the mailbox or the suite failed: these say nothing about the guides. Sentences after each row were not checked.',
      '',
      '| Guide | Line | Sentence | Cause | What happened | What to do |',
      '| --- | --- | --- | --- | --- | --- |',
      ...unverifiedRows,
    );
  }
  const images = outcomes.flatMap((o) => o.record.images.map((image) => ({ image, project: o.project })));
  if (images.length) {
    lines.push('', '| Image | Status | Difference |', '| --- | --- | --- |');
    for (const { image, project } of images) {
      const share = image.diffRatio === undefined ? '' : `${(image.diffRatio * 100).toFixed(2)}%`;
      const difference = image.sizeChange ? `size ${image.sizeChange}; ${share} of the overlap` : share;
      lines.push(`| ${guideName(image.file, project)} | ${image.status} | ${difference} |`);
    }
  }
  lines.push('', `Run status: ${status}; verdict: ${verdict}. Annotated guides and the HTML report are in the reports folder.`, '');
  return lines.join('\n');
}

/** A proposed guide edit, as the docs writer will see it in the diff `npm run fix` prints. */
function proposalText(drift: DriftDetails): string | undefined {
  if (!drift.proposal) return undefined;
  return `replace «${drift.proposal.label}» with «${drift.proposal.replacement}» (\`npm run fix\` applies it)`;
}
