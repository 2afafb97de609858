import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Eta } from 'eta';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Skin } from '../../src/config/settings.js';
import type { DriftName } from '../drift.js';
import { TEXTS, type Lang } from '../i18n.js';
import { docDone, docRefusal, toDoc } from '../pages/doc-envelope.js';
import type { Store, User } from '../store.js';
import { registerPublicSite, publicOrigin } from '../public/site.js';
import { isPeriod, planByName, type Period } from './catalog.js';
import { ServerLetters } from './mail.js';
import { describeOrderForm, describeServices, type OrderPage } from './pages.js';
import { accepts, isMethod, methodById } from './payment-methods.js';
import { describePayment } from './payment-page.js';
import { PAYMENT_TEXTS } from './payment-texts.js';
import { VirtualServers, type VirtualServer } from './services.js';
import { ORDER_TEXTS } from './texts.js';
import { validateOrder } from './validate.js';

const VIEWS = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'views');

export interface OrderFlowOptions {
  store: Store;
  skin: Skin;
  drift: DriftName | undefined;
  smtpPort: number;
  /** Seconds a paid server stays «Установка» before it is «Активен» (default 3). */
  installSeconds?: number;
}

type Query = Record<string, string | undefined>;

export interface OrderFlow {
  get(func: string, request: FastifyRequest, reply: FastifyReply, lang: Lang, user: User | undefined): Promise<unknown>;
  post(func: string, request: FastifyRequest, reply: FastifyReply, lang: Lang, user: User | undefined): Promise<unknown>;
}

/**
 * The VPS order flow: the public site (its own origin, `localhost:<port>`), the order form
 * (`?func=vds.order&plan=…`), the payment (`?func=payment.new&order=…`) and the servers list
 * (`?func=vds`). A server is «Установка» for `installSeconds`, then «Активен» and its access
 * letter is sent (drift "install-fails": «Ошибка установки», no letter).
 */
export async function registerOrderFlow(app: FastifyInstance, options: OrderFlowOptions): Promise<OrderFlow> {
  const { store, skin, drift } = options;
  const installSeconds = options.installSeconds ?? 3;
  const servers = new VirtualServers(store);
  const letters = new ServerLetters(options.smtpPort, new Eta({ views: VIEWS }));
  app.addHook('onClose', async () => {
    servers.close();
    letters.close();
  });
  await registerPublicSite(app);

  /** The dragon client's requests (`out=xjson`), answered in BILLmanager's `doc` envelope. */
  const isDoc = (request: FastifyRequest) => (request.query as Query).out === 'xjson';
  const wantsJson = (request: FastifyRequest) => isDoc(request) || (request.headers.accept ?? '').includes('application/json');
  const siteURL = (request: FastifyRequest) => `${request.protocol}://${request.host}`;

  /** The log-on page that brings the visitor back to this form afterwards. */
  const logonFor = (func: string, query: Query, lang: Lang) => {
    const target = new URLSearchParams({ startform: func });
    if (func === 'vds.order') {
      if (query.plan) target.set('plan', query.plan);
      if (query.period) target.set('period', query.period);
    }
    target.set('lang', lang);
    if (query.out) target.set('out', query.out);
    return `/billmgr?${target.toString()}`;
  };

  const message = (reply: FastifyReply, lang: Lang, status: number, heading: string, text: string) =>
    reply.code(status).view('message', { lang, t: TEXTS[lang], title: heading, heading, text });

  const VIEW_OF: Record<OrderPage['page'], string> = { 'vds.order': 'order-form', 'payment.new': 'order-payment', vds: 'order-services' };

  /**
   * The same description for every skin: JSON for the spa client, the `doc` envelope for the
   * dragon client, their shells on spa and dragon, the Eta view on classic.
   */
  const show = (request: FastifyRequest, reply: FastifyReply, page: OrderPage) => {
    if ((request.query as Query).out === 'sjson') return reply.send({ page, csrf: reply.generateCsrf() });
    if (isDoc(request)) return reply.send(toDoc(page, reply.generateCsrf()));
    if (skin === 'spa') return reply.view('shell', { lang: page.lang, title: page.title });
    if (skin === 'dragon') return reply.view('shell-dragon', { lang: page.lang, title: page.title });
    return reply.view(VIEW_OF[page.page], { lang: page.lang, title: page.title, csrf: reply.generateCsrf(), page });
  };

  /** A refusal: JSON for a script, the page again (422) with the messages for a plain form post. */
  const refuse = (request: FastifyRequest, reply: FastifyReply, page: OrderPage, errors: Record<string, string>) => {
    if (isDoc(request)) return reply.send(docRefusal(page.page, page.lang, errors));
    if (wantsJson(request)) return reply.code(422).send({ ok: false, errors });
    reply.code(422);
    return reply.view(VIEW_OF[page.page], { lang: page.lang, title: page.title, csrf: reply.generateCsrf(), page });
  };

  const go = (request: FastifyRequest, reply: FastifyReply, func: string, lang: Lang, to: string) => {
    if (isDoc(request)) return reply.send(docDone(func, lang, to));
    return wantsJson(request) ? reply.send({ ok: true, redirect: to }) : reply.redirect(to, 303);
  };

  const settle = (server: VirtualServer, user: User, site: string) => {
    if (drift === 'install-fails') {
      server.status = 'failed';
      return;
    }
    server.status = 'active';
    letters.sendReady(user, server, site).catch((error: Error) => app.log.error(error, 'the access letter could not be sent'));
  };

  return {
    async get(func, request, reply, lang, user) {
      const query = request.query as Query;
      if (!user) return reply.redirect(logonFor(func, query, lang), 303);
      switch (func) {
        case 'vds.order': {
          const plan = planByName(query.plan);
          if (!plan) return message(reply, lang, 404, '404', ORDER_TEXTS[lang].errPlan);
          const period: Period = isPeriod(query.period) ? query.period : 'month';
          return show(request, reply, describeOrderForm(lang, drift, user, plan, { period, autorenew: 'on' }));
        }
        case 'payment.new': {
          const order = servers.openOrder(user, Number(query.order));
          if (!order) return message(reply, lang, 404, PAYMENT_TEXTS[lang].title, PAYMENT_TEXTS[lang].badOrder);
          return show(request, reply, describePayment(lang, drift, user, order));
        }
        default:
          return show(request, reply, describeServices(lang, drift, user, servers.serversOf(user), publicOrigin(request)));
      }
    },

    async post(func, request, reply, lang, user) {
      const query = request.query as Query;
      if (!user) {
        if (isDoc(request)) return reply.code(401).send(docRefusal(func, lang, { session: TEXTS[lang].errLogin }));
        return wantsJson(request) ? reply.code(401).send({ ok: false }) : reply.redirect(logonFor(func, query, lang), 303);
      }
      switch (func) {
        case 'vds.order': {
          const plan = planByName(query.plan);
          if (!plan) return message(reply, lang, 404, '404', ORDER_TEXTS[lang].errPlan);
          const { values, errors, choice } = validateOrder(request.body, lang, drift);
          if (!choice) return refuse(request, reply, describeOrderForm(lang, drift, user, plan, values, errors), errors);
          const order = servers.addOrder(user, { plan, lang, ...choice });
          return go(request, reply, func, lang, `/billmgr?func=payment.new&order=${order.id}`);
        }
        case 'payment.new': {
          const order = servers.openOrder(user, Number(query.order));
          if (!order) return message(reply, lang, 404, PAYMENT_TEXTS[lang].title, PAYMENT_TEXTS[lang].badOrder);
          const posted = (request.body as Record<string, unknown> | undefined)?.method;
          // Only the personal account pays here; another method, or one the amount is below, is refused at its card.
          const method = isMethod(posted) ? methodById(posted) : methodById('account');
          if (!isMethod(posted) || !('pays' in method) || !accepts(method, order.amountEur)) {
            const text = accepts(method, order.amountEur) ? PAYMENT_TEXTS[lang].unavailable : PAYMENT_TEXTS[lang].belowMinimum;
            const page = describePayment(lang, drift, user, order, { method: method.id, text });
            return refuse(request, reply, page, { [method.id]: text });
          }
          const site = siteURL(request);
          servers.pay(user, order, installSeconds, (server) => settle(server, user, site));
          return go(request, reply, func, lang, '/billmgr?func=vds');
        }
        default:
          return reply.code(404).send({ ok: false });
      }
    },
  };
}
