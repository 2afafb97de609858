import {
  CucumberExpression,
  CucumberExpressionGenerator,
  RegularExpression,
  type Expression,
  type ParameterTypeRegistry,
} from '@cucumber/cucumber-expressions';
import type { GuideSentence, LinkRef } from '../guide/types.js';
import type { StepArgument, StepDefinition } from './define.js';
import { escapeRegExp } from '../ui/pattern.js';
import { createParameterRegistry, PARAMETER_NAMES } from './parameters.js';

export interface StepMatch {
  definition: StepDefinition;
  args: StepArgument[];
  /** Waits the sentence promises through `{duration}`: the words and the milliseconds they mean. */
  durations: Array<{ text: string; ms: number }>;
}

export type MatchOutcome =
  | { status: 'matched'; match: StepMatch }
  | { status: 'unmatched'; stub: string }
  | { status: 'ambiguous'; matches: StepMatch[] };

interface Compiled {
  definition: StepDefinition;
  expression: Expression;
  /** The expression's own regular expression, tried first: matching with arguments is far slower. */
  quick: RegExp;
}

interface RawArgument {
  type: string | undefined;
  value: unknown;
  text: string;
}

/** TypeScript types of the parameters a stub declares, so a pasted stub typechecks without imports. */
const PARAMETER_TYPES: Record<string, string> = {
  [PARAMETER_NAMES.label]: 'string',
  [PARAMETER_NAMES.link]: '{ text: string; url: string }',
  [PARAMETER_NAMES.duration]: 'number',
};

/**
 * Characters Cucumber expressions treat as syntax. The generator escapes `(`, `{` and `/` itself;
 * these stand in for the rest while it runs, and come back escaped.
 */
const HELD_BACK: ReadonlyArray<readonly [string, string]> = [
  ['\\', '\u0001'],
  [')', '\u0002'],
  ['}', '\u0003'],
];
const LINK_MARK = '\u0000';

/** Sentences repeat across guides («Нажмите кнопку «Ok».»); each text is matched against the definitions once. */
const MEMO_LIMIT = 20_000;

/** Matches sentences against one language's definitions; every sentence must match exactly one. */
export class StepMatcher {
  private readonly registry: ParameterTypeRegistry;
  private readonly compiled: Compiled[];
  private readonly memo = new Map<string, Array<{ definition: StepDefinition; raw: RawArgument[] }>>();

  constructor(definitions: readonly StepDefinition[]) {
    this.registry = createParameterRegistry();
    this.compiled = definitions.map((definition) => {
      const expression =
        typeof definition.pattern === 'string'
          ? new CucumberExpression(definition.pattern, this.registry)
          : new RegularExpression(definition.pattern, this.registry);
      return { definition, expression, quick: new RegExp(expression.regexp.source, expression.regexp.flags.replace(/[gyd]/g, '')) };
    });
  }

  match(sentence: GuideSentence): MatchOutcome {
    const matches: StepMatch[] = [];
    const kindOfText: StepDefinition['matches'] = sentence.heading ? 'heading' : 'sentence';
    for (const { definition, raw } of this.candidates(sentence.text)) {
      if (definition.matches !== kindOfText) continue;
      const args = resolveArguments(raw, sentence);
      if (!args) continue;
      const durations = raw.filter((arg) => arg.type === PARAMETER_NAMES.duration).map((arg) => ({ text: arg.text, ms: arg.value as number }));
      matches.push({ definition, args, durations });
    }
    if (matches.length === 1) return { status: 'matched', match: matches[0] };
    if (matches.length > 1) return { status: 'ambiguous', matches };
    // Written only when read: a title heading no definition knows is unmatched yet fine, and a stub costs a generator run.
    const write = () => this.stub(sentence);
    return {
      status: 'unmatched',
      get stub() {
        return write();
      },
    };
  }

  private candidates(text: string): Array<{ definition: StepDefinition; raw: RawArgument[] }> {
    let found = this.memo.get(text);
    if (found) return found;
    found = [];
    for (const { definition, expression, quick } of this.compiled) {
      if (!quick.test(text)) continue;
      const args = expression.match(text);
      if (!args) continue;
      found.push({ definition, raw: args.map((arg) => ({ type: arg.getParameterType().name, value: arg.getValue(null), text: arg.group.value ?? '' })) });
    }
    if (this.memo.size >= MEMO_LIMIT) this.memo.clear();
    this.memo.set(text, found);
    return found;
  }

  /**
   * A definition to paste into the vocabulary, as playwright-bdd and Gauge print for missing steps:
   * labels (quoted, bold, `code`, <kbd>) become `{label}`, links `{link}`, every Cucumber special is
   * escaped, and the parameters are named as the linter accepts unused ones. Checked here to compile
   * and to match the sentence; a regular expression is offered when no expression would.
   */
  stub(sentence: GuideSentence): string {
    const pattern = this.expressionFor(sentence);
    const literal = typeof pattern === 'string' ? JSON.stringify(pattern) : String(pattern);
    const counts = new Map<string, number>();
    const names = typeof pattern === 'string' ? [...pattern.matchAll(/(?<!\\)\{(\w+)\}/g)].map((m) => m[1]) : [];
    const params = names.map((type) => {
      const n = (counts.get(type) ?? 0) + 1;
      counts.set(type, n);
      return `_${type}${n > 1 ? n : ''}: ${PARAMETER_TYPES[type] ?? 'string'}`;
    });
    if (sentence.heading) {
      // A heading is matched only by definitions written for headings.
      return [
        `.headings([${JSON.stringify(sentence.text)}], 'why the heading needs no step')`,
        `// or, when the heading instructs: .action(${literal}, async (${['_context', ...params].join(', ')}) => { … }, { heading: true })`,
      ].join('\n');
    }
    return [
      `.action(${literal}, async (${['_context', ...params].join(', ')}) => {`,
      `  // do what the sentence says, finding elements by role, label or text`,
      `})`,
      `// or, when the sentence needs no step: .narrative(${literal}, 'why nothing is done')`,
    ].join('\n');
  }

  private expressionFor(sentence: GuideSentence): string | RegExp {
    let text = sentence.text;
    for (const link of sentence.links) if (link.text) text = text.replace(link.text, LINK_MARK);
    for (const [char, mark] of HELD_BACK) text = text.replaceAll(char, mark);
    const generator = new CucumberExpressionGenerator(() => this.registry.parameterTypes);
    let expression = generator.generateExpressions(text)[0]?.source ?? text;
    for (const [char, mark] of HELD_BACK) expression = expression.replaceAll(mark, `\\${char}`);
    expression = expression.replaceAll(LINK_MARK, `{${PARAMETER_NAMES.link}}`);
    try {
      if (new CucumberExpression(expression, this.registry).match(sentence.text)) return expression;
    } catch {
      // Falls through to a regular expression, which always compiles.
    }
    return new RegExp(`^${escapeRegExp(sentence.text)}$`, 'u');
  }
}

/** Turns raw argument values into step arguments; `{link}` must name a link the sentence really has. */
function resolveArguments(raw: readonly RawArgument[], sentence: GuideSentence): StepArgument[] | undefined {
  const args: StepArgument[] = [];
  for (const { type, value } of raw) {
    if (type === PARAMETER_NAMES.link) {
      const link: LinkRef | undefined = sentence.links.find((candidate) => candidate.text === value);
      if (!link) return undefined;
      args.push(link);
    } else args.push(value as StepArgument);
  }
  return args;
}
