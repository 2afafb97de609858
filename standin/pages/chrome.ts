import type { DriftName } from '../drift.js';
import { fill, TEXTS, type Lang } from '../i18n.js';
import type { User } from '../store.js';
import type { Chrome, CurrentPage, MenuGroup } from './types.js';

/** The link of a page of the client area. */
export const funcHref = (func: string): string => (func === 'main' ? '/billmgr' : `/billmgr?func=${func}`);

/**
 * The side menu: BILLmanager's groups, each with the items the stand-in has pages for. The group
 * holding the page shown starts open, as the real client area leaves it.
 */
function describeMenu(lang: Lang, drift: DriftName | undefined, menuFunc: string): MenuGroup[] {
  const t = TEXTS[lang];
  const items: Record<string, Array<{ label: string; func: string }>> = {
    client: [
      { label: t.referral, func: 'affiliate.client' },
      { label: t.userSettings, func: 'usrparam' },
    ],
    products: [{ label: t.virtualServers, func: 'vds' }],
    finance: [],
    support: [],
    tools: [],
    statistics: [],
    help: [],
  };
  const tickets = { label: drift === 'tickets-menu-renamed' ? t.ticketsMenuDrift : t.requests, func: 'ticket' };
  if (drift === 'tickets-entry-moved') items.client.push(tickets);
  else items.support.push(tickets);
  return Object.entries(items).map(([id, entries], i) => {
    const links = entries.map((entry) => ({ label: entry.label, href: funcHref(entry.func), current: entry.func === menuFunc || undefined }));
    // The section the entry moved to is left open, as BILLmanager remembers an opened section.
    const open = links.some((link) => link.current) || (drift === 'tickets-entry-moved' && id === 'client');
    return { id, label: t.menu[i], open, items: links };
  });
}

/**
 * The frame every page behind log-on is drawn in (header, balance, workspace tabs, side menu,
 * notification strip and its dialog), whichever page `current` is. Every skin renders it the same
 * way around the page's own content.
 */
export function describeChrome(lang: Lang, drift: DriftName | undefined, user: User, current: CurrentPage): Chrome {
  const t = TEXTS[lang];
  const isMain = current.func === 'main' || current.func === '';
  return {
    notification: user.confirmed
      ? undefined
      : {
          text: drift === 'notice-text-changed' ? t.noticeDrift : t.notice,
          position: drift === 'notice-at-bottom' ? 'bottom' : 'top',
          opensDialog: drift !== 'dialog-not-opening',
          close: t.close,
          ...(drift === 'notice-text-plain' ? { button: t.noticeButton } : {}),
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
    settings: { label: t.settings, href: '/billmgr?func=usrparam' },
    balance: { label: t.balance, amount: '0.00 €', addFunds: t.addFundsLower },
    menu: describeMenu(lang, drift, current.menuFunc ?? current.func),
    // «Главная» always, then the page shown (BILLmanager keeps every opened screen as a tab).
    tabs: isMain ? [t.main] : [t.main, current.title],
    tabLinks: isMain ? ['/billmgr'] : ['/billmgr', current.href ?? funcHref(current.func)],
    copyright: t.copyright,
    layout: drift === 'layout-shift' ? 'shifted' : undefined,
  };
}
