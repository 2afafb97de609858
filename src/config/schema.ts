import { z } from 'zod';

/**
 * The stand-in's skins, each on its own port in this order: `classic` on STANDIN_PORT, `spa` on
 * STANDIN_PORT + 1, `dragon` (BILLmanager 6's own build: web components, no ARIA) on STANDIN_PORT + 2.
 */
export const SKINS = ['classic', 'spa', 'dragon'] as const;
export type Skin = (typeof SKINS)[number];

/** Variables whose values are never repeated in a message. */
const SECRET_VARIABLES: ReadonlySet<string> = new Set(['MAILOSAUR_API_KEY', 'ACCOUNT_PASSWORD']);

const PORT = 'is not a port number (a whole number from 1 to 65535)';
const port = z
  .string()
  .regex(/^\d+$/, PORT)
  .transform(Number)
  .refine((n) => n >= 1 && n <= 65535, PORT);

// Zero would mean "no limit" to Playwright and "give up at once" to the mailbox: neither is wanted.
const MS = 'is not a positive whole number of milliseconds, e.g. 10000';
const milliseconds = z
  .string()
  .regex(/^\d+$/, MS)
  .transform(Number)
  .refine((n) => n > 0, MS);

const fraction = z
  .string()
  .regex(/^\d*\.?\d+(e-?\d+)?$/i, 'is not a fraction between 0 and 1, e.g. 0.002')
  .transform(Number)
  .refine((n) => n >= 0 && n < 1, 'is not a fraction between 0 and 1, e.g. 0.002');

function isHttpURL(value: string): boolean {
  try {
    return /^https?:$/.test(new URL(value).protocol);
  } catch {
    return false;
  }
}

const httpURL = (example: string) => z.string().refine(isHttpURL, `is not an http(s) URL; write it like ${example}`);

const commaList = z.string().transform((raw) => [...new Set(raw.split(',').map((item) => item.trim()).filter(Boolean))]);

const skins = commaList.transform((names, ctx) => {
  const unknown = names.filter((name) => !(SKINS as readonly string[]).includes(name));
  if (unknown.length || !names.length) {
    const what = unknown.length ? `names an unknown skin: ${unknown.join(', ')}` : 'names no skin';
    ctx.addIssue({ code: 'custom', message: `${what}; known: ${SKINS.join(', ')}` });
    return z.NEVER;
  }
  return names as Skin[];
});

/**
 * Every variable the suite reads, as written in the environment or `.env` (blank means unset).
 * `.env.example` documents each one. Consistency between variables is checked by the pre-flight.
 */
export const EnvSchema = z.object({
  BASE_URL: httpURL('https://my.senko.digital').optional(),
  SITE_ORIGIN: httpURL('https://my.senko.digital').optional(),
  PUBLIC_SITE_ORIGIN: httpURL('https://senko.digital').optional(),
  PUBLIC_SITE_URL: httpURL('https://staging.senko.digital').optional(),
  MAILOSAUR_API_KEY: z.string().optional(),
  MAILOSAUR_SERVER_ID: z
    .string()
    .regex(/^[a-z0-9]{8}$/, 'is not a Mailosaur server id (8 lower-case letters and digits, shown in the Mailosaur dashboard)')
    .optional(),
  MAIL_API_URL: httpURL('http://mailpit.staging.example:8025').optional(),
  TELEGRAM_USERNAME: z
    .string()
    .regex(/^@?[A-Za-z][A-Za-z0-9_]{3,31}$/, 'is not a Telegram username (5–32 letters, digits and underscores, starting with a letter)')
    .transform((name) => name.replace(/^@/, ''))
    .optional(),
  TELEGRAM_WEB_URL: httpURL('https://web.telegram.org/k/').optional(),
  TELEGRAM_STORAGE_STATE: z.string().optional(),
  GUIDES_DIR: z.string().optional(),
  GUIDES: commaList.optional(),
  REPORTS_DIR: z.string().optional(),
  UI_TIMEOUT: milliseconds.optional(),
  MAIL_TIMEOUT: milliseconds.optional(),
  SCREENSHOT_THRESHOLD: fraction.optional(),
  VISUAL_DRIFT: z.enum(['fail', 'warn', 'off'], { error: 'is none of fail, warn, off' }).optional(),
  ACCOUNT_PASSWORD: z.string().optional(),
  STANDIN_PORT: port.optional(),
  SMTP_PORT: port.optional(),
  MAIL_API_PORT: port.optional(),
  STANDIN_DRIFT: z.string().optional(),
  STANDIN_SKIN: skins.optional(),
  STANDIN_TRANSFORM: z.string().optional(),
  STANDIN_VARIANTS: commaList.optional(),
  STANDIN_INSTALL_SECONDS: z
    .string()
    .regex(/^\d+(\.\d+)?$/, 'is not a number of seconds, e.g. 3')
    .transform(Number)
    .optional(),
  CHROMIUM_PATH: z.string().optional(),
  GUIDE_CACHE: z.enum(['0', '1'], { error: 'is neither 0 (off) nor 1 (on)' }).optional(),
  GUIDE_CACHE_DIR: z.string().optional(),
  GUIDE_CACHE_MAX: z
    .string()
    .regex(/^[1-9]\d*$/, 'is not a positive whole number of cached guides')
    .transform(Number)
    .optional(),
  PICTURE_CHECK: z.enum(['0', '1'], { error: 'is neither 0 (off) nor 1 (on)' }).optional(),
  OCR_LANG_PATH: z.string().optional(),
  GUIDE_THREADS: z.enum(['0', '1'], { error: 'is neither 0 (never) nor 1 (always); leave it empty to use one helper per core beside the first' }).optional(),
});

export type EnvName = keyof typeof EnvSchema.shape;
export type EnvValues = z.output<typeof EnvSchema>;

export const ENV_NAMES = Object.keys(EnvSchema.shape) as EnvName[];

/** A value as it may be shown: secrets never, a URL's password masked. */
function shownValue(name: string, value: string): string | undefined {
  if (SECRET_VARIABLES.has(name)) return undefined;
  try {
    const url = new URL(value);
    if (url.password) {
      url.password = '***';
      return url.href;
    }
  } catch {
    // not a URL: shown as written
  }
  return value;
}

/**
 * Validates the environment against the schema. A refused value is left out (its default
 * applies) and named in a problem, so reading the settings never throws.
 */
export function parseEnv(env: Record<string, string | undefined>): { values: EnvValues; problems: string[]; refused: EnvName[] } {
  const raw: Record<string, string> = {};
  for (const name of ENV_NAMES) {
    const value = env[name]?.trim();
    if (value) raw[name] = value;
  }
  const first = EnvSchema.safeParse(raw);
  if (first.success) return { values: first.data, problems: [], refused: [] };
  const problems: string[] = [];
  const refused = new Set<EnvName>();
  for (const issue of first.error.issues) {
    const name = issue.path[0] as EnvName;
    if (refused.has(name)) continue;
    refused.add(name);
    const shown = shownValue(name, raw[name]);
    problems.push(shown === undefined ? `${name} ${issue.message}` : `${name} "${shown}" ${issue.message}`);
  }
  const kept = Object.fromEntries(Object.entries(raw).filter(([name]) => !refused.has(name as EnvName)));
  return { values: EnvSchema.parse(kept), problems, refused: [...refused] };
}
