import { isMap, isScalar, parseDocument } from 'yaml';
import type { GuideEdit } from './proposal.js';

/**
 * Keeps a guide's `.screenshots.yml` anchored after its labels were renamed: a `before:` or
 * `after:` that quotes a renamed label at the start of the edited sentence is renamed too.
 * The YAML document is edited in place, so comments and layout stay as the docs team wrote them.
 */
export function applyEditsToSidecar(source: string, edits: readonly GuideEdit[]): string {
  const document = parseDocument(source);
  if (!isMap(document.contents)) return source;
  let changed = false;
  for (const entry of document.contents.items) {
    if (!isMap(entry.value)) continue;
    for (const key of ['before', 'after']) {
      const anchor: unknown = entry.value.get(key, true);
      if (!isScalar(anchor) || typeof anchor.value !== 'string') continue;
      let text: string = anchor.value;
      for (const edit of edits) {
        if (edit.sentence?.startsWith(text)) text = text.replaceAll(edit.label, edit.replacement);
      }
      if (text !== anchor.value) {
        anchor.value = text;
        changed = true;
      }
    }
  }
  return changed ? document.toString({ lineWidth: 0 }) : source;
}
