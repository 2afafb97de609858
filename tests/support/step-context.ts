import type { Page } from '@playwright/test';
import { createAccount } from '../../src/config/account.js';
import { parseGuide } from '../../src/guide/index.js';
import type { Mailbox } from '../../src/mailbox/types.js';
import type { StepContext } from '../../src/vocabulary/index.js';
import { GuideMemory } from '../../src/vocabulary/index.js';

/**
 * How long a test waits for what its page does not have. The page a test draws is complete before
 * the step starts, so an absence is certain after any wait; only what is there needs the patience
 * of a busy machine, which the default (the product's own) gives it.
 */
export const ABSENCE_MS = 3_000;

/**
 * What a step gets when it runs, for calling one step on a page a test drew: a Russian guide of
 * one sentence, the test persona, the product's waits, and the notes the step writes and the
 * secrets it keeps (`kept`) for reading.
 */
export function stepContext(
  page: Page,
  { lang = 'ru', sentence = 'Заполните все контактные данные.', uiTimeout = 10_000 }: { lang?: 'ru' | 'en'; sentence?: string; uiTimeout?: number } = {},
): StepContext & { notes: string[]; kept: string[] } {
  const guide = parseGuide(sentence, '/d/ru/x.md', 'ru/x.md');
  const notes: string[] = [];
  const kept: string[] = [];
  return {
    page,
    guide: { ...guide, lang },
    sentence: guide.sentences[0],
    account: createAccount('x@inbox.test', 'Secret-Passw0rd!'),
    mailbox: {} as Mailbox,
    memory: new GuideMemory(),
    uiTimeout,
    mailTimeout: 500,
    notes,
    note: (text: string) => notes.push(text),
    kept,
    keepSecret: (value: string) => kept.push(value),
  } as unknown as StepContext & { notes: string[]; kept: string[] };
}
