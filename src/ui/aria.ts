import type { Locator } from '@playwright/test';

export interface AriaNode {
  role: string;
  name: string;
}

/**
 * The roles and names a screen reader would announce inside `scope`, read from Playwright's ARIA
 * snapshot: the same view of the page a person has, with no knowledge of its markup.
 */
export async function ariaNodes(scope: Locator): Promise<AriaNode[]> {
  const snapshot = await scope.ariaSnapshot({ timeout: 5_000 }).catch(() => '');
  const nodes: AriaNode[] = [];
  for (const line of snapshot.split('\n')) {
    const found = /^\s*-\s+([a-z]+)(?:\s+"((?:[^"\\]|\\.)*)")?/.exec(line);
    if (found) nodes.push({ role: found[1], name: (found[2] ?? '').replace(/\\(.)/g, '$1') });
  }
  return nodes;
}
