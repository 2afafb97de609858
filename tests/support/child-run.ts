import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { GuideRunRecord } from '../../src/execute/record.js';
import { freePorts } from './ports.js';

export interface ChildRun {
  exitCode: number;
  output: string;
  reportsDir: string;
  outputDir: string;
  guides: Array<GuideRunRecord & { status: string; errors: string[] }>;
  loadErrors: string[];
  summary: string;
}

export interface ChildRunOptions {
  drift?: string;
  guidesDir?: string;
  /** Passed as --update-snapshots=<mode>. */
  update?: 'changed' | 'all';
  grep?: string;
  env?: Record<string, string>;
  /** More Playwright arguments, e.g. --repeat-each=20. */
  args?: string[];
  workers?: number;
}

/**
 * Runs the guides project in a child Playwright, exactly as `npm start` does, against its own
 * stand-in on free ports, and reads back the reports it wrote.
 */
export async function runGuides(options: ChildRunOptions = {}): Promise<ChildRun> {
  const reportsDir = mkdtempSync(path.join(os.tmpdir(), 'guide-reports-'));
  const outputDir = mkdtempSync(path.join(os.tmpdir(), 'guide-output-'));
  const [standinPort, smtpPort, mailApiPort] = await freePorts(3);
  const args = ['node_modules/@playwright/test/cli.js', 'test', '--project=guides', `--workers=${options.workers ?? 1}`, `--output=${outputDir}`, ...(options.args ?? [])];
  if (options.update) args.push(`--update-snapshots=${options.update}`);
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
    BASE_URL: '',
    MAILOSAUR_API_KEY: '',
    MAILOSAUR_SERVER_ID: '',
    TEST_WORKER_INDEX: '',
    TEST_PARALLEL_INDEX: '',
    FORCE_COLOR: '0',
    ...options.env,
  };
  const child = spawn(process.execPath, args, { env, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exitCode: number = await new Promise((resolve) => child.once('close', (code) => resolve(code ?? 1)));
  const jsonFile = path.join(reportsDir, 'guides.json');
  const report = existsSync(jsonFile) ? JSON.parse(readFileSync(jsonFile, 'utf8')) : { guides: [], loadErrors: [] };
  const summaryFile = path.join(reportsDir, 'drift-summary.md');
  return {
    exitCode,
    output,
    reportsDir,
    outputDir,
    guides: report.guides,
    loadErrors: report.loadErrors ?? [],
    summary: existsSync(summaryFile) ? readFileSync(summaryFile, 'utf8') : '',
  };
}
