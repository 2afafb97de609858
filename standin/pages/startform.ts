/**
 * BILLmanager's `startform=<func>`: the page to land on after log-on or registration, with the
 * parameters it was asked for with (`&plan=RZ9-2`, `&id=3`). Only a func's name is accepted
 * (letters, digits, dots, underscores) and only plain parameters, and only the stand-in's own
 * `/billmgr?func=…` is ever built from them, so they cannot redirect anywhere else.
 */
const FUNC = /^[a-z][a-z0-9_.]{0,63}$/iu;
const PARAM = /^[a-z][a-z0-9_]{0,31}$/iu;
const NOT_TARGETS = new Set(['logon', 'register', 'logout', 'recovery', 'notice.confirm', 'notice.send']);
/** Parameters of the log-on/registration pages themselves, never carried on. */
const OWN = new Set(['func', 'startform', 'startparams', 'lang', 'out', 'clickstat', '_csrf']);

export function cleanStartform(value: unknown): string | undefined {
  return typeof value === 'string' && FUNC.test(value) && !NOT_TARGETS.has(value) ? value : undefined;
}

/** The parameters to carry on, as a query string: from a request's query or a posted `startparams`. */
export function cleanParams(source: unknown): string {
  const entries: Array<[string, string]> =
    typeof source === 'string'
      ? [...new URLSearchParams(source)]
      : Object.entries((source && typeof source === 'object' ? source : {}) as Record<string, unknown>).filter((entry): entry is [string, string] => typeof entry[1] === 'string');
  const kept = new URLSearchParams();
  for (const [name, value] of entries) if (PARAM.test(name) && !OWN.has(name) && value.length <= 200) kept.set(name, value);
  return kept.toString();
}

/** Where the browser goes after log-on or registration. */
export function landing(startform: string | undefined, params = ''): string {
  if (!startform) return '/billmgr';
  const clean = cleanParams(params);
  return `/billmgr?func=${startform}${clean ? `&${clean}` : ''}`;
}

/** A link carrying `startform` (and its parameters) on. */
export function withStartform(href: string, startform: string | undefined, params = ''): string {
  if (!startform) return href;
  const clean = cleanParams(params);
  return `${href}${href.includes('?') ? '&' : '?'}startform=${startform}${clean ? `&${clean}` : ''}`;
}

/** The hidden fields a form posts so its success lands on `startform`. */
export function startFields(startform: string | undefined, params = ''): Record<string, string> {
  if (!startform) return {};
  const clean = cleanParams(params);
  return clean ? { startform, startparams: clean } : { startform };
}
