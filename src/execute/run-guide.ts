import { stripVTControlCharacters } from 'node:util';
import { expect, test, type Page, type TestInfo } from '@playwright/test';
import type { Account } from '../config/account.js';
import type { Settings } from '../config/settings.js';
import type { Target } from '../config/target.js';
import type { Mailbox } from '../mailbox/types.js';
import type { CapturePoint, GuidePlan, PlannedStep } from '../plan/plan.js';
import { ScreenshotSession, type ImageResult, type UpdateMode } from '../screenshots/session.js';
import { DRIFT_KIND_TEXT, isDriftError, type DriftDetails } from '../ui/drift-error.js';
import type { GuideMemory, StepContext } from '../vocabulary/index.js';
import { GUIDE_RUN_ATTACHMENT, type GuideRunRecord, type SentenceRecord } from './record.js';

export interface GuideRunInput {
  page: Page;
  plan: GuidePlan;
  target: Target;
  account: Account;
  mailbox: Mailbox;
  settings: Settings;
  testInfo: TestInfo;
}

/**
 * Runs a guide's plan: every sentence as a `test.step` located at its Markdown line, every image
 * captured at its point. The first failing sentence stops the guide (later ones depend on it);
 * visual drift is recorded and fails the test only after all steps ran.
 */
export async function runGuide(input: GuideRunInput): Promise<GuideRunRecord> {
  const { page, plan, testInfo } = input;
  const mode = (testInfo.config.updateSnapshots ?? 'none') as UpdateMode;
  const screenshots = new ScreenshotSession(testInfo, input.account, mode, input.settings.screenshotThreshold);
  const memory: GuideMemory = {};
  const sentences: SentenceRecord[] = plan.steps.map((step) => ({
    line: step.sentence.line,
    column: step.sentence.column,
    text: step.sentence.text,
    kind: step.kind,
    status: 'not run',
    notes: [],
  }));
  const record: GuideRunRecord = {
    guide: plan.guide.path,
    file: plan.guide.file,
    title: plan.guide.frontMatter.title,
    lang: plan.guide.lang,
    target: input.target.baseURL,
    updateMode: mode,
    sentences,
    images: screenshots.results,
  };

  try {
    for (const [index, step] of plan.steps.entries()) {
      await captureAt(screenshots, page, plan, index, 'before');
      const sentence = sentences[index];
      const context: StepContext = {
        page,
        guide: plan.guide,
        sentence: step.sentence,
        target: input.target,
        account: input.account,
        mailbox: input.mailbox,
        memory,
        uiTimeout: input.settings.uiTimeout,
        mailTimeout: input.settings.mailTimeout,
        note: (text) => sentence.notes.push(text),
      };
      // Thrown inside the boxed step, the docs writer's message is reported at the Markdown line.
      await test.step(
        step.sentence.text,
        async () => {
          const started = performance.now();
          try {
            await runStep(step, context);
          } catch (error) {
            sentence.status = 'failed';
            sentence.drift = driftOf(error);
            throw new Error(failureMessage(plan, step, sentence.drift), { cause: error });
          } finally {
            sentence.durationMs = Math.round(performance.now() - started);
          }
        },
        { location: { file: plan.guide.file, line: step.sentence.line, column: step.sentence.column }, box: true },
      );
      sentence.status = step.kind === 'narrative' ? 'narrative' : 'verified';
      await captureAt(screenshots, page, plan, index, 'after');
    }
  } finally {
    screenshots.notReached(plan.captures);
    await testInfo.attach(GUIDE_RUN_ATTACHMENT, { body: JSON.stringify(record, null, 2), contentType: 'application/json' });
  }
  reportVisualDrift(record.images, input.settings, testInfo);
  return record;
}

async function runStep(step: PlannedStep, context: StepContext): Promise<void> {
  if (step.kind === 'narrative' || !step.definition.run) return;
  await step.definition.run(context, step.args);
}

async function captureAt(session: ScreenshotSession, page: Page, plan: GuidePlan, index: number, when: CapturePoint['when']): Promise<void> {
  for (const point of plan.captures.filter((c) => c.sentence === index && c.when === when)) {
    await test.step(
      `screenshot ${point.image.src}`,
      async () => {
        const result = await session.capture(page, point);
        if (result.status === 'failed') expect.soft(result.status, `${point.image.src}: ${result.message}`).not.toBe('failed');
      },
      { location: { file: plan.guide.file, line: point.image.line, column: point.image.column } },
    );
  }
}

/** Visual drift fails the test once every sentence has run, or only warns when VISUAL_DRIFT=warn. */
function reportVisualDrift(images: readonly ImageResult[], settings: Settings, testInfo: TestInfo): void {
  const drifted = images.filter((image) => image.status === 'drift' || image.status === 'missing');
  if (!drifted.length) return;
  const lines = drifted.map((image) => `${image.file} (guide line ${image.line}): ${image.message}`);
  if (settings.visualDrift === 'warn') {
    for (const line of lines) testInfo.annotations.push({ type: 'visual drift', description: line });
    return;
  }
  throw new Error(`Visual drift: the screenshots no longer match the guide's images.\n${lines.map((l) => `  ${l}`).join('\n')}\nIf the change is intended, run npm run screenshots and commit the images.`);
}

function driftOf(error: unknown): DriftDetails {
  if (isDriftError(error)) return error.details;
  const message = error instanceof Error ? error.message.split('\n').filter(Boolean).slice(0, 3).join(' ') : String(error);
  return { kind: 'claim-broken', expected: 'Expected the step to complete.', actual: stripVTControlCharacters(message) };
}

/** The failure as a docs writer reads it: where, what the guide says, what the page has instead. */
export function failureMessage(plan: GuidePlan, step: PlannedStep, drift: DriftDetails): string {
  const where = `${plan.guide.path}:${step.sentence.line}:${step.sentence.column}`;
  return [
    `The guide no longer holds at ${where} (${DRIFT_KIND_TEXT[drift.kind].long}).`,
    `  The guide says: «${step.sentence.text}»`,
    `  ${drift.expected}`,
    `  The page has instead: ${drift.actual}`,
    ...(drift.fix ? [`  Suggested fix: ${drift.fix}`] : []),
  ].join('\n');
}
