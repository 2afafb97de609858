import { existsSync } from 'node:fs';
import { readGuidesReport } from '../report/guides-json.js';
import { EXIT_CODE, type Verdict } from '../report/verdict.js';

/**
 * `tsx src/cli/verdict.ts <guides.json> [--print]`: the run's verdict from a report, for CI jobs
 * that merged shards' reports instead of running `npm start`. Exits 0 holds, 1 drift, 2 could
 * not verify; with --print it prints `holds`, `drift` or `could-not-verify` and exits 0.
 */
const [file, flag] = process.argv.slice(2);
const VERDICTS: readonly Verdict[] = ['holds', 'drift', 'could not verify'];

function verdictOf(reportFile: string | undefined): Verdict {
  const report = reportFile ? readGuidesReport(reportFile) : undefined;
  return report?.verdict && VERDICTS.includes(report.verdict) ? report.verdict : 'could not verify';
}

const verdict = verdictOf(file);
if (flag === '--print') console.log(verdict.replaceAll(' ', '-'));
else {
  console.log(`Verdict: ${verdict}${file && existsSync(file) ? '' : ` (no report at ${file ?? '<none given>'})`}`);
  process.exitCode = EXIT_CODE[verdict];
}
