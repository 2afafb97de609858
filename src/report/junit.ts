import type { GuideOutcome } from './guide-reporter.js';

const escape = (text: string) =>
  text.replace(/[<>&"']/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&apos;' })[c] ?? c);

/**
 * JUnit XML with one test case per guide sentence (and per image), so CI dashboards list the
 * exact guide line that broke; `file` and `line` point into the Markdown.
 */
export function junitXml(outcomes: readonly GuideOutcome[], loadErrors: readonly string[]): string {
  const suites: string[] = [];
  let total = 0;
  let failedTotal = 0;
  for (const { record } of outcomes) {
    const cases: string[] = [];
    let failures = 0;
    let skipped = 0;
    const file = `guides/${record.guide}`;
    for (const sentence of record.sentences) {
      const name = escape(`${record.guide}:${sentence.line}:${sentence.column} ${sentence.text}`);
      const time = sentence.durationMs === undefined ? '' : ` time="${(sentence.durationMs / 1000).toFixed(3)}"`;
      const attrs = `name="${name}" classname="${escape(record.guide)}" file="${escape(file)}" line="${sentence.line}"${time}`;
      if (sentence.status === 'failed') {
        failures++;
        const drift = sentence.drift;
        const message = drift ? `${drift.kind}: ${drift.expected} The page has instead: ${drift.actual}` : 'failed';
        cases.push(`    <testcase ${attrs}><failure message="${escape(message)}" type="${escape(drift?.kind ?? 'error')}">${escape(`${file}:${sentence.line}:${sentence.column}\n${message}${drift?.fix ? `\nSuggested fix: ${drift.fix}` : ''}`)}</failure></testcase>`);
      } else if (sentence.status === 'not run') {
        skipped++;
        cases.push(`    <testcase ${attrs}><skipped message="a sentence before it failed"/></testcase>`);
      } else {
        const properties = `<properties><property name="kind" value="${sentence.kind}"/></properties>`;
        const out = sentence.notes.length ? `<system-out>${escape(sentence.notes.join('\n'))}</system-out>` : '';
        cases.push(`    <testcase ${attrs}>${properties}${out}</testcase>`);
      }
    }
    for (const image of record.images) {
      const attrs = `name="${escape(`${record.guide}:${image.line} screenshot ${image.src}`)}" classname="${escape(record.guide)}" file="${escape(file)}" line="${image.line}"`;
      if (image.status === 'drift' || image.status === 'missing' || image.status === 'failed') {
        failures++;
        cases.push(`    <testcase ${attrs}><failure message="${escape(`visual drift: ${image.message ?? image.status}`)}" type="visual"/></testcase>`);
      } else if (image.status === 'not reached') {
        skipped++;
        cases.push(`    <testcase ${attrs}><skipped message="${escape(image.message ?? '')}"/></testcase>`);
      } else cases.push(`    <testcase ${attrs}/>`);
    }
    total += cases.length;
    failedTotal += failures;
    suites.push(`  <testsuite name="${escape(record.title)}" file="${escape(file)}" tests="${cases.length}" failures="${failures}" skipped="${skipped}">\n${cases.join('\n')}\n  </testsuite>`);
  }
  for (const [index, error] of loadErrors.entries()) {
    total++;
    failedTotal++;
    suites.push(`  <testsuite name="loading guides ${index + 1}" tests="1" failures="1"><testcase name="guides load"><failure message="${escape(error.split('\n')[0])}">${escape(error)}</failure></testcase></testsuite>`);
  }
  return `<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="guides" tests="${total}" failures="${failedTotal}">\n${suites.join('\n')}\n</testsuites>\n`;
}
