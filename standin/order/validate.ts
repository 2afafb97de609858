import type { DriftName } from '../drift.js';
import type { Lang } from '../i18n.js';
import { isPeriod, systemById, type Period } from './catalog.js';
import { ORDER_TEXTS } from './texts.js';

/** A host name as a PTR record holds it: dot-separated labels of letters, digits and inner hyphens. */
const HOSTNAME = /^(?=.{1,253}$)(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}\.?$/i;

export interface OrderChoice {
  os: string;
  ptr: string;
  period: Period;
  autoRenewal: boolean;
}

/**
 * The order form's rules, enforced on the server: an operating system must be chosen; the PTR
 * record is optional (required under drift "ptr-required") but, when given, must be a host name.
 * Returns what was typed (to show it again) and either the refusals or the accepted choice.
 */
export function validateOrder(
  body: unknown,
  lang: Lang,
  drift: DriftName | undefined,
): { values: Record<string, string>; errors: Record<string, string>; choice?: OrderChoice } {
  const t = ORDER_TEXTS[lang];
  const raw = (body ?? {}) as Record<string, unknown>;
  const text = (name: string) => (typeof raw[name] === 'string' ? (raw[name] as string) : '');
  const values: Record<string, string> = {};
  for (const [name, value] of Object.entries(raw)) if (typeof value === 'string' && name !== '_csrf') values[name] = value.slice(0, 300);
  const errors: Record<string, string> = {};

  const system = systemById(text('os'));
  if (!system) errors.os = t.errRequired;
  const ptr = text('ptr').trim();
  if (!ptr) {
    if (drift === 'ptr-required') errors.ptr = t.errRequired;
  } else if (!HOSTNAME.test(ptr)) errors.ptr = t.errHostname;
  const period = isPeriod(text('period')) ? (text('period') as Period) : 'month';
  values.period = period;
  if (Object.keys(errors).length || !system) return { values, errors };

  const versions: readonly string[] = system.versions;
  const version = versions.includes(text(`version_${system.id}`)) ? text(`version_${system.id}`) : versions[0];
  return { values, errors, choice: { os: version, ptr: ptr.replace(/\.$/, '').toLowerCase(), period, autoRenewal: text('autorenew') === 'on' } };
}
