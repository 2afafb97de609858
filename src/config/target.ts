import { SKINS } from './schema.js';
import type { Settings, Skin } from './settings.js';

/** The client area the guides run against, and where its letters are read. */
export interface Target {
  baseURL: string;
  /** True for the stand-in this project starts itself. */
  embedded: boolean;
  siteOrigin: string;
  /** The documented public site (plans, prices) and where it is reached on this target. */
  publicSite: { origin: string; url: string };
  /** A Mailpit-compatible HTTP API holding the target's letters: MAIL_API_URL, else the local mail server of the embedded target. */
  mailApiURL?: string;
  /** The embedded target's imitation of Telegram's web client (its own origin). */
  telegramImitation?: string;
}

/**
 * The port a skin of the embedded stand-in is served on: classic on STANDIN_PORT, then each other
 * skin of SKINS on the next one (spa + 1, dragon + 2); the `variant`-th of STANDIN_VARIANTS after
 * the ports of the variants before it (SKINS.length ports each).
 */
export function standinPort(settings: Pick<Settings, 'standinPort'>, skin: Skin, variant = 0): number {
  return settings.standinPort + variant * SKINS.length + SKINS.indexOf(skin);
}

/** The target for one skin of the embedded stand-in; an external BASE_URL is the same whatever the skin. */
export function resolveTarget(settings: Settings, skin: Skin = 'classic', variant = 0): Target {
  const mailApiURL = settings.mailApiURL?.replace(/\/+$/, '');
  const publicOrigin = new URL(settings.publicSiteOrigin).origin;
  const publicSite = (fallback: string) => ({ origin: publicOrigin, url: (settings.publicSiteURL ?? fallback).replace(/\/+$/, '') });
  if (settings.baseURL) {
    return { baseURL: settings.baseURL.replace(/\/+$/, ''), embedded: false, siteOrigin: settings.siteOrigin, publicSite: publicSite(publicOrigin), mailApiURL };
  }
  const port = standinPort(settings, skin, variant);
  return {
    baseURL: `http://127.0.0.1:${port}`,
    embedded: true,
    siteOrigin: settings.siteOrigin,
    // The stand-in serves the public site under another host name of the same port: another origin, as on the real sites.
    publicSite: publicSite(`http://localhost:${port}`),
    mailApiURL: mailApiURL ?? `http://127.0.0.1:${settings.mailApiPort}`,
    // A third host name of the same port: Chromium resolves every *.localhost to this machine.
    telegramImitation: `http://telegram.localhost:${port}`,
  };
}

/**
 * Where a link of the guide leads on the target: the documented client area's origin is swapped for
 * the target's, the documented public site's for the one tested beside it, and the path is kept, so a page that moved is caught rather than silently followed.
 */
export function onTarget(target: Target, url: string): string {
  const parsed = new URL(url, target.siteOrigin);
  const path = parsed.pathname + parsed.search + parsed.hash;
  if (parsed.origin === new URL(target.siteOrigin).origin) return new URL(path, new URL(target.baseURL).origin).href;
  if (parsed.origin === target.publicSite.origin) return new URL(path, new URL(target.publicSite.url).origin).href;
  return parsed.href;
}
