import type { DriftName } from '../drift.js';
import { TEXTS, type Lang } from '../i18n.js';
import type { User } from '../store.js';
import { describeChrome } from './chrome.js';
import type { ReferralPage } from './types.js';

/**
 * The referral program (func=affiliate.client), as referral/1.png shows it: tabs «Доход» and
 * «Статистика», the program, the referral link to the public site and the promo code.
 * `publicOrigin` is the public site's origin (the stand-in serves it on `localhost`).
 */
export function describeReferral(lang: Lang, drift: DriftName | undefined, user: User, publicOrigin: string, tab?: string): ReferralPage {
  const t = TEXTS[lang];
  const selected = tab === 'statistics' ? 'statistics' : 'income';
  return {
    page: 'affiliate.client',
    lang,
    title: t.referral,
    heading: t.referral,
    ...describeChrome(lang, drift, user, { func: 'affiliate.client', title: t.referral }),
    sections: [
      {
        id: 'income',
        label: t.income,
        selected: selected === 'income',
        columns: [
          { key: 'date', label: t.colDate },
          { key: 'client', label: t.colClient },
          { key: 'amount', label: t.colAmount },
        ],
        rows: [],
        note: t.minWithdrawal,
      },
      {
        id: 'statistics',
        label: t.statistics,
        selected: selected === 'statistics',
        columns: [
          { key: 'client', label: t.colClient },
          { key: 'registered', label: t.colRegistered },
        ],
        rows: [],
      },
    ],
    empty: { title: t.noData, hint: t.noDataHint },
    program: { name: 'program', label: t.program, options: [{ value: 'referrals', label: drift === 'referral-rate-changed' ? t.programOptionDrift : t.programOption }] },
    link: { name: 'ref_link', label: t.refLink, value: `${publicOrigin}/?ref=${user.clientId}` },
    promo: { name: 'promo', label: t.promo, value: `ref_${user.clientId}` },
    cancel: { label: t.cancel, href: '/billmgr' },
    texts: { hint: t.hint },
  };
}
