import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { FastifyInstance } from 'fastify';
import type { Lang } from '../i18n.js';
import { anchorPage, challengePage } from './pages.js';
import type { RecaptchaProvider } from './provider.js';

const HERE = path.dirname(fileURLToPath(import.meta.url));

/** Where the provider's widget is served: a third party's, so the markup transforms leave it alone. */
export const RECAPTCHA_PREFIX = '/recaptcha/';

/** The widget's own pages may be framed by the site's pages (same origin), unlike the site's. */
const FRAME_POLICY = "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; frame-ancestors 'self'";

const FILES: Record<string, { file: string; type: string }> = {
  'api.js': { file: 'api.js', type: 'text/javascript; charset=utf-8' },
  'api2/anchor.js': { file: 'anchor.js', type: 'text/javascript; charset=utf-8' },
  'api2/bframe.js': { file: 'bframe.js', type: 'text/javascript; charset=utf-8' },
  'api2/styles.css': { file: 'styles.css', type: 'text/css; charset=utf-8' },
};

interface WidgetQuery {
  k?: string;
  hl?: string;
  c?: string;
}

const langOf = (hl: unknown): Lang => (hl === 'ru' ? 'ru' : 'en');

/**
 * The captcha provider on the stand-in's origin, as Google serves reCAPTCHA v2: the script the
 * site's page loads (`/recaptcha/api.js`), the box's frame (`api2/anchor`), the challenge's frame
 * (`api2/bframe`) and the question a tick asks (`api2/userverify`). `aria`: the widget's markup
 * speaks ARIA, as Google's does; off on a skin that has none anywhere (dragon).
 */
export function registerRecaptcha(app: FastifyInstance, provider: RecaptchaProvider, aria: boolean): void {
  for (const [route, { file, type }] of Object.entries(FILES)) {
    const body = readFileSync(path.join(HERE, file), 'utf8');
    app.get(`${RECAPTCHA_PREFIX}${route}`, async (_request, reply) => reply.type(type).header('cache-control', 'no-store').send(body));
  }
  app.get<{ Querystring: WidgetQuery }>(`${RECAPTCHA_PREFIX}api2/anchor`, async (request, reply) =>
    reply.type('text/html; charset=utf-8').header('content-security-policy', FRAME_POLICY).send(anchorPage(langOf(request.query.hl), aria)),
  );
  app.get<{ Querystring: WidgetQuery }>(`${RECAPTCHA_PREFIX}api2/bframe`, async (request, reply) =>
    reply.type('text/html; charset=utf-8').header('content-security-policy', FRAME_POLICY).send(challengePage(langOf(request.query.hl), aria)),
  );
  // A tick (or a challenge's answer): a token when the provider lets the visitor through, else a challenge.
  app.post<{ Querystring: WidgetQuery }>(`${RECAPTCHA_PREFIX}api2/userverify`, async (request) => {
    const token = provider.tick(String(request.query.k ?? ''));
    if (token) return { token };
    return request.query.c ? { again: true } : { challenge: 'imageselect' };
  });
}
