import path from 'node:path';
import { findGuides, loadGuide } from '../guide/index.js';
import { GuideSyntaxError, type Guide, type GuideSentence, type ImageRef, type SourcePoint } from '../guide/types.js';
import { imageFile, readCaptureSpecs, type CaptureSpec } from '../screenshots/spec.js';
import { matcherFor, type StepArgument, type StepDefinition, type StepKind } from '../vocabulary/index.js';

export interface PlannedStep {
  sentence: GuideSentence;
  kind: StepKind;
  definition: StepDefinition;
  args: StepArgument[];
}

/** An image of the guide, to be captured before or after one of its sentences. */
export interface CapturePoint {
  image: ImageRef;
  spec: CaptureSpec;
  /** Absolute path of the docs image. */
  file: string;
  /** Index of the sentence the capture is tied to. */
  sentence: number;
  when: 'before' | 'after';
}

export interface GuidePlan {
  guide: Guide;
  steps: PlannedStep[];
  captures: CapturePoint[];
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
  /** Not fatal for verification, but fatal for regenerating screenshots. */
  warnings: PlanProblem[];
}

/** Matches every sentence of a guide to exactly one definition and places its image captures. */
export function planGuide(guide: Guide, guidesRoot: string): { plan: GuidePlan; problems: PlanProblem[] } {
  const problems: PlanProblem[] = [];
  const steps: PlannedStep[] = [];
  const matcher = matcherFor(guide.lang);
  for (const sentence of guide.sentences) {
    const outcome = matcher.match(sentence);
    if (outcome.status === 'matched') {
      steps.push({ sentence, kind: outcome.match.definition.kind, definition: outcome.match.definition, args: outcome.match.args });
    } else if (outcome.status === 'unmatched') {
      problems.push({ where: sentence, message: `no step definition matches «${sentence.text}»`, stub: outcome.stub });
    } else {
      const places = outcome.matches.map((m) => `${m.definition.definedAt.file}:${m.definition.definedAt.line} ${String(m.definition.pattern)}`);
      problems.push({ where: sentence, message: `«${sentence.text}» matches ${outcome.matches.length} definitions; make one more specific:\n  ${places.join('\n  ')}` });
    }
  }
  if (guide.sentences.length === 0) {
    problems.push({ where: { file: guide.path, line: 1, column: 1 }, message: 'the guide has no sentences to execute' });
  } else if (steps.length && steps.every((step) => step.kind === 'narrative')) {
    problems.push({ where: { file: guide.path, line: 1, column: 1 }, message: 'every sentence of the guide is narrative: nothing would be verified' });
  }

  const captures: CapturePoint[] = [];
  let specs = new Map<string, CaptureSpec>();
  try {
    specs = readCaptureSpecs(guide);
  } catch (error) {
    if (!(error instanceof GuideSyntaxError)) throw error;
    problems.push({ where: error.where, message: error.problem });
  }
  for (const image of guide.images) {
    const spec = specs.get(image.src) ?? {};
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
    captures.push({ image, spec, file: imageFile(guide, guidesRoot, image.src), sentence, when });
  }
  for (const src of specs.keys()) {
    if (!guide.images.some((image) => image.src === src)) {
      problems.push({ where: { file: guide.path.replace(/\.md$/, '.screenshots.yml'), line: 1, column: 1 }, message: `a capture spec names ${src}, which the guide does not show` });
    }
  }
  return { plan: { guide, steps, captures }, problems };
}

/** Loads and plans guides (all under the root, or the given files), checking them across guides too. */
export function planGuides(guidesRoot: string, files?: readonly string[]): PlanSet {
  const problems: PlanProblem[] = [];
  const plans: GuidePlan[] = [];
  for (const file of files?.length ? files : findGuides(guidesRoot)) {
    try {
      const { plan, problems: found } = planGuide(loadGuide(file, guidesRoot), guidesRoot);
      plans.push(plan);
      problems.push(...found);
    } catch (error) {
      if (!(error instanceof GuideSyntaxError)) throw error;
      problems.push({ where: error.where, message: error.problem });
    }
  }
  if (!plans.length && !problems.length) {
    problems.push({ where: { file: path.relative(process.cwd(), guidesRoot) || '.', line: 0, column: 0 }, message: 'no guides (*.md) found under the guides root' });
  }
  return { plans, problems, warnings: sharedImages(plans) };
}

/** Two guides claiming one image would overwrite each other's screenshots. */
function sharedImages(plans: readonly GuidePlan[]): PlanProblem[] {
  const owners = new Map<string, CapturePoint[]>();
  for (const plan of plans) for (const capture of plan.captures) owners.set(capture.file, [...(owners.get(capture.file) ?? []), capture]);
  const warnings: PlanProblem[] = [];
  for (const [file, claims] of owners) {
    const guides = [...new Set(claims.map((claim) => claim.image.file))];
    if (guides.length < 2) continue;
    warnings.push({
      where: claims[1].image,
      message: `${guides.join(' and ')} both show ${claims[0].image.src} (${file}); each guide needs its own image path, e.g. .../en/${path.basename(file)}`,
    });
  }
  return warnings;
}

/** One message listing every problem, each with its place and, where useful, a stub to paste. */
export function formatProblems(problems: readonly PlanProblem[]): string {
  return problems
    .map((problem) => {
      const head = `${problem.where.file}:${problem.where.line}:${problem.where.column}: ${problem.message}`;
      return problem.stub ? `${head}\n  Paste into src/vocabulary/definitions/<lang>.ts:\n${problem.stub.replace(/^/gm, '    ')}` : head;
    })
    .join('\n\n');
}
