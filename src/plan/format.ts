import path from 'node:path';
import { styleText } from 'node:util';
import type { GuidePlan } from './plan.js';

const KIND_WIDTH = 10;

/** A guide's plan as lines a docs writer reads top to bottom: place, kind, definition, labels. */
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
  plan.steps.forEach((step, index) => {
    lines.push(...captureLine(index, 'before'));
    const kindColor = step.kind === 'action' ? 'cyan' : step.kind === 'check' ? 'green' : 'gray';
    const definition = `${step.definition.definedAt.file}:${step.definition.definedAt.line}`;
    const labels = step.sentence.labels.length ? `  labels: ${step.sentence.labels.map((l) => `«${l}»`).join(', ')}` : '';
    const reason = step.kind === 'narrative' ? `  (${step.definition.reason})` : '';
    lines.push(`  ${`${plan.guide.path}:${step.sentence.line}:${step.sentence.column}`.padEnd(40)} ${paint(kindColor, step.kind.padEnd(KIND_WIDTH))} ${definition}${labels}${reason}`);
    lines.push(`  ${''.padEnd(40)} ${''.padEnd(KIND_WIDTH)} ${paint('gray', step.sentence.text)}`);
    lines.push(...captureLine(index, 'after'));
  });
  return `${lines.join('\n')}\n`;
}
