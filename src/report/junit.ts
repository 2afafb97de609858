import { create } from 'xmlbuilder2';
import type { XMLBuilder } from 'xmlbuilder2/lib/interfaces.js';
import { UNVERIFIED_CAUSE_TEXT } from '../execute/verdict.js';
import { DEFAULT_PROJECT, type GuideOutcome, type UnrecordedGuide } from './outcome.js';
import { isVisualProblem } from './verdict.js';

interface Case {
  attributes: Record<string, string>;
  /** `failure`: the guide drifted; `error`: it could not be verified; `skipped`: not reached. */
  outcome?: { element: 'failure' | 'error' | 'skipped'; message: string; type?: string; text?: string };
  properties?: Record<string, string>;
  out?: string;
}

interface Suite {
  attributes: Record<string, string>;
  cases: Case[];
}

/**
 * JUnit XML with one test case per guide sentence (and per image), so CI dashboards list the
 * exact guide line that broke; `file` and `line` point into the Markdown. Drift is a `failure`;
 * a sentence that could not be verified is an `error`, as JUnit marks a test that could not run.
 */
export function junitXml(outcomes: readonly GuideOutcome[], unrecorded: readonly UnrecordedGuide[], loadErrors: readonly string[]): string {
  const suites: Suite[] = [
    ...outcomes.map(guideSuite),
    ...unrecorded.map((guide, index) => ({
      attributes: { name: `${guide.title} (${guide.project})`, file: `guides/${guide.guide}` },
      cases: [{ attributes: { name: `${guide.guide} run ${index + 1}`, classname: guide.guide }, outcome: { element: 'error' as const, message: firstLine(guide.error), type: 'could-not-start', text: guide.error } }],
    })),
    ...loadErrors.map((error, index) => ({
      attributes: { name: `loading guides ${index + 1}` },
      cases: [{ attributes: { name: 'guides load' }, outcome: { element: 'error' as const, message: firstLine(error), type: 'load', text: error } }],
    })),
  ];
  // Control characters from terminal output are not allowed in XML 1.0; they carry no meaning here.
  const doc = create({ version: '1.0', encoding: 'UTF-8', invalidCharReplacement: '' });
  const root = doc.ele('testsuites', { name: 'guides', ...counts(suites.flatMap((s) => s.cases)) });
  for (const suite of suites) {
    const element = root.ele('testsuite', { ...suite.attributes, ...counts(suite.cases) });
    for (const testCase of suite.cases) writeCase(element, testCase);
  }
  return doc.end({ prettyPrint: true }) + '\n';
}

function guideSuite(outcome: GuideOutcome): Suite {
  const { record } = outcome;
  const file = `guides/${record.guide}`;
  const classname = outcome.project === DEFAULT_PROJECT ? record.guide : `${outcome.project}.${record.guide}`;
  const cases: Case[] = [];
  for (const sentence of record.sentences) {
    const attributes: Record<string, string> = {
      name: `${record.guide}:${sentence.line}:${sentence.column} ${sentence.text}`,
      classname,
      file,
      line: String(sentence.line),
      ...(sentence.durationMs === undefined ? {} : { time: (sentence.durationMs / 1000).toFixed(3) }),
    };
    const where = `${file}:${sentence.line}:${sentence.column}`;
    if (sentence.status === 'failed') {
      const drift = sentence.drift;
      const message = drift ? `${drift.kind}: ${drift.expected} The page has instead: ${drift.actual}` : 'failed';
      cases.push({ attributes, outcome: { element: 'failure', message, type: drift?.kind ?? 'drift', text: `${where}\n${message}${drift?.fix ? `\nSuggested fix: ${drift.fix}` : ''}` } });
    } else if (sentence.status === 'could not verify') {
      const unverified = sentence.unverified;
      const cause = unverified ? UNVERIFIED_CAUSE_TEXT[unverified.cause] : undefined;
      const message = `Could not verify: ${cause?.short ?? 'unknown cause'}${unverified ? ` (${unverified.detail})` : ''}`;
      cases.push({ attributes, outcome: { element: 'error', message, type: unverified?.cause ?? 'unexpected', text: `${where}\n${message}${cause ? `\nWhat to do: ${cause.fix}` : ''}` } });
    } else if (sentence.status === 'not applicable') {
      cases.push({ attributes, outcome: { element: 'skipped', message: sentence.notes[0] ?? 'an alternative that does not apply to the persona' } });
    } else if (sentence.status === 'not run') {
      cases.push({ attributes, outcome: { element: 'skipped', message: 'a sentence before it failed or could not be verified' } });
    } else {
      cases.push({ attributes, properties: { kind: sentence.kind }, out: sentence.notes.join('\n') || undefined });
    }
  }
  for (const image of record.images) {
    const attributes = { name: `${record.guide}:${image.line} screenshot ${image.src}`, classname, file, line: String(image.line) };
    if (isVisualProblem(image)) cases.push({ attributes, outcome: { element: 'failure', message: `visual drift: ${image.message ?? image.status}`, type: 'visual' } });
    else if (image.status === 'not reached' || image.status === 'skipped') cases.push({ attributes, outcome: { element: 'skipped', message: image.message ?? image.status } });
    else cases.push({ attributes });
  }
  // Failures between sentences (a timeout, a crash) have no sentence of their own.
  for (const error of outcome.errors) {
    cases.push({ attributes: { name: `${record.guide} run`, classname, file }, outcome: { element: 'error', message: firstLine(error), type: 'unexpected', text: error } });
  }
  return { attributes: { name: outcome.project === DEFAULT_PROJECT ? record.title : `${record.title} (${outcome.project})`, file }, cases };
}

function writeCase(suite: XMLBuilder, testCase: Case): void {
  const element = suite.ele('testcase', testCase.attributes);
  if (testCase.properties) {
    const properties = element.ele('properties');
    for (const [name, value] of Object.entries(testCase.properties)) properties.ele('property', { name, value });
  }
  if (testCase.outcome) {
    const { element: kind, message, type, text } = testCase.outcome;
    const child = element.ele(kind, { message, ...(type ? { type } : {}) });
    if (text) child.txt(text);
  }
  if (testCase.out) element.ele('system-out').txt(testCase.out);
}

function counts(cases: readonly Case[]): Record<string, string> {
  const count = (kind: string) => String(cases.filter((c) => c.outcome?.element === kind).length);
  return { tests: String(cases.length), failures: count('failure'), errors: count('error'), skipped: count('skipped') };
}

function firstLine(text: string): string {
  return text.split('\n')[0];
}
