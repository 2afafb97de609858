import { existsSync } from 'node:fs';
import path from 'node:path';
import type { CacheSettings } from '../guide/cache.js';
import { loadGuides } from '../guide/load-many.js';
import { ImagePathError, resolveImagePath } from '../guide/image-path.js';
import { imageRoot, resolveGuideLink } from '../guide/site-paths.js';
import { GuideSyntaxError, type Guide, type GuideSentence, type ImageRef, type SourcePoint } from '../guide/types.js';
import { CaptureSpecError, readCaptureSpecs, type CaptureSpec } from '../screenshots/spec.js';
import { matcherFor, type StepMatch, type StepArgument, type StepDefinition, type StepKind } from '../vocabulary/index.js';
import type { Reading } from '../understand/read.js';
import { readSettlements, type Settlement } from './settle.js';
import { suspiciousEdits } from './checks.js';
import { selectGuides, type SelectedGuide } from './select.js';

export interface PlannedStep {
  sentence: GuideSentence;
  kind: StepKind;
  definition: StepDefinition;
  args: StepArgument[];
  /** What the sentence promises to wait for: "пары минут" → 120,000 ms. */
  waits?: { text: string; ms: number };
  /** How the sentence was read: the words passed over, its purpose clause. */
  reading?: Reading;
  /** Who accounted for the sentence when no definition's words did: the rule for prose, or the guide's sidecar. */
  settledBy?: 'rule' | 'sidecar';
}

/** An image of the guide, to be captured before or after one of its sentences. */
export interface CapturePoint {
  image: ImageRef;
  spec: CaptureSpec;
  /** Absolute path of the docs image, checked by resolveImagePath to lie inside the docs root. */
  file: string;
  /** Index of the sentence the capture is tied to. */
  sentence: number;
  when: 'before' | 'after' | 'during';
  /** With `during`: a moment inside that sentence's step (`opened`: the page its link opens), instead of before or after it. */
  moment?: string;
}

/** An image the guide shows that another guide takes (its capture spec says `capturedBy`): neither captured nor compared here. */
export interface BorrowedImage {
  image: ImageRef;
  /** Absolute path of the docs image. */
  file: string;
  /** The guide that captures it (absolute path). */
  capturedBy: string;
}

export interface GuidePlan {
  guide: Guide;
  steps: PlannedStep[];
  captures: CapturePoint[];
  borrowed: BorrowedImage[];
}

export interface PlanProblem {
  where: SourcePoint;
  message: string;
  /** A definition to paste, for a sentence no definition knows. */
  stub?: string;
}

export interface PlanSet {
  plans: GuidePlan[];
  problems: PlanProblem[];
  /** Not fatal for verification, but fatal for regenerating screenshots (one image, two captures). */
  warnings: PlanProblem[];
  /** Worth a look, never fatal: a missing committed image, a suspicious edit. */
  notices: PlanProblem[];
}

/** Longer than this, a "sentence" is a paragraph the splitter could not cut: nobody writes one instruction so long. */
export const MAX_SENTENCE_CHARS = 1000;

/** A narrative given by where a sentence stands or by a rule, not by a definition's meaning: `reason` says which. */
function byRule(name: string, reason: string): StepDefinition {
  return { name, kind: 'narrative', meaning: { says: [] }, reason, definedAt: { file: 'src/plan/plan.ts', line: 0, column: 0 } };
}

/**
 * A table cell no definition knows is narrative: tables describe the UI (fields, options, prices),
 * they give no instruction. A cell that does read as a known instruction still runs.
 */
const TABLE_CELL = byRule('table-cell', 'a table cell: tables describe the UI, they give no instruction');

/** The guide's first top heading, when no definition knows it, is its title: narrative by its place. */
const TITLE = byRule('title', "the guide's title: the sentences below are its steps");

/** Matches every sentence of a guide to exactly one definition and places its image captures. */
export function planGuide(guide: Guide, guidesRoot: string): { plan: GuidePlan; problems: PlanProblem[]; warnings: PlanProblem[]; notices: PlanProblem[] } {
  const problems: PlanProblem[] = [];
  const warnings: PlanProblem[] = [];
  const notices: PlanProblem[] = [];
  const steps: PlannedStep[] = [];
  const matcher = matcherFor(guide.lang);
  let settlements = new Map<number, Settlement>();
  try {
    settlements = readSettlements(guide);
  } catch (error) {
    if (!(error instanceof GuideSyntaxError)) throw error;
    problems.push({ where: error.where, message: error.problem });
  }
  for (const sentence of guide.sentences) {
    if (sentence.text.length > MAX_SENTENCE_CHARS) {
      problems.push({
        where: sentence,
        message: `this sentence is ${sentence.text.length.toLocaleString('en')} characters long («${excerpt(sentence.text)}»); a guide sentence is one instruction: end it with a full stop and split the paragraph`,
      });
      continue;
    }
    const settled = settlements.get(sentence.index);
    if (settled?.as === 'prose') {
      steps.push({ sentence, kind: 'narrative', definition: byRule('prose', `settled as prose by the guide: ${settled.reason}`), args: [], settledBy: 'sidecar' });
      continue;
    }
    if (settled) {
      const found = matcher.settle(sentence, settled.definition);
      if ('problem' in found) problems.push({ where: sentence, message: `the guide's sidecar (${settled.where.file}:${settled.where.line}) ${found.problem}` });
      else steps.push(plannedStep(sentence, found.match, 'sidecar'));
      continue;
    }
    const outcome = matcher.match(sentence);
    if (outcome.status === 'matched') {
      steps.push(plannedStep(sentence, outcome.match));
    } else if (sentence.heading === 1 && outcome.status !== 'ambiguous' && sentence === guide.sentences.find((s) => s.heading === 1)) {
      steps.push({ sentence, kind: 'narrative', definition: TITLE, args: [] });
    } else if (outcome.status === 'prose') {
      steps.push({ sentence, kind: 'narrative', definition: byRule('prose', outcome.reason), args: [], reading: outcome.reading, settledBy: 'rule' });
    } else if (sentence.tableCell && outcome.status === 'unmatched') {
      steps.push({ sentence, kind: 'narrative', definition: TABLE_CELL, args: [] });
    } else if (outcome.status === 'unmatched') {
      const nearest = outcome.nearest ? `; the nearest definition, «${outcome.nearest.definition.name}» (${outcome.nearest.definition.definedAt.file}:${outcome.nearest.definition.definedAt.line}), does not fit: the sentence ${outcome.nearest.why.join('; ')}` : '';
      problems.push({ where: sentence, message: `no definition means «${sentence.text}»${nearest}`, stub: outcome.stub });
    } else {
      const places = outcome.matches.map((m) => `«${m.definition.name}» (${m.definition.definedAt.file}:${m.definition.definedAt.line})`);
      problems.push({
        where: sentence,
        message: `«${sentence.text}» fits ${outcome.matches.length} definitions: ${places.join(' and ')}; make one of them ask for a concept the other's sentences lack, or settle the sentence in the guide's sidecar`,
      });
    }
  }
  if (guide.sentences.length === 0) {
    problems.push({ where: { file: guide.path, line: 1, column: 1 }, message: 'the guide has no sentences to execute' });
  } else if (steps.length && steps.every((step) => step.kind === 'narrative')) {
    problems.push({ where: { file: guide.path, line: 1, column: 1 }, message: 'every sentence of the guide is narrative: nothing would be verified' });
  }

  const captures: CapturePoint[] = [];
  const borrowed: BorrowedImage[] = [];
  let specs = new Map<string, CaptureSpec>();
  try {
    specs = readCaptureSpecs(guide);
  } catch (error) {
    if (!(error instanceof GuideSyntaxError)) throw error;
    const issues = error instanceof CaptureSpecError ? error.issues : [{ where: error.where, problem: error.problem }];
    for (const { where, problem } of issues) problems.push({ where, message: problem });
  }
  const firstShown = new Map<string, ImageRef>();
  for (const image of guide.images) {
    let file: string;
    try {
      file = resolveImagePath(imageRoot(guidesRoot, image.src), image.src, path.dirname(guide.file));
    } catch (error) {
      if (!(error instanceof ImagePathError)) throw error;
      if (error.problem === 'outside-root') problems.push({ where: image, message: `the image ${error.message}; it is refused, and no screenshot will be written there` });
      else notices.push({ where: image, message: `the image ${error.message}; it is not captured` });
      continue;
    }
    const earlier = firstShown.get(file);
    if (earlier) {
      warnings.push({ where: image, message: `the guide shows ${image.src} twice (lines ${earlier.line} and ${image.line}); each capture would overwrite the other: give each its own file` });
      continue;
    }
    firstShown.set(file, image);
    if (!existsSync(file)) {
      notices.push({ where: image, message: `the guide shows ${image.src}, but ${shownPath(file)} does not exist; \`npm run screenshots\` creates it, or fix the path` });
    }
    const spec = specs.get(image.src) ?? {};
    if (spec.capturedBy !== undefined) {
      const owner = resolveGuideLink(guide, spec.capturedBy);
      if (!owner || owner === guide.file) {
        const what = owner ? 'this very guide' : 'no guide of the docs';
        problems.push({ where: image, message: `the capture spec of ${image.src} says another guide takes it (capturedBy: ${spec.capturedBy}), but that names ${what}` });
      } else {
        borrowed.push({ image, file, capturedBy: owner });
      }
      continue;
    }
    const anchor = spec.before ?? spec.after;
    let sentence = Math.max(image.afterSentence, 0);
    let when: CapturePoint['when'] = image.afterSentence < 0 ? 'before' : 'after';
    if (anchor !== undefined) {
      const found = guide.sentences.findIndex((candidate) => candidate.text.startsWith(anchor));
      if (found < 0) {
        problems.push({ where: image, message: `the capture spec of ${image.src} anchors to «${anchor}», which no sentence of the guide starts with` });
        continue;
      }
      sentence = found;
      when = spec.before !== undefined ? 'before' : 'after';
    }
    captures.push({ image, spec, file, sentence, when: spec.moment ? 'during' : when, ...(spec.moment ? { moment: spec.moment } : {}) });
  }
  for (const src of specs.keys()) {
    if (!guide.images.some((image) => image.src === src)) {
      problems.push({ where: { file: guide.path.replace(/\.md$/, '.screenshots.yml'), line: 1, column: 1 }, message: `a capture spec names ${src}, which the guide does not show` });
    }
  }
  notices.push(...suspiciousEdits(guide, steps));
  return { plan: { guide, steps, captures, borrowed }, problems, warnings, notices };
}

function plannedStep(sentence: GuideSentence, match: StepMatch, settledBy?: 'sidecar'): PlannedStep {
  const { definition, args, durations, reading } = match;
  return { sentence, kind: definition.kind, definition, args, reading, ...(durations[0] ? { waits: durations[0] } : {}), ...(settledBy ? { settledBy } : {}) };
}

/**
 * Loads and plans guides (all under the root, or the given ones), checking them across guides too.
 * Plain file paths are read against `guidesRoot`; use selectGuides for the GUIDES / command-line rules.
 * `settings` choose the parsed-guide cache (default: the process's).
 */
export function planGuides(guidesRoot: string, selected?: readonly string[] | readonly SelectedGuide[], settings?: CacheSettings): PlanSet {
  const problems: PlanProblem[] = [];
  const warnings: PlanProblem[] = [];
  const notices: PlanProblem[] = [];
  const plans: GuidePlan[] = [];
  const guides: SelectedGuide[] = selected?.length
    ? selected.map((entry) => (typeof entry === 'string' ? { file: path.resolve(entry), root: guidesRoot } : entry))
    : selectGuides(guidesRoot, undefined, []).guides;
  loadGuides(guides, settings).forEach((loaded, n) => {
    const { root } = guides[n];
    try {
      if (loaded instanceof GuideSyntaxError) throw loaded;
      const planned = planGuide(loaded, root);
      plans.push(planned.plan);
      problems.push(...planned.problems);
      warnings.push(...planned.warnings);
      notices.push(...planned.notices);
    } catch (error) {
      if (!(error instanceof GuideSyntaxError)) throw error;
      problems.push({ where: error.where, message: error.problem });
    }
  });
  if (!plans.length && !problems.length) {
    problems.push({ where: { file: path.relative(process.cwd(), guidesRoot) || '.', line: 0, column: 0 }, message: 'no guides (*.md) found under the guides root' });
  }
  return { plans, problems, warnings: [...warnings, ...sharedImages(plans)], notices };
}

/**
 * Two guides claiming one image would overwrite each other's screenshots; an image a guide leaves
 * to another (`capturedBy`) must be one that guide takes, when it is planned too, or nobody would.
 */
function sharedImages(plans: readonly GuidePlan[]): PlanProblem[] {
  const owners = new Map<string, CapturePoint[]>();
  for (const plan of plans) for (const capture of plan.captures) owners.set(capture.file, [...(owners.get(capture.file) ?? []), capture]);
  const warnings: PlanProblem[] = [];
  for (const [file, claims] of owners) {
    const guides = [...new Set(claims.map((claim) => claim.image.file))];
    if (guides.length < 2) continue;
    warnings.push({
      where: claims[1].image,
      message: `${guides.join(' and ')} both show ${claims[0].image.src} (${file}); each guide needs its own image path, e.g. .../en/${path.basename(file)}, or one of them leaves it to the other (capturedBy in its .screenshots.yml)`,
    });
  }
  for (const plan of plans) {
    for (const image of plan.borrowed) {
      const owner = plans.find((other) => other.guide.file === image.capturedBy);
      if (owner && !owner.captures.some((capture) => capture.file === image.file)) {
        warnings.push({ where: image.image, message: `${image.image.src} is left to ${owner.guide.path} (capturedBy), which does not capture it: no guide would take it` });
      }
    }
  }
  return warnings;
}

/** A file as messages show it: relative to the current folder when inside it, else absolute. */
function shownPath(file: string): string {
  const relative = path.relative(process.cwd(), file);
  return relative && !relative.startsWith('..') && !path.isAbsolute(relative) ? relative : file;
}

/** The start of a long text, for messages. */
function excerpt(text: string, max = 80): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}

/**
 * One message listing every problem with its place. A stub to paste is printed once, after the
 * places that need it, with how many sentences need it; the message closes with the count.
 */
export function formatProblems(problems: readonly PlanProblem[]): string {
  const place = (problem: PlanProblem) => `${problem.where.file}:${problem.where.line}:${problem.where.column}`;
  const lines = problems.map((problem) => `${place(problem)}: ${problem.message}`);
  const stubs = new Map<string, PlanProblem[]>();
  for (const problem of problems) if (problem.stub) stubs.set(problem.stub, [...(stubs.get(problem.stub) ?? []), problem]);
  if (!stubs.size) return lines.join('\n\n');
  const pastes = [...stubs].map(([stub, needing]) => {
    const who = needing.length === 1 ? `needed by ${place(needing[0])}` : `needed by ${needing.length} sentences: ${needing.map(place).join(', ')}`;
    return `Paste into src/vocabulary/definitions.ts (${who}):\n${stub.replace(/^/gm, '    ')}`;
  });
  const sentences = [...stubs.values()].reduce((sum, needing) => sum + needing.length, 0);
  const guides = new Set([...stubs.values()].flat().map((problem) => problem.where.file)).size;
  const count = `${sentences} sentence${sentences === 1 ? '' : 's'} in ${guides} guide${guides === 1 ? '' : 's'} need${sentences === 1 ? 's' : ''} a definition.`;
  return [lines.join('\n\n'), ...pastes, count].join('\n\n');
}
