import type { DriftName } from '../drift.js';
import { fill, type Lang } from '../i18n.js';
import { describeChrome } from '../pages/chrome.js';
import type { Chrome } from '../pages/types.js';
import type { User } from '../store.js';
import { PERIOD_DAYS, PERIODS, periodPrice, euros, SYSTEMS, type Period, type Plan } from './catalog.js';
import { serverName, type VirtualServer } from './services.js';
import type { PaymentPage } from './payment-page.js';
import { ORDER_TEXTS } from './texts.js';

/**
 * The order flow's pages of the client area described as data (`?func=…&out=sjson`), rendered by
 * the order-*.eta views on classic, by assets/spa-order.js on spa and, through the `doc`
 * envelope (pages/doc-envelope.ts), by assets/dragon-order.js on dragon. Every text is already in
 * the page's language; `values` and `errors` are what was typed and what was refused.
 */
export type OrderPage = OrderFormPage | PaymentPage | ServicesPage;
export type { PaymentPage };

export interface OrderFormPage {
  page: 'vds.order';
  lang: Lang;
  title: string;
  heading: string;
  chrome: Chrome;
  action: string;
  back: { label: string; href: string };
  plan: string;
  ptr: { name: 'ptr'; label: string; required: boolean };
  os: {
    name: 'os';
    label: string;
    systems: Array<{ id: string; name: string; versionName: string; versionLabel: string; versions: string[] }>;
  };
  software: { name: 'software'; label: string; none: string };
  /** The plan's fixed resources: shown, not changeable. */
  fixed: Array<{ name: string; label: string; value: string }>;
  ipv4: { name: 'ipv4'; label: string; value: string };
  ipv6: { name: 'ipv6'; label: string };
  period: {
    name: 'period';
    label: string;
    note: string;
    options: Array<{ value: Period; label: string; price: string; renewal: string }>;
  };
  summary: { totalCost: string; basePrice: string; configPrice: string; configValue: string; total: string };
  pay: string;
  toCart: string;
  autoRenewal: { name: 'autorenew'; label: string };
  values: Record<string, string>;
  errors: Record<string, string>;
}

export interface ServicesPage {
  page: 'vds';
  lang: Lang;
  title: string;
  heading: string;
  chrome: Chrome;
  columns: { name: string; ip: string; os: string; status: string; expires: string };
  rows: Array<{ id: number; name: string; ip: string; os: string; status: VirtualServer['status']; statusLabel: string; expires: string }>;
  empty: { title: string; hint: string };
  order: { label: string; href: string };
  /** The browser asks again while a server is being installed. */
  installing: boolean;
}

const day = (date: Date) => date.toISOString().slice(0, 10);

/** «26 March 2025» / «26 марта 2025»: the auto-renewal note's date. */
const longDate = (date: Date, lang: Lang) =>
  new Intl.DateTimeFormat(lang === 'ru' ? 'ru-RU' : 'en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(date).replace(/\s*г\.$/, '');

const frame = (lang: Lang, drift: DriftName | undefined, user: User, func: string, title: string, href: string) =>
  describeChrome(lang, drift, user, { func, title, href, menuFunc: 'vds' });

export function describeOrderForm(
  lang: Lang,
  drift: DriftName | undefined,
  user: User,
  plan: Plan,
  values: Record<string, string>,
  errors: Record<string, string> = {},
  now = new Date(),
): OrderFormPage {
  const t = ORDER_TEXTS[lang];
  const title = fill(t.orderTab, { plan: plan.name });
  const href = `/billmgr?func=vds.order&plan=${plan.name}`;
  return {
    page: 'vds.order',
    lang,
    title,
    heading: plan.name,
    chrome: frame(lang, drift, user, 'vds.order', title, href),
    action: href,
    back: { label: t.back, href: '/billmgr?func=vds' },
    plan: plan.name,
    ptr: { name: 'ptr', label: t.ptr, required: drift === 'ptr-required' },
    os: {
      name: 'os',
      label: t.os,
      systems: SYSTEMS.map((system) => {
        const name = system.id === 'other' ? t.otherOs : system.name;
        return { id: system.id, name, versionName: `version_${system.id}`, versionLabel: fill(t.osVersion, { os: name }), versions: [...system.versions] };
      }),
    },
    software: { name: 'software', label: t.software, none: t.softwareNone },
    fixed: [
      { name: 'cpu_mhz', label: t.cpuMhz, value: '4900' },
      { name: 'cpu_count', label: t.cpuCount, value: String(plan.vcpu) },
      { name: 'ram', label: t.ramMib, value: String(plan.ramGb * 1024) },
      { name: 'disk', label: t.diskGib, value: String(plan.diskGb) },
    ],
    ipv4: { name: 'ipv4', label: t.ipv4, value: '1' },
    ipv6: { name: 'ipv6', label: t.ipv6 },
    period: {
      name: 'period',
      label: t.paymentPeriod,
      note: t.minPeriod,
      options: PERIODS.map((period) => {
        const price = euros(periodPrice(plan, period));
        const renewal = new Date(now.getTime() + PERIOD_DAYS[period] * 86_400_000);
        return {
          value: period,
          label: t.periodOptions[period],
          price,
          renewal: fill(t.autoRenewalText, { price, date: longDate(renewal, lang), day: String(renewal.getUTCDate()) }),
        };
      }),
    },
    summary: { totalCost: t.totalCost, basePrice: t.basePrice, configPrice: t.configPrice, configValue: euros(0), total: t.total },
    pay: t.pay,
    toCart: t.toCart,
    autoRenewal: { name: 'autorenew', label: t.autoRenewal },
    values,
    errors,
  };
}

export function describeServices(lang: Lang, drift: DriftName | undefined, user: User, servers: VirtualServer[], publicOrigin: string): ServicesPage {
  const t = ORDER_TEXTS[lang];
  return {
    page: 'vds',
    lang,
    title: t.servicesHeading,
    heading: t.servicesHeading,
    chrome: frame(lang, drift, user, 'vds', t.servicesHeading, '/billmgr?func=vds'),
    columns: { name: t.colName, ip: t.colIp, os: t.colOs, status: t.colStatus, expires: t.colExpires },
    rows: servers.map((server) => ({
      id: server.id,
      name: serverName(server),
      ip: server.ip,
      os: server.os,
      status: server.status,
      statusLabel: t.status[server.status],
      expires: day(server.expires),
    })),
    empty: { title: t.noServers, hint: t.noServersHint },
    order: { label: t.orderServer, href: `${publicOrigin}/virtual-servers?lang=${lang}` },
    installing: servers.some((server) => server.status === 'installing'),
  };
}
