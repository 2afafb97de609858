import { existsSync, readFileSync } from 'node:fs';
import { z } from 'zod';
import { GuideSyntaxError, type Guide, type SourcePoint } from '../guide/types.js';
import { readYamlSource } from '../guide/yaml-source.js';

/**
 * How a docs writer accounts for a sentence without code: as prose (with why), or as checked by a
 * named definition whatever its words. Written beside the guide, never in the engine.
 */
export type Settlement = { as: 'prose'; reason: string; where: SourcePoint } | { as: 'definition'; definition: string; where: SourcePoint };

const PROSE = /^prose(?:\s*(?:[—–:,-]|because)\s*(?<reason>.+))?$/isu;
const CHECKED_BY = /^checked by\s+(?<name>[a-z][a-z0-9-]*)$/iu;

const Value = z
  .string({ error: 'must say "prose", "prose — why", or "checked by <definition name>"' })
  .trim()
  .refine((value) => PROSE.test(value) || CHECKED_BY.test(value), { message: 'must say "prose", "prose — why", or "checked by <definition name>"' });

const Sidecar = z.record(z.string(), Value, { error: 'must map the start of a sentence of the guide to how it is accounted for' });

/** The sidecar of `guide.md` is `guide.sentences.yml` beside it. */
export function settlementsPath(guideFile: string): string {
  return guideFile.replace(/\.md$/u, '.sentences.yml');
}

/**
 * The guide's settled sentences, by index. A key is the start of a sentence, as in
 * `.screenshots.yml`; a key no sentence starts with, or one two sentences start with, is refused,
 * so an edit of the guide never leaves a settlement pointing at nothing.
 */
export function readSettlements(guide: Guide): Map<number, Settlement> {
  const file = settlementsPath(guide.file);
  if (!existsSync(file)) return new Map();
  const shown = settlementsPath(guide.path);
  const yaml = readYamlSource(readFileSync(file, 'utf8'), shown);
  if (yaml.errors.length) throw new GuideSyntaxError(yaml.errors[0].where, `not valid YAML: ${yaml.errors[0].message}`);
  const keyAt = (key: string): SourcePoint => yaml.pointAt([], key);
  const parsed = Sidecar.safeParse(yaml.data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const key = issue.path[0] === undefined ? undefined : String(issue.path[0]);
    throw new GuideSyntaxError(key === undefined ? yaml.pointAt([]) : keyAt(key), `${key === undefined ? 'the file' : `«${key}»`} ${issue.message}`);
  }
  const settled = new Map<number, Settlement>();
  for (const [start, value] of Object.entries(parsed.data)) {
    const where = keyAt(start);
    const sentences = guide.sentences.filter((sentence) => sentence.text.startsWith(start));
    if (sentences.length !== 1) {
      throw new GuideSyntaxError(where, sentences.length ? `«${start}» starts ${sentences.length} sentences of the guide (lines ${sentences.map((s) => s.line).join(', ')}); quote more of the one you mean` : `«${start}» starts no sentence of the guide; was the sentence edited?`);
    }
    const prose = PROSE.exec(value);
    settled.set(
      sentences[0].index,
      prose ? { as: 'prose', reason: prose.groups?.reason?.trim() || 'the writer says it asks nothing of the UI', where } : { as: 'definition', definition: CHECKED_BY.exec(value)?.groups?.name ?? '', where },
    );
  }
  return settled;
}
