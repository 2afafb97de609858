import { expect, test, type Page, type TestInfo } from '@playwright/test';
import type { Account } from '../config/account.js';
import type { Settings } from '../config/settings.js';
import type { Target } from '../config/target.js';
import type { Mailbox } from '../mailbox/types.js';
import type { Messenger } from '../messenger/types.js';
import type { CapturePoint, GuidePlan, PlannedStep } from '../plan/plan.js';
import { ScreenshotSession, type ImageResult, type UpdateMode } from '../screenshots/session.js';
import { DRIFT_KIND_TEXT, DriftError, isDriftError, type DriftDetails } from '../ui/drift-error.js';
import { GuideMemory, stepsReady, type Need, type NeedMet, type StepContext } from '../vocabulary/index.js';
import { Preconditions } from './preconditions.js';
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
  messenger?: Messenger;
  settings: Settings;
  testInfo: TestInfo;
  /** Where a secret a page showed goes, to be masked in the test's artifacts (StepContext.keepSecret). */
  keepSecret: (value: string) => void;
  images?: ImagesOption;
  skin?: string;
  /** The memory of the guide that needs this one run (the persona's state is one). */
  memory?: GuideMemory;
  /**
   * Set when the guide runs to meet another guide's need (an account): it shares the persona but
   * not the test's report, and it never captures images.
   */
  nested?: boolean;
}

/**
 * Runs a guide's plan: every sentence as a `test.step` located at its Markdown line, every image
 * captured at its point. The first failing sentence stops the guide (later ones depend on it);
 * visual drift is recorded and fails the test only after all steps ran.
 */
export async function runGuide(input: GuideRunInput): Promise<GuideRunRecord> {
  const { page, plan, testInfo } = input;
  await stepsReady();
  const mode = (testInfo.config.updateSnapshots ?? 'none') as UpdateMode;
  const screenshots = new ScreenshotSession(testInfo, input.account, mode, input.settings.screenshotThreshold);
  const memory = input.memory ?? new GuideMemory();
  const preconditions = new Preconditions(input, memory, (nested) => runGuide(nested));
  const sentences: SentenceRecord[] = plan.steps.map((step) => ({
    line: step.sentence.line,
    column: step.sentence.column,
    text: step.sentence.text,
    kind: step.kind,
    status: 'not run',
    // A narrative says why nothing is done, so the annotated guide shows the rule or definition that accounted for it.
    notes: step.kind === 'narrative' && step.definition.reason ? [`${step.definition.name}: ${step.definition.reason}`] : [],
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

  const images = input.nested ? 'skip' : (input.images ?? 'compare');
  const watch = new TargetWatch(page, input.target.baseURL);
  const skipped = new Map<number, string>();
  const decided = new Set<number>();
  try {
    for (const index of runOrder(plan.steps)) {
      const step = plan.steps[index];
      await captureAt(screenshots, page, plan, index, 'before', images);
      const sentence = sentences[index];
      const establish = async (need: Need, link?: string): Promise<NeedMet> => {
        const met = await preconditions.establish(page, need, link);
        record.preconditions = [...(record.preconditions ?? []), met];
        return met;
      };
      const context: StepContext = {
        page,
        guide: plan.guide,
        sentence: step.sentence,
        target: input.target,
        account: input.account,
        mailbox: input.mailbox,
        messenger: input.messenger,
        memory,
        uiTimeout: input.settings.uiTimeout,
        mailTimeout: input.settings.mailTimeout,
        note: (text) => sentence.notes.push(text),
        keepSecret: input.keepSecret,
        establish,
        reached: (moment) => captureAt(screenshots, page, plan, index, moment, images),
      };
      const list = step.sentence.listItem?.list ?? -1 - index;
      if (step.definition.unless && !decided.has(list)) {
        decided.add(list);
        for (const [other, reason] of await otherAlternatives(plan, index, context)) skipped.set(other, reason);
      }
      const notApplicable = skipped.get(index);
      if (notApplicable !== undefined) {
        // An alternative that does not apply to the persona is accounted for, with the reason, not run.
        await test.step(`${step.sentence.text} (not applicable: ${notApplicable})`, async () => undefined, {
          location: { file: plan.guide.file, line: step.sentence.line, column: step.sentence.column },
        });
        sentence.status = 'not applicable';
        sentence.notes.push(`not applicable: ${notApplicable}`);
        continue;
      }
      // Thrown inside the boxed step, the docs writer's message is reported at the Markdown line.
      await test.step(
        step.sentence.text,
        async () => {
          const started = performance.now();
          watch.startStep();
          try {
            for (const need of step.definition.needs ?? []) sentence.notes.push((await establish(need)).how);
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
    await preconditions.dispose();
    if (!input.nested) {
      screenshots.notReached(plan.captures);
      await testInfo.attach(GUIDE_RUN_ATTACHMENT, { body: JSON.stringify(record, null, 2), contentType: 'application/json' });
    }
  }
  if (!input.nested) reportVisualDrift(record.images, input.settings, testInfo);
  return record;
}

/**
 * Preconditions first (what the reader must have before anything else), then the guide in its
 * order, except that a check in a `::: tip` (or any container) box runs once the rest of its
 * section has: an aside may stand before the step it speaks of (the 2026 wiki's Markdown tip
 * comes before "send the request", and only a sent request shows what the tip claims). Its
 * failure is still told at its own line.
 */
export function runOrder(steps: readonly PlannedStep[]): number[] {
  const indexes = steps.map((_, index) => index);
  const inOrder = indexes.filter((i) => !steps[i].definition.precondition);
  const aside = (i: number) => steps[i].kind === 'check' && steps[i].sentence.container !== undefined && !steps[i].sentence.heading;
  const order: number[] = [];
  const held: number[] = [];
  for (const i of inOrder) {
    // A heading closes the section above it: the checks held back in it run first.
    if (steps[i].sentence.heading) order.push(...held.splice(0));
    if (aside(i)) held.push(i);
    else order.push(i);
  }
  return [...indexes.filter((i) => steps[i].definition.precondition), ...order, ...held];
}

/**
 * For the first item of a list of alternatives: which items do not apply, and why. Every item is
 * asked before any runs, since running one changes the persona; the first that applies runs.
 */
async function otherAlternatives(plan: GuidePlan, index: number, context: StepContext): Promise<Array<[number, string]>> {
  const list = plan.steps[index].sentence.listItem?.list;
  const group = plan.steps
    .map((step, i) => ({ step, i }))
    .filter(({ step, i }) => step.definition.unless && (list === undefined ? i === index : step.sentence.listItem?.list === list));
  const reasons: Array<[number, string | undefined]> = [];
  for (const { step, i } of group) reasons.push([i, await step.definition.unless?.(context, step.args)]);
  const chosen = reasons.find(([, reason]) => reason === undefined)?.[0];
  if (chosen === undefined) {
    // None applies: the guide leaves this reader without a way on, which is what the first item's line reports.
    return reasons.slice(1).map(([i, reason]) => [i, reason ?? '']);
  }
  return reasons.filter(([i]) => i !== chosen).map(([i, reason]) => [i, reason ?? '']);
}

async function runStep(step: PlannedStep, context: StepContext): Promise<void> {
  if (step.kind === 'narrative' || !step.definition.run) return;
  const reason = step.definition.unless ? await step.definition.unless(context, step.args) : undefined;
  if (reason !== undefined) {
    // Reached only when no item of its list applied.
    throw new DriftError({
      kind: 'claim-broken',
      expected: 'Expected one of the alternatives the guide lists to apply to the reader.',
      actual: `none does; this one not because ${reason}`,
    });
  }
  await step.definition.run(context, step.args);
}

async function captureAt(session: ScreenshotSession, page: Page, plan: GuidePlan, index: number, when: CapturePoint['when'] | string, images: ImagesOption): Promise<void> {
  for (const point of plan.captures.filter((c) => c.sentence === index && (c.when === when || c.moment === when))) {
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
