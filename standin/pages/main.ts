import { countryName } from '../countries.js';
import type { DriftName } from '../drift.js';
import { TEXTS, type Lang } from '../i18n.js';
import type { User } from '../store.js';
import { describeChrome } from './chrome.js';
import type { MainPage } from './types.js';

/** The main page after log-on: the unconfirmed-address notification, its dialog, the dashboard. */
export function describeMain(lang: Lang, drift: DriftName | undefined, user: User): MainPage {
  const t = TEXTS[lang];
  return {
    page: 'main',
    lang,
    title: t.main,
    heading: t.main,
    ...describeChrome(lang, drift, user, { func: 'main', title: t.main }),
    refreshTip: t.refreshTip,
    tiles: [
      { label: t.tiles.order, icon: 'blue' },
      { label: `${t.tiles.balance}: 0.00 €`, button: t.tiles.addFunds },
      { label: t.tiles.ask, icon: 'orange', href: '/billmgr?func=ticket.edit' },
      { label: t.tiles.settings, icon: 'blue' },
      { label: t.tiles.help, icon: 'green' },
    ],
    panels: {
      accountInfo: {
        heading: t.accountInfo,
        rows: [
          { label: t.rows.clientId, value: String(user.clientId) },
          { label: t.rows.country, value: countryName(user.country, lang) },
          { label: t.rows.registered, value: user.registered.toISOString().slice(0, 10) },
          { label: t.rows.provider, value: 'Senko Digital Ltd' },
          { label: t.rows.accountId, value: String(user.accountId) },
          { label: t.rows.balance, value: '0.00 €', accent: true },
          { label: t.rows.turnover, value: '-' },
        ],
      },
      services: t.services,
      tickets: {
        heading: t.tickets,
        links: [
          { label: t.allTickets, href: '/billmgr?func=ticket' },
          { label: t.tiles.ask, href: '/billmgr?func=ticket.edit' },
        ],
      },
      activeServices: t.activeServices,
      empty: { title: t.noData, hint: t.noDataHint },
    },
  };
}
