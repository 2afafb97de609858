import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { SKINS } from '../../src/config/schema.js';
import type { Skin } from '../../src/config/settings.js';
import { variantProject } from '../../src/report/outcome.js';
import { runGuides, type ChildRun, type ChildRunOptions } from './child-run.js';

/**
 * A batch: several stand-ins (drift variants, transforms) served by one stand-in process and
 * walked by one child Playwright, one project per skin whose tests run every variant's guides.
 * Each variant keeps its own test here, read from its slice of the batch's reports; the batch
 * spares every variant the cost of a Playwright, a stand-in, and (the variant being a test's
 * option) a worker and a browser of its own.
 */
export const batchSpecSchema = z.object({
  variants: z
    .array(
      z.object({
        name: z.string().min(1),
        /** The guides each skin runs on this variant's stand-in. */
        runs: z
          .array(
            z.object({
              skin: z.enum(SKINS),
              guides: z.array(z.string().min(1)).min(1),
              /** false: the docs images are left out of these runs (no capture, drawn at scale 1). */
              images: z.literal(false).optional(),
            }),
          )
          .min(1),
      }),
    )
    .min(1),
  /** Every guide of the batch is expected to drift (a drift variant): its failure keeps the worker. */
  expectDrift: z.boolean().default(false),
});
export type BatchSpec = z.infer<typeof batchSpecSchema>;
export type BatchVariant = BatchSpec['variants'][number];

/** The skins a batch's stand-in must serve. */
export function batchSkins(spec: BatchSpec): Skin[] {
  return SKINS.filter((skin) => spec.variants.some((variant) => variant.runs.some((run) => run.skin === skin)));
}

/**
 * Splits variants into `count` batches of about equal work (guide runs), heaviest first; each
 * batch runs in its own child Playwright, so the parent's workers share them.
 */
export function shareOut(variants: readonly BatchVariant[], count: number, weight: (variant: BatchVariant) => number = guideRuns): BatchSpec[] {
  const batches = Array.from({ length: Math.min(count, variants.length) }, () => ({ variants: [] as BatchVariant[], load: 0 }));
  for (const variant of [...variants].sort((a, b) => weight(b) - weight(a))) {
    const lightest = batches.reduce((min, batch) => (batch.load < min.load ? batch : min));
    lightest.variants.push(variant);
    lightest.load += weight(variant);
  }
  return batches.map(({ variants }) => ({ variants, expectDrift: false }));
}

function guideRuns(variant: BatchVariant): number {
  return variant.runs.reduce((sum, run) => sum + run.guides.length, 0);
}

/** The environment variable the batch config reads its spec from. */
export const BATCH_ENV = 'GUIDE_BATCH';
export const BATCH_CONFIG = path.join(path.dirname(fileURLToPath(import.meta.url)), 'batch.config.ts');

/** The batch's project for `skin`: the guide project's own name in playwright.config.ts. */
export function skinProject(skin: Skin): string {
  return skin === 'classic' ? 'guides' : `guides-${skin}`;
}

/** The tag of a batch's tests that run on `skin`: its project greps for it. */
export function skinTag(skin: Skin): string {
  return `@${skin}`;
}

/** The describe that holds a variant's tests: how the list reporter's failure lines name it. */
export function variantTitle(variant: string): string {
  return `stand-in variant ${variant}`;
}

/** How the reports name `variant`'s run on `skin`. */
export function batchProject(skin: Skin, variant: string): string {
  return variantProject(skinProject(skin), variant);
}

/**
 * Runs a batch in a child Playwright and returns its reports. Two workers by default: a guide run
 * spends about half its time waiting on the page (a missing label's timeout, a late page), so two
 * batches of two keep both cores busy where two guides at a time left them half idle.
 */
export function runBatch(spec: BatchSpec, options: Omit<ChildRunOptions, 'guides' | 'projects' | 'config'> = {}): Promise<ChildRun> {
  const guides = [...new Set(spec.variants.flatMap((variant) => variant.runs.flatMap((run) => run.guides)))];
  return runGuides({
    workers: 2,
    ...options,
    config: BATCH_CONFIG,
    guides,
    standinPorts: spec.variants.length * SKINS.length,
    env: {
      ...options.env,
      [BATCH_ENV]: JSON.stringify(batchSpecSchema.parse(spec)),
      STANDIN_VARIANTS: spec.variants.map((v) => v.name).join(','),
      // Nor the page's accessibility snapshot Playwright writes beside each failure for a person to read.
      PLAYWRIGHT_NO_COPY_PROMPT: '1',
    },
  });
}

/** What one variant of a batch did: its guides' records, its failures as printed, its summary rows. */
export interface VariantRun {
  variant: string;
  /** How many guide runs the batch asked of this variant (its guides on each of its skins). */
  expected: number;
  guides: ChildRun['guides'];
  unrecorded: ChildRun['unrecorded'];
  /** Load errors stop the whole batch: every variant carries them. */
  loadErrors: string[];
  /** The list reporter's failure blocks of this variant's projects, as a docs writer reads them. */
  output: string;
  /** The drift summary's table rows naming this variant's projects. */
  summaryRows: string[];
  /** The batch's whole output, for a failing assertion's message. */
  batchOutput: string;
}

const BATCHES_DIR = path.resolve('test-results', 'batches');

interface SavedBatch {
  spec: BatchSpec;
  run: ChildRun;
}

/** Keeps a batch's run for the variants' tests, which run in other workers after it. */
export function saveBatch(name: string, spec: BatchSpec, run: ChildRun): void {
  mkdirSync(BATCHES_DIR, { recursive: true });
  const file = path.join(BATCHES_DIR, `${name}.json`);
  writeFileSync(`${file}.tmp`, JSON.stringify({ spec, run } satisfies SavedBatch));
  // Renamed into place: a variant's test never reads half a batch.
  renameSync(`${file}.tmp`, file);
}

/** The slice of the saved batches (named `<prefix>…`) that ran `variant`, or undefined when none did. */
export function variantRun(prefix: string, variant: string): VariantRun | undefined {
  if (!existsSync(BATCHES_DIR)) return undefined;
  for (const file of readdirSync(BATCHES_DIR).filter((f) => f.startsWith(prefix) && f.endsWith('.json'))) {
    const { spec, run } = JSON.parse(readFileSync(path.join(BATCHES_DIR, file), 'utf8')) as SavedBatch;
    const asked = spec.variants.find((v) => v.name === variant);
    if (!asked) continue;
    const projects = asked.runs.map((run) => batchProject(run.skin, variant));
    return {
      variant,
      expected: guideRuns(asked),
      guides: run.guides.filter((guide) => projects.includes(guide.project)),
      unrecorded: run.unrecorded.filter((guide) => projects.includes(guide.project)),
      loadErrors: run.loadErrors,
      output: failureBlocks(run.output, variant, asked.runs.map((r) => r.skin)),
      summaryRows: run.summary.split('\n').filter((line) => line.startsWith('|') && projects.some((project) => line.includes(`(${project})`))),
      batchOutput: run.output,
    };
  }
  return undefined;
}

/**
 * The list reporter's closing failure blocks ("  1) [project] › file › stand-in variant … › guide ›
 * title" and the error under it) of `variant` on the given skins.
 */
export function failureBlocks(output: string, variant: string, skins: readonly Skin[]): string {
  const blocks = output.split(/^(?=\s{2}\d+\) \[)/m).slice(1);
  const projects = skins.map(skinProject);
  return blocks
    .filter((block) => {
      const header = block.trimStart().split('\n')[0];
      return projects.includes(header.match(/^\d+\) \[([^\]]+)\]/)?.[1] ?? '') && header.includes(` › ${variantTitle(variant)} › `);
    })
    .join('');
}
