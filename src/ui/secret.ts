import { randomUUID } from 'node:crypto';
import type { BrowserContext, Locator } from '@playwright/test';

const BINDING = '__guideVerifierSecret';
/** Per context: an opaque id for each secret, and the secret by id. */
const registries = new WeakMap<BrowserContext, { ids: Map<string, string>; secrets: Map<string, string> }>();

/**
 * Types a secret into a field without handing it to a Playwright call: `fill(password)` would put
 * the password into the step title, the HTML report and the trace. The page fetches the value
 * through a binding instead, so only an opaque id is ever recorded.
 */
export async function fillSecret(field: Locator, secret: string): Promise<void> {
  const context = field.page().context();
  let registry = registries.get(context);
  if (!registry) {
    const created = { ids: new Map<string, string>(), secrets: new Map<string, string>() };
    registry = created;
    registries.set(context, created);
    await context.exposeBinding(BINDING, (_source, id: string) => created.secrets.get(id) ?? '');
  }
  // One id per secret: a page that fetched it once (the password, then its repeat) types it again
  // without another trip to this process.
  let id = registry.ids.get(secret);
  if (!id) {
    id = randomUUID();
    registry.ids.set(secret, id);
    registry.secrets.set(id, secret);
  }
  await field.evaluate(async (element, [name, key]) => {
    const input = element as HTMLInputElement;
    const page = window as unknown as Record<string, unknown>;
    const fetched = (page[`${name}:fetched`] ??= new Map<string, string>()) as Map<string, string>;
    const value = fetched.get(key) ?? (await (page[name] as (id: string) => Promise<string>)(key));
    fetched.set(key, value);
    // The prototype's setter, so frameworks that watch the property see the change.
    Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')?.set?.call(input, value);
    input.dispatchEvent(new Event('input', { bubbles: true }));
    input.dispatchEvent(new Event('change', { bubbles: true }));
  }, [BINDING, id] as const);
}
