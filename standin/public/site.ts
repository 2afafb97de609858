import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { pickLang, fill, type Lang } from '../i18n.js';
import { CURRENCIES, currencyOf, isPeriod, PERIODS, periodPrice, PLANS, type Period } from '../order/catalog.js';
import { ORDER_TEXTS } from '../order/texts.js';

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

const PRICE_FORMAT: Record<string, (amount: number) => string> = {
  eur: (amount) => `€${amount.toFixed(2)},-`,
  usd: (amount) => `$${amount.toFixed(2)},-`,
  uah: (amount) => `₴${amount.toFixed(2)},-`,
  rub: (amount) => `₽${amount.toFixed(2)},-`,
};

export async function registerPublicSite(app: FastifyInstance): Promise<void> {
  const constraints = { host: PUBLIC_HOST };

  app.get('/', { constraints }, async (request, reply) => {
    // `?ref=<id>`: a referral link lands here; the visitor sees the same page.
    const lang = langOf(request, reply);
    const t = ORDER_TEXTS[lang];
    return reply.view('public-landing', { lang, t, title: t.siteTitle, links: navLinks(request, lang) });
  });

  app.get('/virtual-servers', { constraints }, async (request, reply) => {
    const lang = langOf(request, reply);
    const t = ORDER_TEXTS[lang];
    const query = request.query as Query;
    const period: Period = isPeriod(query.period) ? query.period : 'month';
    const currency = currencyOf(query.currency);
    const plans = PLANS.map((plan) => {
      const order = new URLSearchParams({ startform: 'vds.order', plan: plan.name, period, lang });
      return {
        name: plan.name,
        cpu: plan.vcpu,
        ram: plan.ramGb,
        disk: plan.diskGb,
        blurb: plan.blurb[lang],
        specs: [
          { icon: 'cpu', text: `R9 5950X ${plan.vcpu} vCPU 4.9 GHz` },
          { icon: 'disk', text: `${plan.diskGb} GB NVMe` },
          { icon: 'ram', text: `${plan.ramGb} GB DDR4 ECC` },
          { icon: 'net', text: plan.network },
          { icon: 'shield', text: 'Anti-DDoS Standard' },
          { icon: 'map', text: t.location },
        ],
        tags: ['KVM', '1 IPv4', '/64 IPv6', '4.9 GHz'],
        price: PRICE_FORMAT[currency.id](periodPrice(plan, period) * currency.rate),
        per: t.perPeriod[period],
        orderHref: `${clientOrigin(request)}/billmgr?${order.toString()}`,
      };
    });
    return reply.view('public-plans', {
      lang,
      t,
      title: t.virtualServers,
      links: navLinks(request, lang),
      plans,
      // The sliders narrow the list in the browser (assets/public.js); the label template shows the value.
      filters: [
        { name: 'cpu', label: fill(t.filterCpu, { n: '1' }), template: t.filterCpu, min: 1, max: 4, icon: 'cpu' },
        { name: 'ram', label: fill(t.filterRam, { n: '1' }), template: t.filterRam, min: 1, max: 8, icon: 'ram' },
        { name: 'disk', label: fill(t.filterDisk, { n: '20' }), template: t.filterDisk, min: 20, max: 160, icon: 'disk' },
      ],
      periods: PERIODS.map((id) => ({ id, label: t.periods[id], discount: id === 'halfyear' ? '-5%' : id === 'year' ? '-10%' : '', pressed: id === period })),
      currencies: CURRENCIES.map((c) => ({ id: c.id, symbol: c.symbol, pressed: c.id === currency.id })),
      period,
      currency: currency.id,
    });
  });
}

/** The header's links: the plans page, the client area, the other language. */
function navLinks(request: FastifyRequest, lang: Lang) {
  const t = ORDER_TEXTS[lang];
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
