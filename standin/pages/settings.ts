import type { DriftName } from '../drift.js';
import { TEXTS, type Lang } from '../i18n.js';
import type { User } from '../store.js';
import { describeChrome } from './chrome.js';
import type { SettingsPage, TotpSetupPage } from './types.js';

/** What the settings page shows of the persona's Telegram link, as the client area knows it. */
export interface TelegramLink {
  /** The bot's username and its t.me link. */
  bot: { username: string; href: string };
  /** The bot has /start from the username the form holds. */
  confirmed: boolean;
  /** The section starts closed (the spa and dragon skins), as the guide warns it may. */
  folded: boolean;
}

/**
 * «Настройки пользователя - <e-mail>» with its two-step authentication section (2fa/<lang>/enable-2fa.png)
 * and its Telegram section (telegram-notifications/<lang>/2.png), saved by «Ok».
 */
export function describeSettings(lang: Lang, drift: DriftName | undefined, user: User, telegram: TelegramLink): SettingsPage {
  const t = TEXTS[lang];
  const heading = `${t.userSettings} - ${user.email}`;
  const confirmed = drift === 'telegram-status-renamed' ? t.telegramConfirmedDrift : t.telegramConfirmed;
  return {
    page: 'usrparam',
    lang,
    title: t.userSettings,
    heading,
    action: '/billmgr?func=usrparam',
    ...describeChrome(lang, drift, user, { func: 'usrparam', title: t.userSettings }),
    twofa: user.totpSecret
      ? { heading: t.twofaSection, text: t.twofaIntro, enabled: t.twofaEnabled }
      : { heading: t.twofaSection, text: t.twofaIntro, enable: { label: t.twofaEnable, href: '/billmgr?func=totp.new' } },
    telegram: {
      heading: t.telegramSection,
      folded: telegram.folded,
      field: { name: 'telegram', label: t.telegramField, value: user.telegram ?? '' },
      intro: t.telegramIntro,
      steps: [...t.telegramSteps],
      receiving: t.telegramReceiving,
      bot: { label: telegram.bot.username, href: telegram.bot.href },
      status: telegram.confirmed ? confirmed : t.telegramPending,
    },
    ok: t.settingsOk,
    cancel: { label: t.twofaCancel, href: '/billmgr' },
    texts: { hint: t.hint },
  };
}

export interface TotpShown {
  /** The secret the key field shows (drift `twofa-key-differs`: not the QR code's). */
  key: string;
  account: string;
  qr: string;
  serverTime: string;
}

/** The setup form (2fa/<lang>/2fa-settings.png), for a secret already made and its QR code. */
export function describeTotpSetup(lang: Lang, drift: DriftName | undefined, user: User, shown: TotpShown): TotpSetupPage {
  const t = TEXTS[lang];
  return {
    page: 'totp.new',
    lang,
    title: t.twofaTitle,
    heading: t.twofaTitle,
    action: '/billmgr?func=totp.new',
    ...describeChrome(lang, drift, user, { func: 'totp.new', title: t.twofaTitle, menuFunc: 'usrparam' }),
    qr: shown.qr,
    scan: t.twofaScan,
    clock: t.twofaClock,
    saveQr: { label: t.twofaSaveQr, link: { label: t.twofaSave, href: '/billmgr?func=totp.qr' } },
    saveKey: { label: t.twofaSaveKey, link: { label: t.twofaSave, href: '/billmgr?func=totp.key' } },
    warning: t.twofaWarning,
    serverTime: { name: 'server_time', label: t.twofaServerTime, value: shown.serverTime },
    accountName: { name: 'account_name', label: t.twofaAccount, value: shown.account },
    key: { name: 'secret', label: t.twofaKey, value: shown.key },
    code: { name: 'qrcode', label: t.twofaCode },
    ok: drift === 'twofa-ok-renamed' ? t.twofaOkDrift : t.twofaOk,
    cancel: { label: t.twofaCancel, href: '/billmgr?func=usrparam' },
    texts: { hint: t.hint },
  };
}
