import path from 'node:path';
import { styleText } from 'node:util';
import { docsRootOf } from '../guide/site-paths.js';
import { formatWait } from './checks.js';
import type { GuidePlan, PlannedStep, PlanSet } from './plan.js';

const KIND_WIDTH = 10;

/**
 * A guide's plan as lines a docs writer reads top to bottom: place, kind, definition, labels, what
 * the sentence waits for, and the screenshots around it. Every sentence is listed, the ones no
 * definition knows too, so images stay beside the sentence they follow.
 */
export function formatPlan(plan: GuidePlan, color = false): string {
  const paint = (style: Parameters<typeof styleText>[0], text: string) => (color ? styleText(style, text) : text);
  const lines = [paint('bold', `${plan.guide.frontMatter.title}  (${plan.guide.path}, ${plan.guide.lang})`)];
  const captureLine = (index: number, when: 'before' | 'after') =>
    plan.captures
      .filter((capture) => capture.sentence === index && capture.when === when)
      .map((capture) => {
        const what = capture.spec.element
          ? `element ${capture.spec.element.role ?? 'text'}${capture.spec.element.name ? ` "${capture.spec.element.name}"` : ''}${capture.spec.element.text ? ` "${capture.spec.element.text}"` : ''}`
          : capture.spec.fullPage
            ? 'full page'
            : 'viewport';
        const arrow = when === 'before' ? '↓' : '↑';
        return `  ${`${plan.guide.path}:${capture.image.line}`.padEnd(40)} ${paint('magenta', 'screenshot'.padEnd(KIND_WIDTH))} ${path.basename(capture.file)}: ${what}, ${capture.spec.scale ?? 1}x, ${when} this sentence ${arrow}`;
      });
  // An image another guide takes is shown where it stands in the text: it is neither captured nor compared here.
  const borrowedLine = (index: number) =>
    plan.borrowed
      .filter((borrowed) => Math.max(borrowed.image.afterSentence, 0) === index)
      .map((borrowed) => {
        const by = path.relative(docsRootOf(plan.guide), borrowed.capturedBy).split(path.sep).join('/');
        return `  ${`${plan.guide.path}:${borrowed.image.line}`.padEnd(40)} ${paint('magenta', 'screenshot'.padEnd(KIND_WIDTH))} ${path.basename(borrowed.file)}: taken by ${by}, shown here as it is`;
      });
  const steps = new Map(plan.steps.map((step) => [step.sentence.index, step]));
  plan.guide.sentences.forEach((sentence, index) => {
    lines.push(...captureLine(index, 'before'));
    const step = steps.get(index);
    const place = `${plan.guide.path}:${sentence.line}:${sentence.column}`.padEnd(40);
    if (!step) {
      lines.push(`  ${place} ${paint('red', 'no match'.padEnd(KIND_WIDTH))} (see below)`);
    } else {
      const kindColor = step.kind === 'action' ? 'cyan' : step.kind === 'check' ? 'green' : 'gray';
      const by = step.settledBy === 'sidecar' ? ' (settled in the guide\'s sidecar)' : step.settledBy === 'rule' ? ' (by rule)' : '';
      const definition = `understood as ${step.definition.name}${by}`;
      const shown = step.reading ? step.reading.slots.flatMap((slot) => (slot.kind === 'label' ? [slot.value] : [])) : sentence.labels;
      const labels = shown.length ? `  labels: ${shown.map((l) => `«${l}»`).join(', ')}` : '';
      const waits = step.waits ? `  waits up to ${formatWait(step.waits.ms)} («${step.waits.text}»)` : '';
      const reason = step.kind === 'narrative' ? `  (${step.definition.reason})` : '';
      const passed = [...(step.reading?.purpose ? [`the purpose «${step.reading.purpose}»`] : []), ...(step.reading?.passedOver ?? []).map((word) => `«${word}»`)];
      const passedOver = passed.length && step.settledBy !== 'rule' ? `  passed over: ${passed.join(', ')}` : '';
      lines.push(`  ${place} ${paint(kindColor, step.kind.padEnd(KIND_WIDTH))} ${definition}${labels}${waits}${reason}${paint('gray', passedOver)}`);
    }
    const text = sentence.text.length > 200 ? `${sentence.text.slice(0, 199)}…` : sentence.text;
    lines.push(`  ${''.padEnd(40)} ${''.padEnd(KIND_WIDTH)} ${paint('gray', text)}`);
    lines.push(...captureLine(index, 'after'));
    lines.push(...borrowedLine(index));
  });
  return `${lines.join('\n')}\n`;
}

/**
 * How much of the docs the vocabulary covers, for a docs checkout: guides with every sentence
 * accounted for, sentences matched (by kind), sentences waiting for a definition.
 */
export function formatCoverage(set: PlanSet): string {
  const problemFiles = new Set(set.problems.map((problem) => problem.where.file));
  const whole = set.plans.filter((plan) => !problemFiles.has(plan.guide.path)).length;
  const steps = set.plans.flatMap((plan) => plan.steps);
  const count = (test: (step: PlannedStep) => boolean) => steps.filter(test).length;
  const waiting = set.problems.filter((problem) => problem.stub).length;
  const kinds = [
    `${count((s) => s.kind === 'action')} actions`,
    `${count((s) => s.kind === 'check')} checks`,
    `${count((s) => s.kind === 'narrative' && !s.settledBy)} narratives`,
    `${count((s) => s.settledBy === 'rule')} prose by rule`,
    `${count((s) => s.settledBy === 'sidecar')} settled in sidecars`,
  ].join(', ');
  const special = [
    `${count((s) => Boolean(s.sentence.heading))} headings`,
    `${count((s) => Boolean(s.definition.precondition))} preconditions`,
    `${count((s) => Boolean(s.definition.unless))} alternatives`,
  ].join(', ');
  const guides = set.plans.length + [...problemFiles].filter((file) => !set.plans.some((plan) => plan.guide.path === file)).length;
  return `Coverage: ${whole} of ${guides} guide(s) fully accounted for; ${steps.length} sentence(s) matched (${kinds}; among them ${special}); ${waiting} waiting for a definition.`;
}
