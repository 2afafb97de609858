import path from 'node:path';
import type { Page } from '@playwright/test';
import type { Guide, GuideLanguage, GuideSentence, LinkRef, SourcePoint } from '../guide/types.js';
import type { Mailbox, MailMessage } from '../mailbox/types.js';
import type { Account } from '../config/account.js';
import type { Target } from '../config/target.js';

/** What a definition does with its sentence. A narrative does nothing and must say why. */
export type StepKind = 'action' | 'check' | 'narrative';

/** What steps learn and hand on to later steps of the same guide. */
export interface GuideMemory {
  documents?: Array<{ name: string; text: string }>;
  notificationText?: string;
  message?: MailMessage;
  mailRequestedAt?: Date;
}

export interface StepContext {
  page: Page;
  guide: Guide;
  sentence: GuideSentence;
  target: Target;
  account: Account;
  mailbox: Mailbox;
  memory: GuideMemory;
  /** How long to wait for the UI to show what the guide says. */
  uiTimeout: number;
  /** Upper bound on waiting for a letter. */
  mailTimeout: number;
  /** Records what the step found, for the report (never secrets). */
  note(text: string): void;
}

/** A matched argument: a quoted label, a link of the sentence, a list, or a duration. */
export type StepArgument = string | string[] | number | LinkRef;

export interface StepDefinition {
  kind: StepKind;
  lang: GuideLanguage;
  /** The Cucumber expression or regular expression, as written. */
  pattern: string | RegExp;
  run?: (context: StepContext, args: StepArgument[]) => Promise<void>;
  /** For narratives: why the sentence needs no step. */
  reason?: string;
  /** Where the definition is written, so a plan can point at it. */
  definedAt: SourcePoint;
}

type Body<A extends StepArgument[]> = (context: StepContext, ...args: A) => Promise<void>;

/** Collects a language's definitions; each helper records the line it was called from. */
export class Vocabulary {
  readonly definitions: StepDefinition[] = [];

  constructor(readonly lang: GuideLanguage) {}

  action<A extends StepArgument[]>(pattern: string | RegExp, run: Body<A>): this {
    return this.add('action', pattern, run);
  }

  check<A extends StepArgument[]>(pattern: string | RegExp, run: Body<A>): this {
    return this.add('check', pattern, run);
  }

  narrative(pattern: string | RegExp, reason: string): this {
    this.definitions.push({ kind: 'narrative', lang: this.lang, pattern, reason, definedAt: callerPoint() });
    return this;
  }

  private add<A extends StepArgument[]>(kind: StepKind, pattern: string | RegExp, run: Body<A>): this {
    this.definitions.push({
      kind,
      lang: this.lang,
      pattern,
      run: (context, args) => run(context, ...(args as A)),
      definedAt: callerPoint(),
    });
    return this;
  }
}

function callerPoint(): SourcePoint {
  const frames = (new Error().stack ?? '').split('\n').slice(1);
  const frame = frames.find((line) => !line.includes(`${path.sep}define.`)) ?? '';
  const found = /\(?((?:file:\/\/)?[^()\s]+):(\d+):(\d+)\)?$/.exec(frame.trim());
  if (!found) return { file: 'unknown', line: 0, column: 0 };
  const file = found[1].replace(/^file:\/\//, '');
  return { file: path.relative(process.cwd(), file).split(path.sep).join('/'), line: Number(found[2]), column: Number(found[3]) };
}
