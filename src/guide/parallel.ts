import { availableParallelism } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { MessageChannel, receiveMessageOnPort, Worker, type MessagePort } from 'node:worker_threads';
import { readSettings } from '../config/settings.js';
import { CACHE_ROOT } from './cache.js';
import { parseGuide } from './parse.js';
import { bundledWorker } from './worker-bundle.js';
import { GuideSyntaxError, type Guide, type SourcePoint } from './types.js';

/** A guide to parse: its absolute path, its path relative to its root, and its decoded text. */
export interface ParseJob {
  file: string;
  relative: string;
  text: string;
}

export type ParseResult = Guide | GuideSyntaxError;

/**
 * Below this many guides a helper thread costs more than it saves: it starts in about 60 ms, and
 * parses slower than this thread at first, while its JIT warms up.
 */
export const PARALLEL_FROM = 100;
/**
 * On two cores, from how many guides the one helper pays. It shares with this thread what on most
 * cloud machines is one physical core, and parsing is bound by memory, not arithmetic. Measured on
 * this project's 2-vCPU machine (medians of 5 to 8 runs): a helper made 250 and 500 guides a fifth
 * slower, left 1,000 as fast and made 2,000 7 % faster.
 */
const PARALLEL_FROM_ON_TWO_CORES = 1000;
/** A helper that took a guide and shows no progress for this long is presumed gone; its guides are parsed here. */
const STALL_MS = 10_000;

type Message = { index: number; guide: Guide } | { index: number; syntax: { where: SourcePoint; problem: string } };

/**
 * Threads that parse guides beside this one. Started early (before the files are even read) so
 * that their start-up overlaps reading; given the batch by parse(). Planning stays synchronous, as
 * Playwright plans while it loads test files: this thread parses from the same shared queue as
 * the helpers and then waits on a shared counter. A helper that cannot start simply takes no guide.
 */
export class ParseHelpers {
  private readonly workers: Worker[] = [];
  /** How the last batch was shared out, for benchmarks and tests. */
  readonly split = { here: 0, helpers: 0 };

  /**
   * Starts helpers for about `expected` guides: none for few guides (on two cores, for fewer than
   * a thousand), else one per core beside this one (at most 3), as test runners and bundlers size
   * their pools. GUIDE_THREADS=0 never starts one; GUIDE_THREADS=1 (or `threads: 'always'`) starts
   * one from 100 guides whatever the cores.
   */
  constructor(expected: number, threads = readSettings().guideThreads, cores = availableParallelism()) {
    if (threads === 'never') return;
    if (cores <= 2 && threads !== 'always' && expected < PARALLEL_FROM_ON_TWO_CORES) return;
    const count = Math.min(Math.max(cores - 1, threads === 'always' ? 1 : 0), 3, Math.floor(expected / PARALLEL_FROM));
    if (count < 1) return;
    const script = workerScript();
    for (let n = 0; n < count; n++) {
      // A young generation larger than V8's default: parsing makes short-lived nodes by the million.
      const worker = new Worker(script, { stdout: true, stderr: true, resourceLimits: { maxYoungGenerationSizeMb: YOUNG_GENERATION_MB } });
      // A helper that fails takes no more guides; the ones it did not finish are parsed here.
      worker.on('error', () => {});
      worker.unref();
      this.workers.push(worker);
    }
  }

  /** How many helpers were started and not yet stopped. */
  get running(): number {
    return this.workers.length;
  }

  /** Parses every job, each result at its job's index. */
  parse(jobs: readonly ParseJob[]): ParseResult[] {
    if (!this.workers.length || jobs.length < PARALLEL_FROM) {
      this.stop();
      this.split.here = jobs.length;
      return jobs.map(parseOne);
    }
    const control = new SharedArrayBuffer(8);
    const counters = new Int32Array(control); // [next job, jobs finished by helpers]
    const ports: MessagePort[] = [];
    for (const worker of this.workers) {
      const { port1, port2 } = new MessageChannel();
      worker.postMessage({ jobs, control, port: port2 }, [port2]);
      ports.push(port1);
    }
    const results: Array<ParseResult | undefined> = new Array(jobs.length);
    let parsedHere = 0;
    for (let i = Atomics.add(counters, 0, 1); i < jobs.length; i = Atomics.add(counters, 0, 1)) {
      results[i] = parseOne(jobs[i]);
      parsedHere++;
    }
    let finished = Atomics.load(counters, 1);
    let lastProgress = Date.now();
    while (finished + parsedHere < jobs.length && Date.now() - lastProgress < STALL_MS) {
      Atomics.wait(counters, 1, finished, 50);
      const now = Atomics.load(counters, 1);
      if (now !== finished) {
        finished = now;
        lastProgress = Date.now();
      }
    }
    for (const port of ports) {
      for (let message = receiveMessageOnPort(port); message; message = receiveMessageOnPort(port)) {
        const data = message.message as Message;
        results[data.index] = 'guide' in data ? data.guide : new GuideSyntaxError(data.syntax.where, data.syntax.problem);
      }
      port.close();
    }
    this.stop();
    this.split.here = parsedHere;
    this.split.helpers = results.filter(Boolean).length - parsedHere;
    return results.map((result, i) => result ?? parseOne(jobs[i]));
  }

  private stop(): void {
    for (const worker of this.workers.splice(0)) void worker.terminate();
  }
}

const HERE = path.dirname(fileURLToPath(import.meta.url));
const YOUNG_GENERATION_MB = 48;

/** The helper's code: one bundled file when it can be built, else its entry through the TypeScript loader. */
function workerScript(): string {
  if (path.extname(fileURLToPath(import.meta.url)) === '.js') return path.join(HERE, 'parse-worker.js');
  const entry = path.join(HERE, 'parse-worker.ts');
  // A .mjs entry: a thread does not inherit the TypeScript loader, the entry registers it.
  return bundledWorker(entry, path.join(CACHE_ROOT, 'guide-verifier-threads')) ?? path.join(HERE, 'parse-worker.mjs');
}

function parseOne(job: ParseJob): ParseResult {
  try {
    return parseGuide(job.text, job.file, job.relative);
  } catch (error) {
    if (error instanceof GuideSyntaxError) return error;
    throw error;
  }
}
