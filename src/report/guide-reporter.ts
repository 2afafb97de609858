import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import type { FullResult, Reporter, TestCase, TestError, TestResult } from '@playwright/test/reporter';
import { settings } from '../config/settings.js';
import { GUIDE_RUN_ATTACHMENT, type GuideRunRecord } from '../execute/record.js';
import { writeAnnotatedGuide } from './annotated-guide.js';
import { driftSummary } from './summary.js';
import { junitXml } from './junit.js';

export interface GuideReporterOptions {
  outputDir: string;
}

export interface GuideOutcome {
  record: GuideRunRecord;
  status: TestResult['status'];
  /** Test-level failures not tied to a sentence (e.g. visual drift, a crash). */
  errors: string[];
  attachments: TestResult['attachments'];
  /** Relative path of the annotated guide inside the reports folder. */
  annotated?: string;
}

/**
 * After every run of the guides: a Markdown drift summary for CI and chat, JUnit XML and JSON with
 * one entry per guide sentence, and each guide rendered with every sentence marked.
 */
export default class GuideReporter implements Reporter {
  private readonly outputDir: string;
  private readonly outcomes = new Map<string, GuideOutcome>();
  private readonly loadErrors: string[] = [];

  constructor(options: Partial<GuideReporterOptions> = {}) {
    this.outputDir = options.outputDir ?? settings.reportsDir;
  }

  onTestEnd(test: TestCase, result: TestResult): void {
    const attachment = result.attachments.find((a) => a.name === GUIDE_RUN_ATTACHMENT && a.body);
    if (!attachment?.body) return;
    const record = JSON.parse(attachment.body.toString('utf8')) as GuideRunRecord;
    // With retries, the last attempt is the one that counts.
    this.outcomes.set(test.id, {
      record,
      status: result.status,
      errors: result.errors.map((e) => strip(e.message ?? '')).filter((m) => !m.startsWith('The guide no longer holds')),
      attachments: result.attachments,
    });
  }

  onError(error: TestError): void {
    this.loadErrors.push(strip(error.message ?? String(error.value ?? 'unknown error')));
  }

  onEnd(result: FullResult): void {
    const outcomes = [...this.outcomes.values()].sort((a, b) => a.record.guide.localeCompare(b.record.guide));
    if (!outcomes.length && !this.loadErrors.length) return;
    mkdirSync(this.outputDir, { recursive: true });
    for (const outcome of outcomes) outcome.annotated = writeAnnotatedGuide(outcome, this.outputDir);
    const summary = driftSummary(outcomes, this.loadErrors, result.status);
    writeFileSync(path.join(this.outputDir, 'drift-summary.md'), summary);
    writeFileSync(path.join(this.outputDir, 'junit.xml'), junitXml(outcomes, this.loadErrors));
    writeFileSync(
      path.join(this.outputDir, 'guides.json'),
      JSON.stringify(
        { status: result.status, loadErrors: this.loadErrors, guides: outcomes.map(({ record, status, errors, annotated }) => ({ ...record, status, errors, annotated })) },
        null,
        2,
      ),
    );
    const relative = path.relative(process.cwd(), this.outputDir) || '.';
    console.log(`\nGuide reports: ${relative}/drift-summary.md, ${relative}/junit.xml, ${relative}/guides.json`);
    for (const outcome of outcomes) if (outcome.annotated) console.log(`  annotated guide: ${relative}/${outcome.annotated}`);
    console.log(`  HTML report: npx playwright show-report ${relative}/html`);
  }

  printsToStdio(): boolean {
    return false;
  }
}

function strip(text: string): string {
  return stripVTControlCharacters(text);
}
