import {
  CucumberExpression,
  CucumberExpressionGenerator,
  RegularExpression,
  type Expression,
  type ParameterTypeRegistry,
} from '@cucumber/cucumber-expressions';
import type { GuideSentence, LinkRef } from '../guide/types.js';
import type { StepArgument, StepDefinition } from './define.js';
import { createParameterRegistry } from './parameters.js';

export interface StepMatch {
  definition: StepDefinition;
  args: StepArgument[];
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

/** Matches sentences against one language's definitions; every sentence must match exactly one. */
export class StepMatcher {
  private readonly registry: ParameterTypeRegistry;
  private readonly compiled: Compiled[];

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
    for (const { definition, expression, quick } of this.compiled) {
      if (!quick.test(sentence.text)) continue;
      const found = expression.match(sentence.text);
      if (!found) continue;
      const args = resolveArguments(found.map((arg) => ({ type: arg.getParameterType().name, value: arg.getValue(null) })), sentence);
      if (args) matches.push({ definition, args });
    }
    if (matches.length === 1) return { status: 'matched', match: matches[0] };
    if (matches.length > 1) return { status: 'ambiguous', matches };
    return { status: 'unmatched', stub: this.stub(sentence) };
  }

  /** A definition to paste into the vocabulary, as playwright-bdd and Gauge print for missing steps. */
  stub(sentence: GuideSentence): string {
    const generator = new CucumberExpressionGenerator(() => this.registry.parameterTypes);
    let text = sentence.text;
    for (const link of sentence.links) text = text.replace(link.text, '\u0000');
    const generated = generator.generateExpressions(text)[0];
    const expression = (generated?.source ?? text).replaceAll('\u0000', '{link}');
    const names = [...expression.matchAll(/\{(\w+)\}/g)].map((m, i) => `${m[1]}${i + 1}`);
    const params = names.length ? `, ${names.join(', ')}` : '';
    return [
      `.action(${JSON.stringify(expression)}, async ({ page }${params}) => {`,
      `  // do what the sentence says, finding elements by role, label or text`,
      `})`,
      `// or, when the sentence needs no step: .narrative(${JSON.stringify(expression)}, 'why nothing is done')`,
    ].join('\n');
  }
}

/** Turns raw argument values into step arguments; `{link}` must name a link the sentence really has. */
function resolveArguments(raw: Array<{ type: string | undefined; value: unknown }>, sentence: GuideSentence): StepArgument[] | undefined {
  const args: StepArgument[] = [];
  for (const { type, value } of raw) {
    if (type === 'link') {
      const link: LinkRef | undefined = sentence.links.find((candidate) => candidate.text === value);
      if (!link) return undefined;
      args.push(link);
    } else args.push(value as StepArgument);
  }
  return args;
}
