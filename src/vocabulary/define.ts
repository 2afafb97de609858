import path from 'node:path';
import type { Page } from '@playwright/test';
import type { Guide, GuideSentence, SourcePoint } from '../guide/types.js';
import type { Mailbox } from '../mailbox/types.js';
import type { Messenger } from '../messenger/types.js';
import type { Account } from '../config/account.js';
import type { Target } from '../config/target.js';
import type { Argument, Meaning } from '../understand/meaning.js';

/** What a definition does with its sentence. A narrative does nothing and must say why. */
export type StepKind = 'action' | 'check' | 'narrative';

/** A typed name for something one step learns and a later one uses; declared by the module that writes it. */
export interface MemoryKey<T> {
  readonly name: string;
  /** Never read: it carries the value's type. */
  readonly type?: T;
}

export function memoryKey<T>(name: string): MemoryKey<T> {
  return { name };
}

/**
 * What steps learn and hand on to later steps of the same guide. Generic: a step module declares
 * its own keys, so a new guide adds keys, not fields of an engine type.
 */
export class GuideMemory {
  private readonly values = new Map<string, unknown>();

  get<T>(key: MemoryKey<T>): T | undefined {
    return this.values.get(key.name) as T | undefined;
  }

  set<T>(key: MemoryKey<T>, value: T): void {
    this.values.set(key.name, value);
  }
}

/**
 * A state of the persona a step needs before it can run, and which the guide may not establish
 * itself: an account on the site, or a browser already logged in to it.
 */
export type Need = 'account' | 'session';

/** How a need was met, for the report: by running another guide first, or by a stored session. */
export interface NeedMet {
  need: Need;
  how: string;
}

export interface StepContext {
  page: Page;
  guide: Guide;
  sentence: GuideSentence;
  target: Target;
  account: Account;
  mailbox: Mailbox;
  /** The persona's Telegram account, when the target has one (the embedded imitation, or a configured test account). */
  messenger?: Messenger;
  memory: GuideMemory;
  /** How long to wait for the UI to show what the guide says. */
  uiTimeout: number;
  /** Upper bound on waiting for a letter. */
  mailTimeout: number;
  /** Records what the step found, for the report (never secrets). */
  note(text: string): void;
  /**
   * A secret the page showed (a two-step key, its QR code's data): whoever runs the guide masks it
   * in every artifact of the test. Steps cannot know where artifacts go, nor which test they are in.
   */
  keepSecret(value: string): void;
  /**
   * Meets a need of the persona: `account` runs the guide that makes one (the linked guide, or the
   * language's account guide) in a browser of its own; `session` also logs this page's browser in.
   */
  establish(need: Need, guideLink?: string): Promise<NeedMet>;
  /** Tells the runner the step reached a named moment (`opened`), where an image may be captured. */
  reached(moment: string): Promise<void>;
}

/** A matched argument: a quoted label, a link of the sentence, a list, a phrase, or a duration. */
export type StepArgument = Argument;

export interface StepDefinition {
  /** How the plan names what the sentence was understood as, and how a guide's sidecar refers to it. */
  name: string;
  kind: StepKind;
  /** What a sentence must mean to be this step, in any language the locales know. */
  meaning: Meaning;
  run?: (context: StepContext, args: StepArgument[]) => Promise<void>;
  /** For narratives: why the sentence needs no step. */
  reason?: string;
  /** Runs before every other step of the guide: a sentence that states what the reader must have first. */
  precondition?: boolean;
  /**
   * One item of a list of alternatives ("If you already have an account… / If you don't…"): says
   * why it does not apply to the persona now, or undefined when it does. Of a list, the first item
   * that applies runs; the others are reported as not applicable, with that reason.
   */
  unless?: (context: StepContext, args: StepArgument[]) => Promise<string | undefined>;
  /** States of the persona the runner establishes before the step runs. */
  needs?: Need[];
  /** Where the definition is written, so a plan can point at it. */
  definedAt: SourcePoint;
}

type Body<A extends StepArgument[]> = (context: StepContext, ...args: A) => Promise<void>;

export interface DefinitionOptions {
  needs?: Need[];
}

/** The names of a step module's exports that can be a step's body: its async functions. */
export type BodyName<M> = { [K in keyof M]: M[K] extends (...args: never[]) => Promise<unknown> ? K : never }[keyof M];

export interface Alternative<A extends StepArgument[]> {
  /** Why the item does not apply now (undefined: it applies). */
  unless: (context: StepContext, ...args: A) => Promise<string | undefined>;
  run: Body<A>;
}

/**
 * Collects the definitions; each helper records the line it was called from. Definitions speak of
 * meanings, not of one language's words: the locales say how each language words them.
 */
export class Vocabulary {
  readonly definitions: StepDefinition[] = [];
  private readonly modules: Array<() => Promise<unknown>> = [];

  /**
   * A module of steps, loaded when one of its steps first runs (or by `ready`): matching a sentence
   * needs only meanings, so planning never loads what finds things on a page, nor Playwright.
   * Returns a body by the name of its export, typed as that export.
   */
  steps<M>(load: () => Promise<M>): <K extends BodyName<M>>(name: K) => M[K] {
    let loaded: Promise<M> | undefined;
    const module = () => (loaded ??= load());
    this.modules.push(module);
    return <K extends BodyName<M>>(name: K): M[K] => {
      const body = async (...args: unknown[]) => ((await module())[name] as (...args: unknown[]) => Promise<unknown>)(...args);
      return body as M[K];
    };
  }

  /** Loads every step module now, so that the first step of a run is timed without the loading. */
  async ready(): Promise<void> {
    await Promise.all(this.modules.map((module) => module()));
  }

  action<A extends StepArgument[]>(name: string, meaning: Meaning, run: Body<A>, options: DefinitionOptions = {}): this {
    return this.add('action', name, meaning, run, options);
  }

  check<A extends StepArgument[]>(name: string, meaning: Meaning, run: Body<A>, options: DefinitionOptions = {}): this {
    return this.add('check', name, meaning, run, options);
  }

  /** A sentence that asks nothing of the UI, though it names what the rule for prose looks for. */
  narrative(name: string, meaning: Meaning, reason: string): this {
    this.named(name);
    this.definitions.push({ name, kind: 'narrative', meaning, reason, definedAt: callerPoint() });
    return this;
  }

  /** A sentence naming what the reader must have first ("If you don't have an account yet, create one"). */
  precondition<A extends StepArgument[]>(name: string, meaning: Meaning, run: Body<A>): this {
    this.add('action', name, meaning, run, {});
    this.definitions[this.definitions.length - 1].precondition = true;
    return this;
  }

  /** One item of a list of alternatives; see StepDefinition.unless. */
  alternative<A extends StepArgument[]>(name: string, meaning: Meaning, alternative: Alternative<A>, options: DefinitionOptions = {}): this {
    this.add('action', name, meaning, alternative.run, options);
    this.definitions[this.definitions.length - 1].unless = (context, args) => alternative.unless(context, ...(args as A));
    return this;
  }

  private add<A extends StepArgument[]>(kind: StepKind, name: string, meaning: Meaning, run: Body<A>, options: DefinitionOptions): this {
    this.named(name);
    this.definitions.push({
      name,
      kind,
      meaning,
      run: (context, args) => run(context, ...(args as A)),
      ...(options.needs ? { needs: options.needs } : {}),
      definedAt: callerPoint(),
    });
    return this;
  }

  private named(name: string): void {
    if (!/^[a-z][a-z0-9-]*$/u.test(name)) throw new Error(`a definition's name is lower-case words joined by dashes: «${name}»`);
    if (this.definitions.some((definition) => definition.name === name)) throw new Error(`two definitions are named «${name}»`);
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
