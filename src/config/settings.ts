import path from 'node:path';
import { fileURLToPath } from 'node:url';
import dotenv from 'dotenv';
import { parseEnv, type EnvName, type Skin } from './schema.js';

export { SKINS, type Skin } from './schema.js';

export const PROJECT_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

// Values already in the environment (CI secrets, a shell export) win over the .env file.
dotenv.config({ path: path.join(PROJECT_ROOT, '.env'), quiet: true });

/** `fail`: visual drift fails the run; `warn`: it is reported only; `off`: images are neither captured nor compared. */
export type VisualDriftPolicy = 'fail' | 'warn' | 'off';

/** Every setting the suite reads, from the environment or `.env`; `.env.example` documents each. */
export interface Settings {
  /** The client area under test; empty means the embedded stand-in. */
  baseURL?: string;
  /** The origin the guides' links point at; links to it are opened on the target instead. */
  siteOrigin: string;
  /** The public site's origin the guides link to (plans, prices); such links open on `publicSiteURL`. */
  publicSiteOrigin: string;
  /** Where the public site is tested; empty with the stand-in (it serves one) or with the real site itself. */
  publicSiteURL?: string;
  guidesDir: string;
  /** The guide files to run instead of all, as written in GUIDES (resolved by the planner). */
  guides?: string[];
  mailosaur?: { apiKey: string; serverId: string };
  /** A Mailpit-compatible mail catcher's HTTP API that receives the target's letters. */
  mailApiURL?: string;
  /**
   * The persona's Telegram test account on an external target: its username, the web client that
   * opens `t.me` links, and a Playwright storage state signed in to it. Unset: the embedded
   * target's imitation, or "could not verify" where a guide needs Telegram.
   */
  telegram?: { username?: string; webURL?: string; storageState?: string };
  standinPort: number;
  smtpPort: number;
  mailApiPort: number;
  /** How long the stand-in takes to set up an ordered server, in seconds. */
  standinInstallSeconds?: number;
  /** Drift variant the embedded stand-in starts with, for the suite's self-tests. */
  standinDrift?: string;
  /** The skins the stand-in CLI serves: classic on STANDIN_PORT, spa on STANDIN_PORT + 1, dragon on STANDIN_PORT + 2. */
  standinSkins: Skin[];
  /** A page transform the stand-in applies (its name is checked by the stand-in). */
  standinTransform?: string;
  /**
   * Several stand-ins in one process, one per drift variant or transform named here (`unchanged`:
   * neither), each with its own store, every skin on its own port (see `standinPort`): the
   * self-tests run many variants in one child run instead of starting a stand-in for each.
   */
  standinVariants?: string[];
  uiTimeout: number;
  /** Upper bound on waiting for a letter; the guide's own promise is used when it is shorter. */
  mailTimeout: number;
  visualDrift: VisualDriftPolicy;
  /** Share of differing pixels above which a screenshot counts as changed. */
  screenshotThreshold: number;
  reportsDir: string;
  chromiumPath?: string;
  /** A fixed account password for sites with unusual rules; otherwise one is derived per test. */
  accountPassword?: string;
  /** The parsed-guide cache: off when false; its folder when set; how many guides it keeps at most. */
  guideCache?: boolean;
  guideCacheDir?: string;
  guideCacheMax?: number;
  /** `npm run plan` reads the screenshots beside quoted labels (OCR) unless this is false. */
  pictureCheck: boolean;
  /** A folder holding Tesseract's eng.traineddata and rus.traineddata, instead of the system's. */
  ocrLangPath?: string;
  /** Helper threads for planning many guides: never, always, or (unset) when the cores are idle. */
  guideThreads?: 'never' | 'always';
  /**
   * Values refused while reading the environment, each naming its variable; the defaults stand
   * in for them so that reading never throws, and the pre-flight reports them.
   */
  problems?: string[];
  /** The variables those problems name, so that the pre-flight does not report them twice. */
  refused?: EnvName[];
}

/** Reads and validates the settings; never throws (see `problems`). */
export function readSettings(env: Record<string, string | undefined> = process.env): Settings {
  const { values: v, problems, refused } = parseEnv(env);
  const mailosaur = v.MAILOSAUR_API_KEY || v.MAILOSAUR_SERVER_ID ? { apiKey: v.MAILOSAUR_API_KEY ?? '', serverId: v.MAILOSAUR_SERVER_ID ?? '' } : undefined;
  return {
    baseURL: v.BASE_URL,
    siteOrigin: v.SITE_ORIGIN ?? 'https://my.senko.digital',
    publicSiteOrigin: v.PUBLIC_SITE_ORIGIN ?? 'https://senko.digital',
    publicSiteURL: v.PUBLIC_SITE_URL,
    guidesDir: path.resolve(PROJECT_ROOT, v.GUIDES_DIR ?? 'guides'),
    guides: v.GUIDES?.length ? v.GUIDES : undefined,
    mailosaur,
    mailApiURL: v.MAIL_API_URL,
    telegram: v.TELEGRAM_USERNAME || v.TELEGRAM_WEB_URL || v.TELEGRAM_STORAGE_STATE ? { username: v.TELEGRAM_USERNAME, webURL: v.TELEGRAM_WEB_URL, storageState: v.TELEGRAM_STORAGE_STATE } : undefined,
    standinPort: v.STANDIN_PORT ?? 38080,
    smtpPort: v.SMTP_PORT ?? 38025,
    mailApiPort: v.MAIL_API_PORT ?? 38026,
    standinDrift: v.STANDIN_DRIFT,
    standinInstallSeconds: v.STANDIN_INSTALL_SECONDS,
    standinSkins: v.STANDIN_SKIN ?? ['classic'],
    standinTransform: v.STANDIN_TRANSFORM,
    standinVariants: v.STANDIN_VARIANTS?.length ? v.STANDIN_VARIANTS : undefined,
    uiTimeout: v.UI_TIMEOUT ?? 10_000,
    mailTimeout: v.MAIL_TIMEOUT ?? (v.BASE_URL ? 120_000 : 15_000),
    visualDrift: v.VISUAL_DRIFT ?? 'fail',
    screenshotThreshold: v.SCREENSHOT_THRESHOLD ?? 0.002,
    reportsDir: path.resolve(PROJECT_ROOT, v.REPORTS_DIR ?? 'reports'),
    chromiumPath: v.CHROMIUM_PATH,
    accountPassword: v.ACCOUNT_PASSWORD,
    guideCache: v.GUIDE_CACHE !== '0',
    guideCacheDir: v.GUIDE_CACHE_DIR ? path.resolve(PROJECT_ROOT, v.GUIDE_CACHE_DIR) : undefined,
    guideCacheMax: v.GUIDE_CACHE_MAX,
    pictureCheck: v.PICTURE_CHECK !== '0',
    ocrLangPath: v.OCR_LANG_PATH ? path.resolve(PROJECT_ROOT, v.OCR_LANG_PATH) : undefined,
    guideThreads: v.GUIDE_THREADS === undefined ? undefined : v.GUIDE_THREADS === '1' ? 'always' : 'never',
    problems,
    refused,
  };
}

export const settings: Settings = readSettings();

/** The configured values no report may show: the Mailosaur key, MAIL_API_URL's password, a fixed account password. */
export function configuredSecrets(settings: Settings): string[] {
  const secrets = [settings.mailosaur?.apiKey, settings.accountPassword];
  if (settings.mailApiURL) {
    const password = decodeURIComponent(new URL(settings.mailApiURL).password);
    secrets.push(password);
  }
  return secrets.filter((secret): secret is string => Boolean(secret));
}
