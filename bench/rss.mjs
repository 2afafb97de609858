// Preloaded into every Node process of a measured run: on exit, appends the process's peak RSS.
import { appendFileSync } from 'node:fs';
import { isMainThread } from 'node:worker_threads';
if (isMainThread && process.env.BENCH_RSS_FILE) {
  process.on('exit', () => {
    const role = process.env.TEST_WORKER_INDEX ? 'worker' : process.argv.some((a) => a.includes('standin')) ? 'standin' : 'runner';
    appendFileSync(process.env.BENCH_RSS_FILE, `${JSON.stringify({ role, pid: process.pid, maxRssKb: process.resourceUsage().maxRSS })}\n`);
  });
}
