import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { pickLang, type Lang } from '../i18n.js';
import { isSitePeriod, type SitePeriod } from '../order/catalog.js';
import { DEFAULT_LINE, lineById } from '../order/lines.js';
import { describePlansPage } from './plans-page.js';
import { SITE_TEXTS } from './texts.js';

/**
 * The public site (senko.digital) on its own origin: the same server answers it for the host
 * `localhost[:port]`, while the client area (my.senko.digital) is reached as `127.0.0.1:port`.
 * Two host names are two origins, with their own cookies, as on the real sites.
 */
export const PUBLIC_HOST = /^localhost(:\d+)?$/;

type Query = Record<string, string | undefined>;

/** The port the visitor reached this server on (the Host header's, else the socket's). */
function portOf(request: FastifyRequest): string {
  const fromHost = /:(\d+)$/.exec(request.host)?.[1];
  return fromHost ?? String(request.socket.localPort ?? '');
}

/** The public site's origin as seen from a request to either origin. */
export const publicOrigin = (request: FastifyRequest): string => `${request.protocol}://localhost${portOf(request) ? `:${portOf(request)}` : ''}`;

/** The client area's origin, same port. */
const clientOrigin = (request: FastifyRequest): string => `${request.protocol}://127.0.0.1${portOf(request) ? `:${portOf(request)}` : ''}`;

/** The site's choice of language: `?lang=`, then its own cookie, then the browser's; Russian by default. */
function langOf(request: FastifyRequest, reply: FastifyReply): Lang {
  const query = request.query as Query;
  const lang = pickLang(query.lang, request.cookies.lang, request.headers['accept-language']);
  if (query.lang === lang) reply.setCookie('lang', lang, { path: '/', sameSite: 'lax', httpOnly: true });
  return lang;
}

export async function registerPublicSite(app: FastifyInstance): Promise<void> {
  const constraints = { host: PUBLIC_HOST };

  app.get('/', { constraints }, async (request, reply) => {
    // `?ref=<id>`: a referral link lands here; the visitor sees the same page.
    const lang = langOf(request, reply);
    const t = SITE_TEXTS[lang];
    return reply.view('public-landing', { lang, t, title: t.siteTitle, links: navLinks(request, lang) });
  });

  app.get('/virtual-servers', { constraints }, async (request, reply) => {
    const lang = langOf(request, reply);
    const query = request.query as Query;
    const period: SitePeriod = isSitePeriod(query.period) ? query.period : 'month';
    // `?line=`: the line chosen before a period button reloaded the page; else EPYC, as the page opens.
    const line = query.line ? lineById(query.line).id : DEFAULT_LINE;
    const page = describePlansPage(lang, line, period, (plan) => `${clientOrigin(request)}/billmgr?${new URLSearchParams({ startform: 'vds.order', plan: plan.name, period, lang })}`);
    return reply.view('public-plans', { lang, t: SITE_TEXTS[lang], title: page.title, links: navLinks(request, lang), page });
  });
}

/** The header's links: the plans page, the client area, the other language. */
function navLinks(request: FastifyRequest, lang: Lang) {
  const t = SITE_TEXTS[lang];
  return {
    home: '/',
    plans: '/virtual-servers',
    plansLabel: t.virtualServers,
    personalArea: `${clientOrigin(request)}/billmgr?lang=${lang}`,
    personalAreaLabel: t.personalArea,
    language: t.language,
    other: lang === 'ru' ? { lang: 'en', label: 'EN' } : { lang: 'ru', label: 'RU' },
  };
}
