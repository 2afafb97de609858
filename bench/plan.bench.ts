import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { planGuides } from '../src/plan/plan.js';
import { generateGuides } from './generate.js';
import { stats, type Figure } from './stats.js';

/**
 * Loading and matching N generated guides in this process, for several sizes: cold (every guide
 * parsed, a fresh folder each run) and warm (unchanged guides, parsed models from the cache). For
 * 1,000 guides, cold is measured three ways, alternating: as planning runs by default (helper
 * threads from 3 cores), on this thread alone (GUIDE_THREADS=0) and with helpers forced
 * (GUIDE_THREADS=1), so each machine shows whether its helpers pay.
 */
export function benchPlanning(runs = 5): Figure[] {
  const figures: Figure[] = [];
  for (const count of [250, 500, 1000]) {
    const cold: number[] = [];
    const forced: Record<'0' | '1', number[]> = { '0': [], '1': [] };
    const warm: number[] = [];
    let sentences = 0;
    for (let run = 0; run < runs; run++) {
      const root = mkdtempSync(path.join(os.tmpdir(), 'bench-guides-'));
      generateGuides(root, count, run);
      cold.push(time(() => (sentences = plannedSentences(root))));
      warm.push(time(() => plannedSentences(root)));
      rmSync(root, { recursive: true, force: true });
      if (count === 1000) {
        for (const threads of ['0', '1'] as const) {
          const again = mkdtempSync(path.join(os.tmpdir(), 'bench-guides-'));
          generateGuides(again, count, (threads === '0' ? 1 : 2) * runs + run);
          process.env.GUIDE_THREADS = threads;
          forced[threads].push(time(() => plannedSentences(again)));
          delete process.env.GUIDE_THREADS;
          rmSync(again, { recursive: true, force: true });
        }
      }
    }
    const target = count === 1000 ? 'under 1 s' : undefined;
    figures.push({ name: `plan ${count} guides, cold (${sentences} sentences)`, unit: 'ms', target, ...stats(cold) });
    if (forced['0'].length) figures.push({ name: `plan ${count} guides, cold, one thread`, unit: 'ms', target, ...stats(forced['0']) });
    if (forced['1'].length) figures.push({ name: `plan ${count} guides, cold, helpers forced`, unit: 'ms', target, ...stats(forced['1']) });
    figures.push({ name: `plan ${count} guides, warm`, unit: 'ms', target, ...stats(warm) });
  }
  return figures;
}

function plannedSentences(root: string): number {
  const set = planGuides(root);
  if (set.problems.length) throw new Error(`generated guides do not plan: ${set.problems[0].message}`);
  return set.plans.reduce((sum, plan) => sum + plan.steps.length, 0);
}

function time(fn: () => unknown): number {
  const start = performance.now();
  fn();
  return performance.now() - start;
}
