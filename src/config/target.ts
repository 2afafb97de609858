import type { Settings, Skin } from './settings.js';

/** The client area the guides run against, and where its letters are read. */
export interface Target {
  baseURL: string;
  /** True for the stand-in this project starts itself. */
  embedded: boolean;
  siteOrigin: string;
  /** A Mailpit-compatible HTTP API holding the target's letters: MAIL_API_URL, else the local mail server of the embedded target. */
  mailApiURL?: string;
}

/** The port a skin of the embedded stand-in is served on: classic on STANDIN_PORT, spa on the next one. */
export function standinPort(settings: Pick<Settings, 'standinPort'>, skin: Skin): number {
  return settings.standinPort + (skin === 'spa' ? 1 : 0);
}

/** The target for one skin of the embedded stand-in; an external BASE_URL is the same whatever the skin. */
export function resolveTarget(settings: Settings, skin: Skin = 'classic'): Target {
  const mailApiURL = settings.mailApiURL?.replace(/\/+$/, '');
  if (settings.baseURL) return { baseURL: settings.baseURL.replace(/\/+$/, ''), embedded: false, siteOrigin: settings.siteOrigin, mailApiURL };
  return {
    baseURL: `http://127.0.0.1:${standinPort(settings, skin)}`,
    embedded: true,
    siteOrigin: settings.siteOrigin,
    mailApiURL: mailApiURL ?? `http://127.0.0.1:${settings.mailApiPort}`,
  };
}

/**
 * Where a link of the guide leads on the target: the documented site's origin is swapped for the
 * target's and the path is kept, so a page that moved is caught rather than silently followed.
 */
export function onTarget(target: Target, url: string): string {
  const parsed = new URL(url, target.siteOrigin);
  if (parsed.origin !== new URL(target.siteOrigin).origin) return parsed.href;
  const base = new URL(target.baseURL);
  return new URL(parsed.pathname + parsed.search + parsed.hash, base.origin).href;
}
