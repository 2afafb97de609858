import type { Settings } from './settings.js';

/** The client area the guides run against, and where its letters are read. */
export interface Target {
  baseURL: string;
  /** True for the stand-in this project starts itself. */
  embedded: boolean;
  siteOrigin: string;
  /** The local mail server's HTTP API, when the embedded target is used. */
  mailApiURL?: string;
}

export function resolveTarget(settings: Settings): Target {
  if (settings.baseURL) return { baseURL: settings.baseURL.replace(/\/+$/, ''), embedded: false, siteOrigin: settings.siteOrigin };
  return {
    baseURL: `http://127.0.0.1:${settings.standinPort}`,
    embedded: true,
    siteOrigin: settings.siteOrigin,
    mailApiURL: `http://127.0.0.1:${settings.mailApiPort}`,
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
