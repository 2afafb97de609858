import { countryName } from '../countries.js';
import type { DriftName } from '../drift.js';
import { fill, TEXTS, type Lang } from '../i18n.js';
import type { User } from '../store.js';
import type { MainPage } from './types.js';

/** The main page after log-on: the unconfirmed-address notification, its dialog, the dashboard. */
export function describeMain(lang: Lang, drift: DriftName | undefined, user: User): MainPage {
  const t = TEXTS[lang];
  return {
    page: 'main',
    lang,
    title: t.main,
    heading: t.main,
    notification: user.confirmed
      ? undefined
      : {
          text: drift === 'notice-text-changed' ? t.noticeDrift : t.notice,
          position: drift === 'notice-at-bottom' ? 'bottom' : 'top',
          opensDialog: drift !== 'dialog-not-opening',
          close: t.close,
        },
    dialog: {
      title: t.dialogTitle,
      text: fill(t.dialogText, { email: user.email }),
      ok: drift === 'dialog-button-renamed' ? t.okDrift : t.ok,
      cancel: t.cancel,
      action: '/billmgr?func=notice.send',
    },
    account: drift === 'address-not-shown' ? `${user.firstName} ${user.lastName}` : user.email,
    logout: { label: t.logout, action: '/billmgr?func=logout' },
    balance: { label: t.balance, amount: '0.00 €', addFunds: t.addFundsLower },
    menu: [...t.menu],
    tabs: [t.main],
    refreshTip: t.refreshTip,
    tiles: [
      { label: t.tiles.order, icon: 'blue' },
      { label: `${t.tiles.balance}: 0.00 €`, button: t.tiles.addFunds },
      { label: t.tiles.ask, icon: 'orange' },
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
      tickets: { heading: t.tickets, links: [t.allTickets, t.tiles.ask] },
      activeServices: t.activeServices,
      empty: { title: t.noData, hint: t.noDataHint },
    },
    copyright: t.copyright,
    layout: drift === 'layout-shift' ? 'shifted' : undefined,
  };
}
