import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';
import fastifyCookie from '@fastify/cookie';
import fastifyCsrf from '@fastify/csrf-protection';
import fastifyFormbody from '@fastify/formbody';
import fastifyStatic from '@fastify/static';
import fastifyView from '@fastify/view';
import { Eta } from 'eta';
import Fastify, { type FastifyInstance, type FastifyReply, type FastifyRequest } from 'fastify';
import type { DriftName } from './drift.js';
import { fill, pickLang, TEXTS, type Lang } from './i18n.js';
import { Mailer } from './mail.js';
import { describeLogon, describeMain, describeRegister, type PageDescription } from './pages/index.js';
import type { Skin } from '../config/settings.js';
import { Store, type User } from './store.js';
import { readForm, validateRegistration } from './validate.js';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const require = createRequire(import.meta.url);
const SESSION = 'billmgrses';

export interface StandinOptions {
  smtpPort: number;
  drift?: DriftName;
  logger?: boolean;
  /** How pages are rendered: on the server (`classic`, default) or in the browser from JSON (`spa`). */
  skin?: Skin;
  /** Shared by every skin one process serves, so an account made on one logs on to the other. */
  store?: Store;
}

interface Query {
  func?: string;
  lang?: string;
  key?: string;
  out?: string;
}

/** The pages a skin renders itself; the rest (messages, documents) are the server's in both. */
const PAGE_FUNCS = new Set(['register', 'logon', 'dashboard', '']);

/**
 * A stand-in of the Senko Digital client area (BILLmanager 6) for exactly the pages the guides
 * walk: log-on, registration, the main page, the e-mail confirmation. Rules are enforced here, on
 * the server, as on the real one.
 */
export async function buildStandin(options: StandinOptions): Promise<FastifyInstance> {
  const app = Fastify({ logger: options.logger ?? false, bodyLimit: 64 * 1024 });
  const store = options.store ?? new Store();
  const skin = options.skin ?? 'classic';
  const views = path.join(HERE, 'views');
  const mailer = new Mailer(options.smtpPort, new Eta({ views }));
  const drift = options.drift;
  app.addHook('onClose', async () => mailer.close());

  await app.register(fastifyCookie);
  await app.register(fastifyCsrf, { cookieOpts: { httpOnly: true, sameSite: 'lax', path: '/', signed: false } });
  await app.register(fastifyFormbody);
  await app.register(fastifyView, { engine: { eta: new Eta() }, root: views, viewExt: 'eta' });
  await app.register(fastifyStatic, { root: path.join(HERE, 'assets'), prefix: '/assets/' });
  await app.register(fastifyStatic, {
    root: path.join(path.dirname(require.resolve('@fontsource/inter/package.json')), 'files'),
    prefix: '/fonts/',
    decorateReply: false,
  });

  app.addHook('onSend', async (_request, reply) => {
    reply.header('content-security-policy', "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; frame-ancestors 'none'");
    reply.header('x-content-type-options', 'nosniff');
    reply.header('referrer-policy', 'same-origin');
  });

  const langOf = (request: FastifyRequest<{ Querystring: Query }>, reply: FastifyReply): Lang => {
    const lang = pickLang(request.query.lang, request.cookies.lang, request.headers['accept-language']);
    if (request.query.lang === lang) reply.setCookie('lang', lang, { path: '/', sameSite: 'lax', httpOnly: true });
    return lang;
  };
  const userOf = (request: FastifyRequest) => store.sessionUser(request.cookies[SESSION]);
  const wantsJson = (request: FastifyRequest) => (request.headers.accept ?? '').includes('application/json');
  const siteURL = (request: FastifyRequest) => `${request.protocol}://${request.host}`;

  /** The page a GET of `func` shows: the same description whichever skin renders it. */
  const describe = (func: string, lang: Lang, user: User | undefined): PageDescription => {
    if (func === 'register') return describeRegister(lang, drift);
    if (func === 'logon' || !user) return describeLogon(lang, drift);
    return describeMain(lang, drift, user);
  };

  /** Classic: the description rendered on the server, with what was typed and the refusals. */
  const renderPage = (reply: FastifyReply, page: PageDescription, values: Record<string, string | undefined> = {}, errors: Record<string, string> = {}) =>
    reply.view(page.page, { lang: page.lang, title: page.title, csrf: reply.generateCsrf(), page, values, errors });

  const registerPage = (reply: FastifyReply, lang: Lang, values: Record<string, string | undefined>, errors: Record<string, string>) =>
    renderPage(reply, describeRegister(lang, drift), values, errors);

  const logonPage = (reply: FastifyReply, lang: Lang, values: Record<string, string>, errors: Record<string, string>) =>
    renderPage(reply, describeLogon(lang, drift), values, errors);

  const messagePage = (reply: FastifyReply, lang: Lang, status: number, heading: string, text: string) =>
    reply.code(status).view('message', { lang, t: TEXTS[lang], title: heading, heading, text });

  app.get('/healthz', async () => ({ ok: true, drift: drift ?? null }));
  app.get('/', async (_request, reply) => reply.redirect('/billmgr'));

  app.get<{ Querystring: Query }>('/billmgr', async (request, reply) => {
    const lang = langOf(request, reply);
    const user = userOf(request);
    const func = request.query.func ?? '';
    if (PAGE_FUNCS.has(func)) {
      // BILLmanager's own JSON form description, asked for by its single-page client.
      if (request.query.out === 'sjson') return { page: describe(func, lang, user), csrf: reply.generateCsrf() };
      if (skin === 'spa') return reply.view('shell', { lang, title: describe(func, lang, user).title });
      return renderPage(reply, describe(func, lang, user));
    }
    switch (func) {
      case 'notice.confirm': {
        const confirmed = store.useKey(String(request.query.key ?? ''));
        if (!confirmed) return messagePage(reply, lang, 400, TEXTS[lang].badKeyTitle, TEXTS[lang].badKeyText);
        return messagePage(reply, lang, 200, TEXTS[lang].confirmedTitle, fill(TEXTS[lang].confirmedText, { email: confirmed.email }));
      }
      default:
        if (request.query.out === 'sjson') return reply.code(404).send({ ok: false });
        return messagePage(reply, lang, 404, '404', func);
    }
  });

  app.post<{ Querystring: Query }>('/billmgr', { preHandler: app.csrfProtection }, async (request, reply) => {
    const lang = langOf(request, reply);
    const t = TEXTS[lang];
    switch (request.query.func) {
      case 'register': {
        const form = readForm(request.body);
        const errors = validateRegistration(form, t, drift, (email) => store.hasUser(email));
        if (Object.keys(errors).length) {
          const { password: _p, password_repeat: _r, ...kept } = form;
          if (wantsJson(request)) return reply.code(422).send({ ok: false, errors });
          return registerPage(reply.code(422), lang, kept, errors as Record<string, string>);
        }
        const user = store.addUser({
          firstName: form.first_name.trim(),
          lastName: form.last_name.trim(),
          email: form.email.trim(),
          password: form.password,
          country: form.country,
        });
        return signIn(request, reply, user);
      }
      case 'logon': {
        const body = (request.body ?? {}) as Record<string, unknown>;
        const username = typeof body.username === 'string' ? body.username : '';
        const user = store.checkLogin(username, typeof body.password === 'string' ? body.password : '');
        if (!user) {
          if (wantsJson(request)) return reply.code(422).send({ ok: false, errors: { username: t.errLogin } });
          return logonPage(reply.code(422), lang, { username }, { username: t.errLogin });
        }
        return signIn(request, reply, user);
      }
      case 'logout':
        store.closeSession(request.cookies[SESSION]);
        reply.clearCookie(SESSION, { path: '/' });
        return reply.redirect('/billmgr', 303);
      case 'notice.send': {
        const user = userOf(request);
        if (!user) return reply.code(401).send({ ok: false });
        if (drift !== 'no-email') {
          const key = store.confirmationKey(user);
          const link =
            drift === 'broken-confirm-link'
              ? `${siteURL(request)}/billmgr?func=notice.confirm&key=${key.slice(0, 20)}`
              : `${siteURL(request)}/billmgr?func=notice.confirm&key=${key}`;
          await mailer.sendConfirmation(user, lang, link, siteURL(request), drift === 'letter-without-button');
        }
        return { ok: true, message: fill(t.sent, { email: user.email }) };
      }
      default:
        return reply.code(404).send({ ok: false });
    }
  });

  const signIn = (request: FastifyRequest, reply: FastifyReply, user: User) => {
    reply.setCookie(SESSION, store.openSession(user), { path: '/', httpOnly: true, sameSite: 'lax', secure: request.protocol === 'https' });
    if (wantsJson(request)) return reply.send({ ok: true, redirect: '/billmgr' });
    return reply.redirect('/billmgr', 303);
  };

  app.get<{ Params: { doc: string }; Querystring: Query }>('/legal/:doc', async (request, reply) => {
    const lang = langOf(request, reply);
    const doc = drift === 'terms-document-gone' && request.params.doc === 'terms' ? 'gone' : request.params.doc;
    const heading = doc === 'terms' ? TEXTS[lang].terms : doc === 'privacy' ? TEXTS[lang].privacy : undefined;
    if (!heading) return messagePage(reply, lang, 404, '404', request.params.doc);
    return reply.view('legal', { lang, t: TEXTS[lang], title: heading, heading });
  });

  app.setErrorHandler((error: { statusCode?: number; message: string }, request, reply) => {
    const status = error.statusCode && error.statusCode >= 400 ? error.statusCode : 500;
    if (status >= 500) request.log.error(error);
    reply.code(status).type('text/plain; charset=utf-8').send(status >= 500 ? 'Internal error' : error.message);
  });

  return app;
}
