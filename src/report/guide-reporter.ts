import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import type { FullResult, Reporter, TestCase, TestError, TestResult } from '@playwright/test/reporter';
import { settings } from '../config/settings.js';
import { GUIDE_RUN_ATTACHMENT, type GuideRunRecord } from '../execute/record.js';
import { writeAnnotatedGuide } from './annotated-guide.js';
import { driftSummary } from './summary.js';
import { junitXml } from './junit.js';
import { GUIDES_JSON } from './guides-json.js';
import { DEFAULT_PROJECT, projectOf, type GuideOutcome, type UnrecordedGuide } from './outcome.js';
import { guideVerdict, isVisualProblem, runVerdict, type Verdict } from './verdict.js';

export interface GuideReporterOptions {
  outputDir: string;
}

export { DEFAULT_PROJECT, VARIANT_ANNOTATION, type GuideOutcome, type UnrecordedGuide } from './outcome.js';

/** What the guides.json report holds; the run wrapper reads `verdict` and `runId` from it. */
export interface GuidesReport {
  /** The GUIDE_RUN_ID the run was started with, so a reader never mistakes an old report for it. */
  runId?: string;
  status: FullResult['status'];
  verdict: Verdict;
  loadErrors: string[];
  unrecorded: UnrecordedGuide[];
  guides: Array<GuideRunRecord & { project: string; status: string; verdict: Verdict; errors: string[]; annotated?: string }>;
}

/**
 * After every run of the guides: a Markdown drift summary for CI and chat, JUnit XML and JSON with
 * one entry per guide sentence, and each guide rendered with every sentence marked.
 */
export default class GuideReporter implements Reporter {
  private readonly outputDir: string;
  private readonly outcomes = new Map<string, GuideOutcome>();
  private readonly unrecorded = new Map<string, UnrecordedGuide>();
  private readonly loadErrors: string[] = [];

  constructor(options: Partial<GuideReporterOptions> = {}) {
    this.outputDir = options.outputDir ?? settings.reportsDir;
  }

  onTestEnd(test: TestCase, result: TestResult): void {
    const project = projectOf(test.parent.project()?.name ?? DEFAULT_PROJECT, test.annotations);
    const attachment = result.attachments.find((a) => a.name === GUIDE_RUN_ATTACHMENT && a.body);
    const guide = test.annotations.find((a) => a.type === 'guide')?.description;
    const messages = result.errors.map(errorText);
    if (!attachment?.body) {
      // With retries, the last attempt is the one that counts.
      if (guide && result.status !== 'passed' && result.status !== 'skipped') {
        this.unrecorded.set(test.id, { guide, project, title: test.title, error: messages[0] ?? `the test ${result.status}` });
      } else this.unrecorded.delete(test.id);
      return;
    }
    this.unrecorded.delete(test.id);
    const record = JSON.parse(attachment.body.toString('utf8')) as GuideRunRecord;
    this.outcomes.set(test.id, {
      record,
      status: result.status,
      project,
      verdict: guideVerdict(record, result.status, settings.visualDrift),
      errors: messages.filter((message) => !accountedFor(message, record)),
      attachments: result.attachments,
    });
  }

  onError(error: TestError): void {
    this.loadErrors.push(errorText(error));
  }

  onEnd(result: FullResult): void {
    const outcomes = [...this.outcomes.values()].sort((a, b) => a.record.guide.localeCompare(b.record.guide) || a.project.localeCompare(b.project));
    const unrecorded = [...this.unrecorded.values()];
    if (!outcomes.length && !this.loadErrors.length && !unrecorded.length) return;
    mkdirSync(this.outputDir, { recursive: true });
    for (const outcome of outcomes) outcome.annotated = writeAnnotatedGuide(outcome, this.outputDir);
    const verdict = runVerdict([...outcomes.map((o) => o.verdict), ...(unrecorded.length || this.loadErrors.length ? (['could not verify'] as const) : [])]);
    writeFileSync(path.join(this.outputDir, 'drift-summary.md'), driftSummary({ outcomes, unrecorded, loadErrors: this.loadErrors, status: result.status, verdict }));
    writeFileSync(path.join(this.outputDir, 'junit.xml'), junitXml(outcomes, unrecorded, this.loadErrors));
    const report: GuidesReport = {
      runId: process.env.GUIDE_RUN_ID || undefined,
      status: result.status,
      verdict,
      loadErrors: this.loadErrors,
      unrecorded,
      guides: outcomes.map(({ record, project, status, verdict, errors, annotated }) => ({ ...record, project, status, verdict, errors, annotated })),
    };
    writeFileSync(path.join(this.outputDir, GUIDES_JSON), JSON.stringify(report, null, 2));
    const relative = path.relative(process.cwd(), this.outputDir) || '.';
    console.log(`\nGuide reports: ${relative}/drift-summary.md, ${relative}/junit.xml, ${relative}/guides.json`);
    for (const outcome of outcomes) if (outcome.annotated) console.log(`  annotated guide: ${relative}/${outcome.annotated}`);
    console.log(`  HTML report: npx playwright show-report ${relative}/html`);
  }

  printsToStdio(): boolean {
    return false;
  }
}

function errorText(error: TestError): string {
  return stripVTControlCharacters(error.message ?? String(error.value ?? 'unknown error')).replace(/^Error: /, '');
}

/**
 * Whether a test error repeats what the record already says: a sentence's own failure, the
 * closing visual-drift error, or an image that could not be captured. Each failure is told once.
 */
function accountedFor(message: string, record: GuideRunRecord): boolean {
  if (message.startsWith('The guide no longer holds') || message.startsWith('Could not verify') || message.startsWith('Visual drift:')) return true;
  return record.images.some((image) => isVisualProblem(image) && message.includes(`${image.src}:`));
}
