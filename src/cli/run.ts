import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import path from 'node:path';
import { ConfigurationError, preflight } from '../config/preflight.js';
import { PROJECT_ROOT, settings } from '../config/settings.js';
import type { GuidesReport } from '../report/guide-reporter.js';
import { GUIDES_JSON, readGuidesReport } from '../report/guides-json.js';
import { EXIT_CODE, type Verdict } from '../report/verdict.js';

/**
 * `npm start` and `npm run screenshots`: checks the configuration, runs the guide projects (one
 * per skin) in Playwright with any extra arguments, and exits with what the run says about the
 * guides: 0 every guide holds, 1 drift, 2 something could not be verified and nothing drifted.
 */
async function main(args: string[]): Promise<number> {
  const problems = preflight(settings);
  if (problems.length) {
    // The message alone: a stack trace or a pointer to reports would bury what to set.
    console.error(new ConfigurationError(problems).message);
    return EXIT_CODE['could not verify'];
  }
  const runId = randomUUID();
  const chooses = args.some((arg) => arg === '--project' || arg.startsWith('--project='));
  const cli = path.join(PROJECT_ROOT, 'node_modules', '@playwright', 'test', 'cli.js');
  const child = spawn(process.execPath, [cli, 'test', ...(chooses ? [] : ['--project=guides*']), ...args], {
    stdio: 'inherit',
    env: { ...process.env, GUIDE_RUN_ID: runId },
  });
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => child.kill(signal));
  const playwrightCode: number = await new Promise((resolve) => child.once('close', (code) => resolve(code ?? 1)));

  const report = readReport(runId);
  if (!report) {
    if (playwrightCode === 0) {
      console.log('\nExit 0: Playwright ran no guide, so nothing drifted and nothing failed.');
      return 0;
    }
    const code = EXIT_CODE['could not verify'];
    console.log(`\nExit ${code}: could not verify: Playwright failed (exit ${playwrightCode}) before any guide recorded a result; see its output above.`);
    return code;
  }
  const code = EXIT_CODE[report.verdict];
  console.log(`\n${lastLine(report, code)}`);
  return code;
}

function readReport(runId: string): GuidesReport | undefined {
  const report = readGuidesReport(path.join(settings.reportsDir, GUIDES_JSON));
  // An older run's report is no answer for this one.
  return report?.runId === runId ? (report as GuidesReport) : undefined;
}

const WHAT: Record<Verdict, (report: GuidesReport) => string> = {
  holds: (r) => `every guide holds (${r.guides.length} guide run(s))`,
  drift: (r) => `drift: ${r.guides.filter((g) => g.verdict === 'drift').length} guide run(s) no longer match the UI`,
  'could not verify': (r) => {
    const count = r.guides.filter((g) => g.verdict === 'could not verify').length + r.unrecorded.length;
    return `could not verify ${count ? `${count} guide run(s)` : 'the guides'} and nothing drifted: the site, the browser, the mailbox or the suite failed, not the guides`;
  },
};

function lastLine(report: GuidesReport, code: number): string {
  const summary = path.relative(process.cwd(), path.join(settings.reportsDir, 'drift-summary.md'));
  return `Exit ${code}: ${WHAT[report.verdict](report)}${report.verdict === 'holds' ? '.' : `; see ${summary}.`}`;
}

process.exitCode = await main(process.argv.slice(2));
