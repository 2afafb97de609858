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
import {
  cleanParams,
  cleanStartform,
  describeLogon,
  describeLogonCode,
  describeMain,
  describeReferral,
  describeRegister,
  describeSettings,
  describeTicketForm,
  describeTicketList,
  describeTicketView,
  landing,
  MAX_ATTACHMENT_BYTES,
  type PageDescription,
} from './pages/index.js';
import type { Skin } from '../src/config/settings.js';
import { Store, type User } from './store.js';
import { registerOrderFlow } from './order/flow.js';
import { docDone, docRefusal, fromDocumented, toDoc } from './pages/doc-envelope.js';
import { readTicketForm, validateTicket } from './ticket-form.js';
import { readForm, validateRegistration } from './validate.js';
import { registrationSiteKey } from './recaptcha/keys.js';
import { RecaptchaProvider } from './recaptcha/provider.js';
import { registerRecaptcha } from './recaptcha/routes.js';
import { describeTotpSetup } from './pages/settings.js';
import { NOTIFY_BOT, TelegramImitation } from './telegram/imitation.js';
import { registerTelegram } from './telegram/routes.js';
import { accountName, newSecret, qrPNG, verifyCode } from './twofa/totp.js';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const require = createRequire(import.meta.url);
const SESSION = 'billmgrses';
/** A log-on that gave the right password and owes the temporary password (two-step authentication). */
const HALF_SESSION = 'billmgrtotp';

export interface StandinOptions {
  smtpPort: number;
  /** Seconds a paid VPS stays «Установка» before «Активен» (order flow; default 3). */
  installSeconds?: number;
  drift?: DriftName;
  logger?: boolean;
  /**
   * How pages are rendered: on the server (`classic`, default), in the browser from JSON (`spa`),
   * or in the browser from BILLmanager's `doc` envelope with web components and no ARIA (`dragon`).
   */
  skin?: Skin;
  /** Shared by every skin one process serves, so an account made on one logs on to the other. */
  store?: Store;
  /** The Telegram imitation (telegram.localhost): shared like the store. */
  telegram?: TelegramImitation;
}

interface Query {
  func?: string;
  lang?: string;
  key?: string;
  out?: string;
  /** BILLmanager's page to land on after log-on (`&startform=affiliate.client`). */
  startform?: string;
  id?: string;
  tab?: string;
}

/** A page behind log-on, described for its user. */
type ClientPage = (user: User, lang: Lang, request: FastifyRequest<{ Querystring: Query }>) => PageDescription | undefined | Promise<PageDescription | undefined>;

/** Small bodies everywhere but the ticket form, whose attachments come base64 in JSON. */
const BODY_LIMIT = 64 * 1024;
const TICKET_BODY_LIMIT = Math.ceil((MAX_ATTACHMENT_BYTES * 4) / 3) + 512 * 1024;

/**
 * A stand-in of the Senko Digital client area (BILLmanager 6) for exactly the pages the guides
 * walk: log-on, registration, the main page, the e-mail confirmation. Rules are enforced here, on
 * the server, as on the real one.
 */
export async function buildStandin(options: StandinOptions): Promise<FastifyInstance> {
  const app = Fastify({ logger: options.logger ?? false, bodyLimit: BODY_LIMIT });
  const store = options.store ?? new Store();
  const telegram = options.telegram ?? new TelegramImitation();
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
    // A page that may be framed (the captcha provider's widget) says so itself; every other page may not.
    if (!reply.hasHeader('content-security-policy')) {
      reply.header('content-security-policy', "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; frame-ancestors 'none'");
    }
    reply.header('x-content-type-options', 'nosniff');
    reply.header('referrer-policy', 'same-origin');
  });

  const langOf = (request: FastifyRequest<{ Querystring: Query }>, reply: FastifyReply): Lang => {
    const lang = pickLang(request.query.lang, request.cookies.lang, request.headers['accept-language']);
    if (request.query.lang === lang) reply.setCookie('lang', lang, { path: '/', sameSite: 'lax', httpOnly: true });
    return lang;
  };
  const userOf = (request: FastifyRequest) => store.sessions.get(request.cookies[SESSION]);
  /** A request of the dragon client: BILLmanager's `out=xjson`, answered in the `doc` envelope (pages/doc-envelope.ts). */
  const isDoc = (request: FastifyRequest) => (request.query as Query).out === 'xjson';
  const wantsJson = (request: FastifyRequest) => isDoc(request) || (request.headers.accept ?? '').includes('application/json');
  /** A refused post: the refusals per field, as JSON (`errors`) or as `doc.error`. */
  const refuseJson = (request: FastifyRequest, reply: FastifyReply, func: string, lang: Lang, errors: Record<string, string | undefined>) =>
    isDoc(request) ? reply.send(docRefusal(func, lang, errors)) : reply.code(422).send({ ok: false, errors });
  /** A post that needs a session, sent without one. */
  const noSession = (request: FastifyRequest, reply: FastifyReply, func: string, lang: Lang) =>
    reply.code(401).send(isDoc(request) ? docRefusal(func, lang, { session: TEXTS[lang].errLogin }) : { ok: false });
  const siteURL = (request: FastifyRequest) => `${request.protocol}://${request.host}`;
  // The captcha provider (Google's reCAPTCHA v2, on this origin): its script, the box's and the challenge's frames.
  const recaptcha = new RecaptchaProvider();
  registerRecaptcha(app, recaptcha, skin !== 'dragon');
  // The VPS order flow and the public site (host localhost:<port>): standin/order, standin/public.
  const order = await registerOrderFlow(app, { store, skin, drift, smtpPort: options.smtpPort, installSeconds: options.installSeconds });
  // Telegram's web client and the notification bot (host telegram.localhost:<port>): standin/telegram.
  await registerTelegram(app, telegram);

  /** The public site's origin: the same port on `localhost` (the client area is on 127.0.0.1). */
  const publicOrigin = (request: FastifyRequest) => {
    const port = /:(\d+)$/u.exec(request.host)?.[1];
    return `${request.protocol}://localhost${port ? `:${port}` : ''}`;
  };

  /** The pages behind log-on, by func; undefined for a func the client area does not have. */
  const clientPage = (func: string): ClientPage | undefined => {
    switch (func) {
      case '':
      case 'dashboard':
        return (user, lang) => describeMain(lang, drift, user);
      case 'ticket':
        return (user, lang) => describeTicketList(lang, drift, user, store.ticketsOf(user));
      case 'ticket.edit':
        return (user, lang) => describeTicketForm(lang, drift, user, store.servicesOf(user));
      case 'ticket.view':
        return (user, lang, request) => {
          const ticket = store.ticketOf(user, Number(request.query.id));
          const service = ticket?.serviceId === undefined ? undefined : store.servicesOf(user).find((s) => s.id === ticket.serviceId);
          return ticket && describeTicketView(lang, drift, user, ticket, service);
        };
      case 'affiliate.client':
        return (user, lang, request) => describeReferral(lang, drift, user, publicOrigin(request), request.query.tab);
      case 'usrparam':
        return (user, lang) =>
          describeSettings(lang, drift, user, {
            bot: { username: NOTIFY_BOT.username, href: `https://t.me/${NOTIFY_BOT.username}` },
            confirmed: telegram.started(NOTIFY_BOT, user.telegram),
            folded: skin !== 'classic',
          });
      case 'totp.new':
        return (user, lang, request) => totpSetupPage(user, lang, request);
      default:
        return undefined;
    }
  };

  /**
   * The two-step setup form: a new secret every time it opens (as its warning says), remembered
   * for the session until «Ok» enables it. Only the dragon client's page load counts as opening
   * it there: its shell's GET is not the form.
   */
  const totpSetupPage = async (user: User, lang: Lang, request: FastifyRequest<{ Querystring: Query }>, refused = false): Promise<PageDescription> => {
    const sessionId = String(request.cookies[SESSION]);
    const drawnHere = !refused && (skin === 'classic' || request.query.out === 'sjson' || isDoc(request));
    let secret = store.setupSecret(sessionId);
    if (drawnHere || !secret) {
      secret = newSecret();
      store.setSetupSecret(sessionId, secret);
    }
    const qr = `data:image/png;base64,${(await qrPNG(secret, user.email)).toString('base64')}`;
    const key = drift === 'twofa-key-differs' ? newSecret() : secret;
    const serverTime = new Date().toLocaleString('en-US', { timeZone: 'UTC' });
    return describeTotpSetup(lang, drift, user, { key, account: accountName(user.email), qr, serverTime });
  };

  /**
   * The page a GET shows: the same description whichever skin renders it. A page behind log-on
   * asked for without a session is the log-on page, which lands on it afterwards (`startform`).
   */
  const describe = async (request: FastifyRequest<{ Querystring: Query }>, lang: Lang, user: User | undefined): Promise<PageDescription | undefined> => {
    const func = request.query.func ?? '';
    const startform = cleanStartform(request.query.startform);
    const params = cleanParams(request.query);
    // BILLmanager opens the registration form by `?func=register` and, for a visitor, by `?startform=register` too.
    if (func === 'register' || (!func && !user && request.query.startform === 'register')) return describeRegister(lang, drift, startform, params);
    if (func === 'logon') return describeLogon(lang, drift, startform, params);
    if (func === 'logon.totp') return store.halfSessions.get(request.cookies[HALF_SESSION]) ? describeLogonCode(lang, drift, startform, params) : describeLogon(lang, drift, startform, params);
    // A logged-in user opening `?startform=X` is shown X.
    const shown = func === '' && startform && user ? startform : func;
    const page = clientPage(shown);
    if (!page) return undefined;
    if (!user) return func === '' ? describeLogon(lang, drift, startform, params) : describeLogon(lang, drift, cleanStartform(func), params);
    return page(user, lang, request);
  };

  /** Classic: the description rendered on the server, with what was typed and the refusals. */
  const renderPage = (reply: FastifyReply, page: PageDescription, values: Record<string, string | undefined> = {}, errors: Record<string, string> = {}) =>
    // Views are named after the page, dots as dashes (`ticket.edit` → views/ticket-edit.eta).
    reply.view(page.page.replaceAll('.', '-'), { lang: page.lang, title: page.title, csrf: reply.generateCsrf(), page, values, errors });

  const registerPage = (reply: FastifyReply, lang: Lang, values: Record<string, string | undefined>, errors: Record<string, string>, startform?: string, params = '') =>
    renderPage(reply, describeRegister(lang, drift, startform, params), values, errors);

  const logonPage = (reply: FastifyReply, lang: Lang, values: Record<string, string>, errors: Record<string, string>, startform?: string, params = '') =>
    renderPage(reply, describeLogon(lang, drift, startform, params), values, errors);

  const messagePage = (reply: FastifyReply, lang: Lang, status: number, heading: string, text: string) =>
    reply.code(status).view('message', { lang, t: TEXTS[lang], title: heading, heading, text });

  /** Every POST but the ticket form's keeps the small limit (the route's own is the ticket's). */
  async function limitBody(request: FastifyRequest<{ Querystring: Query }>, reply: FastifyReply) {
    if (request.query.func === 'ticket.edit') return;
    const length = Number(request.headers['content-length'] ?? 0);
    if (length > BODY_LIMIT || request.headers['transfer-encoding']) return reply.code(413).send({ ok: false });
  }

  app.get('/healthz', async () => ({ ok: true, drift: drift ?? null }));
  app.get('/', async (_request, reply) => reply.redirect('/billmgr'));

  app.get<{ Querystring: Query }>('/billmgr', async (request, reply) => {
    const lang = langOf(request, reply);
    const user = userOf(request);
    const func = request.query.func ?? '';
    const startform = cleanStartform(request.query.startform);
    if (!func && startform && user && request.query.out !== 'sjson' && !isDoc(request)) return reply.redirect(landing(startform, cleanParams(request.query)));
    const page = await describe(request, lang, user);
    if (page) {
      // BILLmanager's own JSON form description, asked for by its single-page client.
      if (request.query.out === 'sjson') return { page, csrf: reply.generateCsrf() };
      // The same description in BILLmanager's `doc` envelope, what the dragon client reads.
      if (isDoc(request)) return toDoc(page, reply.generateCsrf());
      if (skin === 'spa') return reply.view('shell', { lang, title: page.title });
      if (skin === 'dragon') return reply.view('shell-dragon', { lang, title: page.title });
      return renderPage(reply, page);
    }
    switch (func) {
      case 'vds.order': case 'payment.new': case 'vds': return order.get(func, request, reply, lang, user);
      case 'totp.qr':
      case 'totp.key': {
        // «Сохранить QR-код» / «Сохранить ключ»: the form's secret as a file, never anyone else's.
        const secret = user && store.setupSecret(request.cookies[SESSION]);
        if (!user || !secret) return messagePage(reply, lang, 404, '404', func);
        reply.header('cache-control', 'no-store');
        if (func === 'totp.qr') return reply.type('image/png').header('content-disposition', 'attachment; filename="qrcode.png"').send(await qrPNG(secret, user.email));
        return reply.type('text/plain; charset=utf-8').header('content-disposition', 'attachment; filename="key.txt"').send(`${accountName(user.email)}\n${secret}\n`);
      }
      case 'recovery':
        return messagePage(reply, lang, 200, TEXTS[lang].recovery, TEXTS[lang].recoveryText);
      case 'notice.confirm': {
        const confirmed = store.useKey(String(request.query.key ?? ''));
        if (!confirmed) return messagePage(reply, lang, 400, TEXTS[lang].badKeyTitle, TEXTS[lang].badKeyText);
        return messagePage(reply, lang, 200, TEXTS[lang].confirmedTitle, fill(TEXTS[lang].confirmedText, { email: confirmed.email }));
      }
      default:
        if (request.query.out === 'sjson') return reply.code(404).send({ ok: false });
        if (isDoc(request)) return reply.code(404).send(docRefusal(func, lang, { func: '404' }));
        return messagePage(reply, lang, 404, '404', func);
    }
  });

  /**
   * A dragon post (`out=xjson`): BILLmanager's `sok=ok` with the documented field names, read back
   * into the store's names here, before anything else sees the body, so every rule below is the
   * same for every skin. Without `sok=ok` nothing is saved.
   */
  async function readDocumented(request: FastifyRequest<{ Querystring: Query }>, reply: FastifyReply) {
    if (!isDoc(request)) return;
    const func = request.query.func ?? '';
    const body = (request.body ?? {}) as Record<string, unknown>;
    const lang = pickLang(request.query.lang, request.cookies.lang, request.headers['accept-language']);
    if (body.sok !== 'ok' && func !== 'notice.send' && func !== 'logout') return reply.code(400).send(docRefusal(func, lang, { sok: TEXTS[lang].errRequired }));
    request.body = fromDocumented(func, body);
  }

  app.post<{ Querystring: Query }>('/billmgr', { bodyLimit: TICKET_BODY_LIMIT, onRequest: limitBody, preValidation: readDocumented, preHandler: app.csrfProtection }, async (request, reply) => {
    const lang = langOf(request, reply);
    const t = TEXTS[lang];
    const posted = (request.body ?? {}) as Record<string, unknown>;
    const startform = cleanStartform(posted.startform);
    const startparams = cleanParams(typeof posted.startparams === 'string' ? posted.startparams : '');
    switch (request.query.func) {
      case 'vds.order': case 'payment.new': return order.post(request.query.func, request, reply, lang, userOf(request));
      case 'register': {
        const form = readForm(request.body);
        const errors = validateRegistration(form, t, drift, (email) => store.hasUser(email), (response) => recaptcha.verify(registrationSiteKey(drift), response));
        if (Object.keys(errors).length) {
          const { password: _p, password_repeat: _r, ...kept } = form;
          if (wantsJson(request)) return refuseJson(request, reply, 'register', lang, errors);
          return registerPage(reply.code(422), lang, kept, errors as Record<string, string>, startform, startparams);
        }
        const user = store.addUser({
          firstName: form.first_name.trim(),
          lastName: form.last_name.trim(),
          email: form.email.trim(),
          password: form.password,
          country: form.country,
        });
        return signIn(request, reply, user, landing(startform, startparams));
      }
      case 'logon': {
        const body = (request.body ?? {}) as Record<string, unknown>;
        const username = typeof body.username === 'string' ? body.username : '';
        const user = store.checkLogin(username, typeof body.password === 'string' ? body.password : '');
        if (!user) {
          if (wantsJson(request)) return refuseJson(request, reply, 'logon', lang, { username: t.errLogin });
          return logonPage(reply.code(422), lang, { username }, { username: t.errLogin }, startform, startparams);
        }
        if (user.totpSecret) {
          // The password was right; the temporary password is asked on a page of its own.
          reply.setCookie(HALF_SESSION, store.halfSessions.open(user), { path: '/', httpOnly: true, sameSite: 'lax', secure: request.protocol === 'https' });
          const next = new URLSearchParams({ func: 'logon.totp' });
          if (startform) next.set('startform', startform);
          return goTo(request, reply, `/billmgr?${next.toString()}${startparams ? `&${startparams}` : ''}`);
        }
        return signIn(request, reply, user, landing(startform, startparams));
      }
      case 'logon.totp': {
        const body = (request.body ?? {}) as Record<string, unknown>;
        const user = store.halfSessions.get(request.cookies[HALF_SESSION]);
        if (!user?.totpSecret) return goTo(request, reply, '/billmgr?func=logon');
        if (!verifyCode(user.totpSecret, body.totp)) {
          if (wantsJson(request)) return refuseJson(request, reply, 'logon.totp', lang, { totp: t.errTotp });
          return renderPage(reply.code(422), describeLogonCode(lang, drift, startform, startparams), {}, { totp: t.errTotp });
        }
        store.halfSessions.close(request.cookies[HALF_SESSION]);
        reply.clearCookie(HALF_SESSION, { path: '/' });
        return signIn(request, reply, user, landing(startform, startparams));
      }
      case 'usrparam': {
        const user = userOf(request);
        if (!user) return wantsJson(request) ? noSession(request, reply, 'usrparam', lang) : reply.redirect('/billmgr?startform=usrparam', 303);
        const body = (request.body ?? {}) as Record<string, unknown>;
        // Kept as typed, «@» and all: the bot then never finds the account (the guide's troubleshooting).
        if (typeof body.telegram === 'string') store.setTelegram(user, body.telegram.trim());
        return goTo(request, reply, '/billmgr?func=usrparam');
      }
      case 'totp.new': {
        const user = userOf(request);
        if (!user) return wantsJson(request) ? noSession(request, reply, 'totp.new', lang) : reply.redirect('/billmgr?startform=usrparam', 303);
        const secret = store.setupSecret(request.cookies[SESSION]);
        const body = (request.body ?? {}) as Record<string, unknown>;
        if (!secret || !verifyCode(secret, body.qrcode)) {
          const errors = { qrcode: t.errTotp };
          if (wantsJson(request)) return refuseJson(request, reply, 'totp.new', lang, errors);
          // The form shown again with its refusal keeps the secret it showed.
          return renderPage(reply.code(422), await totpSetupPage(user, lang, request, true), {}, errors);
        }
        store.enableTotp(user, String(request.cookies[SESSION]), secret);
        return goTo(request, reply, '/billmgr?func=usrparam');
      }
      case 'logout':
        store.sessions.close(request.cookies[SESSION]);
        reply.clearCookie(SESSION, { path: '/' });
        return reply.redirect('/billmgr', 303);
      case 'notice.send': {
        const user = userOf(request);
        if (!user) return noSession(request, reply, 'notice.send', lang);
        if (drift !== 'no-email') {
          const key = store.confirmationKey(user);
          const link =
            drift === 'broken-confirm-link'
              ? `${siteURL(request)}/billmgr?func=notice.confirm&key=${key.slice(0, 20)}`
              : `${siteURL(request)}/billmgr?func=notice.confirm&key=${key}`;
          await mailer.sendConfirmation(user, lang, link, siteURL(request), drift === 'letter-without-button');
        }
        const message = fill(t.sent, { email: user.email });
        return isDoc(request) ? docDone('notice.send', lang, undefined, message) : { ok: true, message };
      }
      case 'ticket.edit': {
        const user = userOf(request);
        if (!user) {
          if (wantsJson(request)) return noSession(request, reply, 'ticket.edit', lang);
          return reply.redirect('/billmgr?startform=ticket.edit', 303);
        }
        const form = readTicketForm(request.body);
        const verdict = validateTicket(form, t, store.servicesOf(user));
        if (verdict.errors) {
          if (wantsJson(request)) return refuseJson(request, reply, 'ticket.edit', lang, verdict.errors);
          const values = { subject: form.subject, message: form.message, service: form.service, department: form.department, priority: form.priority };
          return renderPage(reply.code(422), describeTicketForm(lang, drift, user, store.servicesOf(user)), values, verdict.errors);
        }
        const ticket = store.addTicket(user, verdict.fields);
        const link = `${siteURL(request)}/billmgr?func=ticket.view&id=${ticket.id}`;
        // The letter is on its way; the ticket stands even if the mail server is slow or down.
        mailer.sendTicketCreated(user, lang, ticket, link, siteURL(request)).catch((error: Error) => request.log.error(error));
        if (isDoc(request)) return reply.send(docDone('ticket.edit', lang, '/billmgr?func=ticket'));
        if (wantsJson(request)) return reply.send({ ok: true, redirect: '/billmgr?func=ticket', id: ticket.id });
        return reply.redirect('/billmgr?func=ticket', 303);
      }
      default:
        return reply.code(404).send({ ok: false });
    }
  });

  /** Goes on to `target`: a redirect, or the JSON / `doc` answer that says where. */
  const goTo = (request: FastifyRequest, reply: FastifyReply, target: string) => {
    if (isDoc(request)) return reply.send(docDone((request.query as Query).func ?? '', pickLang((request.query as Query).lang, request.cookies.lang, request.headers['accept-language']), target));
    if (wantsJson(request)) return reply.send({ ok: true, redirect: target });
    return reply.redirect(target, 303);
  };

  /** Opens a session and goes to `target` (startform's page, or the main page). */
  const signIn = (request: FastifyRequest, reply: FastifyReply, user: User, target = '/billmgr') => {
    reply.setCookie(SESSION, store.sessions.open(user), { path: '/', httpOnly: true, sameSite: 'lax', secure: request.protocol === 'https' });
    if (isDoc(request)) return reply.send(docDone((request.query as Query).func ?? '', pickLang((request.query as Query).lang, request.cookies.lang, request.headers['accept-language']), target));
    if (wantsJson(request)) return reply.send({ ok: true, redirect: target });
    return reply.redirect(target, 303);
  };

  app.get<{ Params: { doc: string }; Querystring: Query }>('/legal/:doc', async (request, reply) => {
    const lang = langOf(request, reply);
    const doc = drift === 'terms-document-gone' && request.params.doc === 'terms' ? 'gone' : request.params.doc;
    // A site that answers a missing page with 200 and says so only in words, as many do.
    if (drift === 'terms-page-not-found' && doc === 'terms') {
      return reply.view('legal', { lang, t: TEXTS[lang], title: TEXTS[lang].pageNotFound, heading: TEXTS[lang].pageNotFound, document: false });
    }
    const headings: Record<string, string> = { terms: TEXTS[lang].terms, privacy: TEXTS[lang].privacy, 'tax-residency': TEXTS[lang].taxResidency };
    const heading = Object.hasOwn(headings, doc) ? headings[doc] : undefined;
    if (!heading) return messagePage(reply, lang, 404, '404', request.params.doc);
    return reply.view('legal', { lang, t: TEXTS[lang], title: heading, heading, document: true });
  });

  app.setErrorHandler((error: { statusCode?: number; message: string }, request, reply) => {
    const status = error.statusCode && error.statusCode >= 400 ? error.statusCode : 500;
    if (status >= 500) request.log.error(error);
    reply.code(status).type('text/plain; charset=utf-8').send(status >= 500 ? 'Internal error' : error.message);
  });

  return app;
}
