import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { GuidesReport } from '../../src/report/guide-reporter.js';
import { GUIDES_JSON, readGuidesReport } from '../../src/report/guides-json.js';
import { SKINS } from '../../src/config/schema.js';
import { freePortRun } from './ports.js';

export interface ChildRun {
  exitCode: number;
  output: string;
  reportsDir: string;
  outputDir: string;
  guides: GuidesReport['guides'];
  loadErrors: string[];
  /** Guide tests that failed before recording anything. */
  unrecorded: GuidesReport['unrecorded'];
  /** The run's verdict from guides.json, when it was written. */
  verdict?: GuidesReport['verdict'];
  summary: string;
  junit: string;
}

export interface ChildRunOptions {
  drift?: string;
  guidesDir?: string;
  /** Passed as --update-snapshots=<mode>. */
  update?: 'changed' | 'all';
  grep?: string;
  /**
   * The guides to run (GUIDES): by default the registration guides, which most self-tests are
   * about; `all` runs every guide under the guides root.
   */
  guides?: readonly string[] | 'all';
  env?: Record<string, string>;
  /** More Playwright arguments, e.g. --repeat-each=20. */
  args?: string[];
  workers?: number;
  /** The Playwright projects to run (default: the classic skin's `guides`). */
  projects?: string[];
  /**
   * Record Playwright traces as `npm start` does (kept for failures). Off by default: a self-test
   * reads the reports, and recording every action costs a guide run a quarter of its time.
   */
  traces?: boolean;
  /** Run through the `npm start` wrapper (src/cli/run.ts) to see its exit code, not Playwright's. */
  wrapper?: boolean;
  /** Another Playwright config than playwright.config.ts (a batch's). */
  config?: string;
  /** How many consecutive ports the stand-in needs (variants × skins); every skin of one by default. */
  standinPorts?: number;
  /** Called with each chunk of the child's output as it comes (to act on the run's progress). */
  onOutput?: (chunk: string) => void;
}

/** The registration guides, Russian and English: the default subject of the self-tests. */
export const REGISTRATION = ['src/ru/client-area/register.md', 'src/en/client-area/register.md'] as const;

/** Both languages of one guide of the personal area, e.g. `twins('new-ticket')`. */
export function twins(name: string): string[] {
  return [`src/ru/client-area/${name}.md`, `src/en/client-area/${name}.md`];
}

// A child run's reports and traces are read by the test that asked for it, in this process; they
// are removed when the process ends so nightly self-tests do not fill the temporary folder.
const leftovers: string[] = [];
process.once('exit', () => {
  for (const dir of leftovers) rmSync(dir, { recursive: true, force: true });
});

/**
 * Runs the guide projects in a child Playwright, as `npm start` does (or through its very wrapper),
 * against its own stand-in on free ports, and reads back the reports it wrote.
 */
export async function runGuides(options: ChildRunOptions = {}): Promise<ChildRun> {
  const run = await runGuidesOnce(options);
  // A port checked free can be taken before the child binds it. That is this harness's race, not
  // the run's finding: once, on fresh ports, the run is tried again; any other failure to start stands.
  return portTakenAtStart(run) ? runGuidesOnce(options) : run;
}

function portTakenAtStart(run: ChildRun): boolean {
  return run.loadErrors.some((error) => /webServer was not able to start/.test(error)) && /port \d+ is already in use/.test(run.output);
}

async function runGuidesOnce(options: ChildRunOptions): Promise<ChildRun> {
  const reportsDir = mkdtempSync(path.join(os.tmpdir(), 'guide-reports-'));
  const outputDir = mkdtempSync(path.join(os.tmpdir(), 'guide-output-'));
  leftovers.push(reportsDir, outputDir);
  // The mail ports come from the same run, below the ephemeral range: a port bind(0) handed out and
  // released can be any browser's outgoing connection's by the time the child listens on it.
  // The mail servers take the two ports after the stand-in's, so this must count every skin it serves.
  const standinPorts = options.standinPorts ?? SKINS.length;
  const standinPort = await freePortRun(standinPorts + 2);
  const [smtpPort, mailApiPort] = [standinPort + standinPorts, standinPort + standinPorts + 1];
  const projects = (options.projects ?? (options.config ? [] : ['guides'])).map((name) => `--project=${name}`);
  const runner = options.wrapper ? ['--import', 'tsx', 'src/cli/run.ts'] : ['node_modules/@playwright/test/cli.js', 'test'];
  const args = [...runner, ...(options.config ? [`--config=${options.config}`] : []), ...projects, `--workers=${options.workers ?? 1}`, `--output=${outputDir}`, ...(options.args ?? [])];
  if (options.update) args.push(`--update-snapshots=${options.update}`);
  if (!options.traces) args.push('--trace=off');
  if (options.grep) args.push(`--grep=${options.grep}`);
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    STANDIN_PORT: String(standinPort),
    SMTP_PORT: String(smtpPort),
    MAIL_API_PORT: String(mailApiPort),
    REPORTS_DIR: reportsDir,
    MAIL_TIMEOUT: '5000',
    STANDIN_DRIFT: options.drift ?? '',
    GUIDES_DIR: options.guidesDir ?? '',
    GUIDES: options.guides === 'all' ? '' : (options.guides ?? REGISTRATION).join(','),
    BASE_URL: '',
    MAILOSAUR_API_KEY: '',
    MAILOSAUR_SERVER_ID: '',
    MAIL_API_URL: '',
    GUIDE_RUN_ID: '',
    TEST_WORKER_INDEX: '',
    TEST_PARALLEL_INDEX: '',
    FORCE_COLOR: '0',
    ...options.env,
  };
  const child = spawn(process.execPath, args, { env, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  const collect = (chunk: Buffer) => {
    output += chunk.toString();
    options.onOutput?.(chunk.toString());
  };
  child.stdout.on('data', collect);
  child.stderr.on('data', collect);
  const exitCode: number = await new Promise((resolve) => child.once('close', (code) => resolve(code ?? 1)));
  const report = readGuidesReport(path.join(reportsDir, GUIDES_JSON)) ?? {};
  const read = (name: string) => (existsSync(path.join(reportsDir, name)) ? readFileSync(path.join(reportsDir, name), 'utf8') : '');
  return {
    exitCode,
    output,
    reportsDir,
    outputDir,
    guides: report.guides ?? [],
    loadErrors: report.loadErrors ?? [],
    unrecorded: report.unrecorded ?? [],
    verdict: report.verdict,
    summary: read('drift-summary.md'),
    junit: read('junit.xml'),
  };
}
