import path from 'node:path';
import { fileURLToPath } from 'node:url';
import dotenv from 'dotenv';

export const PROJECT_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

// Values already in the environment (CI secrets, a shell export) win over the .env file.
dotenv.config({ path: path.join(PROJECT_ROOT, '.env'), quiet: true });

export type VisualDriftPolicy = 'fail' | 'warn';

/** Every setting the suite reads, from the environment or `.env`; `.env.example` documents each. */
export interface Settings {
  /** The client area under test; empty means the embedded stand-in. */
  baseURL?: string;
  /** The origin the guides' links point at; links to it are opened on the target instead. */
  siteOrigin: string;
  guidesDir: string;
  mailosaur?: { apiKey: string; serverId: string };
  standinPort: number;
  smtpPort: number;
  mailApiPort: number;
  /** Drift variant the embedded stand-in starts with, for the suite's self-tests. */
  standinDrift?: string;
  uiTimeout: number;
  /** Upper bound on waiting for a letter; the guide's own promise is used when it is shorter. */
  mailTimeout: number;
  visualDrift: VisualDriftPolicy;
  /** Share of differing pixels above which a screenshot counts as changed. */
  screenshotThreshold: number;
  reportsDir: string;
  chromiumPath?: string;
}

function int(name: string, fallback: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isFinite(value) || value < 0) throw new Error(`${name} must be a non-negative number, got "${raw}"`);
  return value;
}

function text(name: string): string | undefined {
  const value = process.env[name]?.trim();
  return value ? value : undefined;
}

export function readSettings(): Settings {
  const baseURL = text('BASE_URL');
  const apiKey = text('MAILOSAUR_API_KEY');
  const serverId = text('MAILOSAUR_SERVER_ID');
  const visual = text('VISUAL_DRIFT') ?? 'fail';
  return {
    baseURL,
    siteOrigin: text('SITE_ORIGIN') ?? 'https://my.senko.digital',
    guidesDir: path.resolve(PROJECT_ROOT, text('GUIDES_DIR') ?? 'guides'),
    mailosaur: apiKey || serverId ? { apiKey: apiKey ?? '', serverId: serverId ?? '' } : undefined,
    standinPort: int('STANDIN_PORT', 38080),
    smtpPort: int('SMTP_PORT', 38025),
    mailApiPort: int('MAIL_API_PORT', 38026),
    standinDrift: text('STANDIN_DRIFT'),
    uiTimeout: int('UI_TIMEOUT', 10_000),
    mailTimeout: int('MAIL_TIMEOUT', baseURL ? 120_000 : 15_000),
    visualDrift: visual === 'warn' ? 'warn' : 'fail',
    screenshotThreshold: Number(text('SCREENSHOT_THRESHOLD') ?? '0.002'),
    reportsDir: path.resolve(PROJECT_ROOT, text('REPORTS_DIR') ?? 'reports'),
    chromiumPath: text('CHROMIUM_PATH'),
  };
}

export const settings: Settings = readSettings();
