import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Document, type Node } from 'yaml';
import type { SourcePoint } from './types.js';

/**
 * A YAML file written beside a guide (its sidecars), read so that every problem is reported where
 * the writer wrote it: its parse errors, and the place of any path of its data.
 */
export interface YamlSource {
  /** The data, or undefined when the text is not valid YAML (see `errors`). */
  data: unknown;
  /** Where each parse error stands, with YAML's first line of explanation. */
  errors: Array<{ where: SourcePoint; message: string }>;
  /** Where a path of the data starts: the value's node, or the key's when `key` is given; the nearest existing parent when the path ends early. */
  pointAt(path: readonly PropertyKey[], key?: string): SourcePoint;
}

export function readYamlSource(text: string, shown: string): YamlSource {
  const lineCounter = new LineCounter();
  const document = parseDocument(text, { lineCounter, prettyErrors: false });
  const at = (offset: number): SourcePoint => {
    const { line, col } = lineCounter.linePos(offset);
    return { file: shown, line, column: col };
  };
  const errors = document.errors.map((error) => ({ where: at(error.pos[0]), message: error.message.split('\n')[0] }));
  return {
    data: errors.length ? undefined : (document.toJS() ?? {}),
    errors,
    pointAt: (path, key) => at(offsetOf(document, path, key)),
  };
}

function offsetOf(document: Document, path: readonly PropertyKey[], key?: string): number {
  let node: Node | null | undefined = document.contents;
  let offset = node?.range?.[0] ?? 0;
  for (const segment of key === undefined ? path : [...path, key]) {
    if (isMap(node)) {
      const pair = node.items.find((item) => isScalar(item.key) && String(item.key.value) === String(segment));
      if (!pair) break;
      if (segment === key && isScalar(pair.key)) return pair.key.range?.[0] ?? offset;
      node = pair.value as Node | null;
      offset = node?.range?.[0] ?? (isScalar(pair.key) ? (pair.key.range?.[0] ?? offset) : offset);
    } else if (isSeq(node)) {
      node = node.items[Number(segment)] as Node | undefined;
      if (!node) break;
      offset = node.range?.[0] ?? offset;
    } else {
      break;
    }
  }
  return offset;
}
