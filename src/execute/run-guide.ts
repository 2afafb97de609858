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
import { TargetWatch } from './target-watch.js';
import { classifyStepError, UNVERIFIED_CAUSE_TEXT, type UnverifiedDetails } from './verdict.js';

/** Whether a run compares the guide's images (`skip`: a skin whose pixels are not the docs' look). */
export type ImagesOption = 'compare' | 'skip';

export interface GuideRunInput {
  page: Page;
  plan: GuidePlan;
  target: Target;
  account: Account;
  mailbox: Mailbox;
  settings: Settings;
  testInfo: TestInfo;
  images?: ImagesOption;
  skin?: string;
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
    skin: input.skin,
    sentences,
    images: screenshots.results,
  };

  const images = input.images ?? 'compare';
  const watch = new TargetWatch(page, input.target.baseURL);
  try {
    for (const [index, step] of plan.steps.entries()) {
      await captureAt(screenshots, page, plan, index, 'before', images);
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
          watch.startStep();
          try {
            await runStep(step, context);
          } catch (error) {
            const outcome = classifyStepError(error, watch.trouble());
            sentence.status = outcome.verdict;
            if (outcome.verdict === 'failed') {
              sentence.drift = outcome.drift;
              throw new Error(failureMessage(plan, step, outcome.drift), { cause: error });
            }
            sentence.unverified = outcome.unverified;
            // A DriftError voided by the site's failure would read as drift; other causes keep their stack.
            throw new Error(unverifiedMessage(plan, step, outcome.unverified), isDriftError(error) ? undefined : { cause: error });
          } finally {
            sentence.durationMs = Math.round(performance.now() - started);
          }
        },
        { location: { file: plan.guide.file, line: step.sentence.line, column: step.sentence.column }, box: true },
      );
      sentence.status = step.kind === 'narrative' ? 'narrative' : 'verified';
      await captureAt(screenshots, page, plan, index, 'after', images);
    }
  } finally {
    watch.dispose();
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

async function captureAt(session: ScreenshotSession, page: Page, plan: GuidePlan, index: number, when: CapturePoint['when'], images: ImagesOption): Promise<void> {
  for (const point of plan.captures.filter((c) => c.sentence === index && c.when === when)) {
    if (images === 'skip') {
      session.skip(point);
      continue;
    }
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

/**
 * A sentence that could not be checked. It never says the guide no longer holds: nothing is known
 * about the guide, and the docs writer has nothing to fix.
 */
function unverifiedMessage(plan: GuidePlan, step: PlannedStep, unverified: UnverifiedDetails): string {
  const where = `${plan.guide.path}:${step.sentence.line}:${step.sentence.column}`;
  const cause = UNVERIFIED_CAUSE_TEXT[unverified.cause];
  return [
    `Could not verify ${where}: ${cause.short} (${unverified.detail}).`,
    `  The guide says: «${step.sentence.text}»`,
    '  This sentence and the ones after it were not checked; this says nothing about the guide.',
    `  What to do: ${cause.fix}`,
  ].join('\n');
}
