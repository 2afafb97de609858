import { randomUUID } from 'node:crypto';
import type { BrowserContext, Locator } from '@playwright/test';

const BINDING = '__guideVerifierSecret';
const registries = new WeakMap<BrowserContext, Map<string, string>>();

/**
 * Types a secret into a field without handing it to a Playwright call: `fill(password)` would put
 * the password into the step title, the HTML report and the trace. The page fetches the value
 * through a binding instead, so only an opaque id is ever recorded.
 */
export async function fillSecret(field: Locator, secret: string): Promise<void> {
  const context = field.page().context();
  let registry = registries.get(context);
  if (!registry) {
    const created = new Map<string, string>();
    registry = created;
    registries.set(context, created);
    await context.exposeBinding(BINDING, (_source, id: string) => created.get(id) ?? '');
  }
  const id = randomUUID();
  registry.set(id, secret);
  await field.evaluate(async (element, [name, key]) => {
    const input = element as HTMLInputElement;
    const lookup = (window as unknown as Record<string, (id: string) => Promise<string>>)[name];
    const value = await lookup(key);
    // The prototype's setter, so frameworks that watch the property see the change.
    Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')?.set?.call(input, value);
    input.dispatchEvent(new Event('input', { bubbles: true }));
    input.dispatchEvent(new Event('change', { bubbles: true }));
  }, [BINDING, id] as const);
  registry.delete(id);
}
