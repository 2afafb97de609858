/**
 * The engine's layering, kept by a machine (`npm run lint`), not by memory:
 *
 *   guide → understand → vocabulary → plan → execute → report
 *
 * each layer may use the ones before it, never the ones after. The vocabulary's definitions name
 * their step modules, loaded only when a step runs: a plan is made without page tools or Playwright.
 * Beside them: `ui/` finds things on
 * a page and knows no sentence (it never imports the vocabulary); `locale/` is what the engine
 * knows of each language (data only), which `understand/` reads sentences with, needing no page; `config/` and `mailbox/` serve every layer, and so does
 * `files/` (writing files safely), which uses none; `screenshots/` captures at the points a plan places;
 * `picture-check/` reads a guide's own screenshots (OCR) against the labels its sentences quote, for
 * the plan to warn with: it knows the guide model, never a page, a meaning or a plan.
 * The stand-in is a package of its own (`standin/` at the top): nothing of the engine (`src/`, the
 * fixtures, the guide runs) imports it, by folder; it is one target of many. The stand-in may use
 * the engine's configuration and the mailbox protocol it answers, never how the engine finds things.
 */
const layer = (name, forbidden, comment) => ({
  name,
  comment,
  severity: 'error',
  from: { path: `^src/${name.split(':')[1]}/` },
  to: { path: `^src/(${forbidden.join('|')})/` },
});

module.exports = {
  forbidden: [
    layer('layer:guide', ['understand', 'vocabulary', 'plan', 'execute', 'report', 'ui', 'screenshots', 'picture-check'], 'a guide is parsed knowing nothing of what runs it'),
    layer('layer:locale', ['understand', 'vocabulary', 'plan', 'execute', 'report', 'ui', 'screenshots', 'picture-check'], 'what the engine knows of a language is data'),
    layer('layer:ui', ['understand', 'vocabulary', 'plan', 'execute', 'report'], 'ui/ finds things on any page and knows no sentence'),
    layer('layer:understand', ['vocabulary', 'plan', 'execute', 'report', 'ui', 'screenshots', 'mailbox', 'config'], 'reading a sentence needs words and concepts, never a page'),
    layer('layer:vocabulary', ['plan', 'execute', 'report'], 'the vocabulary is used by plans, never the other way'),
    layer('layer:plan', ['execute', 'report'], 'a plan is made before anything runs'),
    layer('layer:execute', ['report'], 'running a guide writes records; reporters read them'),
    layer('layer:screenshots', ['vocabulary', 'execute', 'report'], 'screenshots are captured at the points a plan places'),
    layer('layer:picture-check', ['understand', 'vocabulary', 'plan', 'execute', 'report', 'ui', 'screenshots', 'mailbox', 'config'], 'a guide\'s screenshots are read against its words, knowing no page, meaning or plan'),
    layer('layer:files', ['guide', 'locale', 'vocabulary', 'plan', 'execute', 'report', 'ui', 'screenshots', 'mailbox', 'config', 'fix', 'cli', 'picture-check'], 'writing a file safely knows nothing of what is written'),
    layer('layer:mailbox', ['vocabulary', 'plan', 'execute', 'report', 'ui'], 'mailboxes serve the steps'),
    {
      name: 'plans-load-no-steps',
      comment: 'a plan is made from meanings: definitions name a step module through vocabulary.steps(), loaded when a step runs, so planning loads no page tools and no Playwright (tests/unit/layering.spec.ts watches what it loads)',
      severity: 'error',
      from: { path: '^src/vocabulary/[^/]+$' },
      to: { path: '^src/vocabulary/steps/', pathNot: '^src/vocabulary/steps/keys[.]ts$', dependencyTypesNot: ['dynamic-import', 'type-only'] },
    },
    {
      name: 'engine-never-imports-the-stand-in',
      comment: 'the stand-in is one target of many: the engine must hold on markup it has never seen',
      severity: 'error',
      from: { path: '^(src|fixtures|tests/guides)/' },
      to: { path: '^standin/' },
    },
    {
      name: 'stand-in-knows-no-engine-internals',
      comment: 'the stand-in imitates a site: it may read the configuration and speak the mailbox protocol, never use how the engine finds or checks things',
      severity: 'error',
      from: { path: '^standin/' },
      to: { path: '^src/', pathNot: '^src/(config|mailbox)/' },
    },
    {
      name: 'secrets-handed-over-by-the-fixture',
      comment: 'a step keeps a secret through its context (keepSecret); how it reaches the scrubber in the reporter\'s process is the fixture\'s and the reporter\'s business, never a step\'s',
      severity: 'error',
      from: { path: '^src/', pathNot: '^src/report/' },
      to: { path: '^src/[a-z-]+/runtime-secrets\\.ts$' },
    },
    {
      name: 'no-circular',
      comment: 'a cycle makes a module depend on itself through another',
      severity: 'error',
      from: { path: '^(src|standin)/' },
      // Type-only cycles (a module naming a type of its caller) vanish when compiled.
      to: { circular: true, viaOnly: { dependencyTypesNot: ['type-only'] } },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
  },
};
