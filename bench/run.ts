import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { runGuides } from '../tests/support/child-run.js';
import { benchPlanning } from './plan.bench.js';
import { stats, table, type Figure } from './stats.js';

/**
 * `npm run bench`: prints the suite's figures on this machine (medians of several runs, with min
 * and max). Targets are printed beside each figure; nothing here passes or fails.
 */
async function main(): Promise<void> {
  const runs = Number(process.env.BENCH_RUNS ?? 5);
  const figures: Figure[] = [];

  process.env.GUIDE_CACHE_DIR = mkdtempSync(path.join(os.tmpdir(), 'bench-cache-'));
  console.log('planning generated guides…');
  figures.push(...benchPlanning(runs));
  rmSync(process.env.GUIDE_CACHE_DIR, { recursive: true, force: true });
  delete process.env.GUIDE_CACHE_DIR;

  // One round per skin, each with its own hand-written baseline written for that skin's markup.
  for (const skin of ['classic', 'spa', 'dragon'] as const) {
    console.log(`verifying the registration guide against a hand-written test (${skin} skin)…`);
    const out = path.join(mkdtempSync(path.join(os.tmpdir(), 'bench-e2e-')), 'e2e.json');
    const e2e = spawnSync(process.execPath, ['node_modules/@playwright/test/cli.js', 'test', '--project=bench', '--workers=1', '--reporter=line'], {
      env: { ...process.env, BENCH_OUT: out, BENCH_RUNS: String(runs), BENCH_SKIN: skin, REPORTS_DIR: path.dirname(out) },
      stdio: 'inherit',
    });
    if (e2e.status !== 0 || !existsSync(out)) throw new Error(`the end-to-end benchmark failed on the ${skin} skin; see above`);
    const { engine, baseline, latency } = JSON.parse(readFileSync(out, 'utf8')) as Record<'engine' | 'baseline' | 'latency', number[]>;
    const ratios = engine.map((ms, i) => ms / baseline[i]);
    figures.push(
      { name: `registration guide (ru, ${skin}), engine`, unit: 'ms', ...stats(engine) },
      { name: `same steps, hand-written test (${skin})`, unit: 'ms', ...stats(baseline) },
      { name: `ratio engine / hand-written (${skin})`, unit: '×', target: 'at most 1.15', ...stats(ratios) },
      { name: `e-mail latency, «Ok» → readable (${skin})`, unit: 'ms', target: 'median under 100 ms', ...stats(latency) },
    );
  }

  console.log(`\n${table(figures)}\n\nregenerating screenshots…`);
  const first: number[] = [];
  const second: number[] = [];
  const rss: number[] = [];
  const workerRss: number[] = [];
  for (let run = 0; run < Math.max(3, Math.ceil(runs / 2)); run++) {
    const guides = mkdtempSync(path.join(os.tmpdir(), 'bench-guides-'));
    cpSync(path.resolve('guides'), guides, { recursive: true });
    for (const n of ['1', '2', '3']) rmSync(path.join(guides, `public/images/client-area/register/ru/${n}.png`));
    const rssFile = path.join(guides, 'rss.ndjson');
    const env = { NODE_OPTIONS: `--import=${path.resolve('bench/rss.mjs')}`, BENCH_RSS_FILE: rssFile };
    let start = performance.now();
    const fresh = await runGuides({ guidesDir: guides, update: 'changed', grep: 'Регистрация в личном', env });
    first.push(performance.now() - start);
    start = performance.now();
    const again = await runGuides({ guidesDir: guides, update: 'changed', grep: 'Регистрация в личном' });
    second.push(performance.now() - start);
    if (fresh.exitCode || again.exitCode) throw new Error(`regeneration failed:\n${fresh.output}\n${again.output}`);
    const unchanged = again.guides[0].images.every((image) => image.status === 'unchanged');
    if (!unchanged) throw new Error('the second regeneration rewrote images: churn');
    for (const line of readFileSync(rssFile, 'utf8').trim().split('\n')) {
      const entry = JSON.parse(line) as { role: string; maxRssKb: number };
      if (entry.role === 'runner') rss.push(entry.maxRssKb / 1024);
      if (entry.role === 'worker') workerRss.push(entry.maxRssKb / 1024);
    }
    rmSync(guides, { recursive: true, force: true });
  }
  figures.push(
    { name: 'regenerate 3 images (ru), whole run', unit: 'ms', ...stats(first) },
    { name: 'again, nothing changed (0 files written)', unit: 'ms', ...stats(second) },
    { name: 'peak RSS, test runner process', unit: 'MiB', ...stats(rss) },
    { name: 'peak RSS, test worker process', unit: 'MiB', ...stats(workerRss) },
  );

  console.log(`\n${table(figures)}\n`);
  console.log(`Node ${process.version}, ${os.cpus().length} cores, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB`);
}

main().catch((error: Error) => {
  console.error(error.message);
  process.exit(1);
});
