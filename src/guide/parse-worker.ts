import { parentPort, type MessagePort } from 'node:worker_threads';
import { parseGuide } from './parse.js';
import { GuideSyntaxError } from './types.js';

/**
 * A helper thread of parseGuides: once given the batch, takes the next unparsed guide from the
 * shared queue until none is left, and posts each model (or its syntax error) back. See parallel.ts.
 */
interface Batch {
  jobs: Array<{ file: string; relative: string; text: string }>;
  control: SharedArrayBuffer;
  port: MessagePort;
}

parentPort?.once('message', ({ jobs, control, port }: Batch) => {
  const counters = new Int32Array(control);
  for (let i = Atomics.add(counters, 0, 1); i < jobs.length; i = Atomics.add(counters, 0, 1)) {
    const { file, relative, text } = jobs[i];
    try {
      port.postMessage({ index: i, guide: parseGuide(text, file, relative) });
    } catch (error) {
      if (!(error instanceof GuideSyntaxError)) throw error;
      port.postMessage({ index: i, syntax: { where: error.where, problem: error.problem } });
    }
    Atomics.add(counters, 1, 1);
    Atomics.notify(counters, 1);
  }
  port.close();
  parentPort?.close();
});
