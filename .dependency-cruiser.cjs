/**
 * The engine's layering, kept by a machine (`npm run lint`), not by memory:
 *
 *   guide → vocabulary → plan → execute → report
 *
 * each layer may use the ones before it, never the ones after. Beside them: `ui/` finds things on
 * a page and knows no sentence (it never imports the vocabulary); `locale/` is what the engine
 * knows of each language (data only); `config/` and `mailbox/` serve every layer, and so does
 * `files/` (writing files safely), which uses none; `screenshots/` captures at the points a plan places.
 * Nothing outside `src/standin/` imports the stand-in: it is one target of many.
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
    layer('layer:guide', ['vocabulary', 'plan', 'execute', 'report', 'ui', 'screenshots', 'standin'], 'a guide is parsed knowing nothing of what runs it'),
    layer('layer:locale', ['vocabulary', 'plan', 'execute', 'report', 'ui', 'screenshots', 'standin'], 'what the engine knows of a language is data'),
    layer('layer:ui', ['vocabulary', 'plan', 'execute', 'report', 'standin'], 'ui/ finds things on any page and knows no sentence'),
    layer('layer:vocabulary', ['plan', 'execute', 'report', 'standin'], 'the vocabulary is used by plans, never the other way'),
    layer('layer:plan', ['execute', 'report', 'standin'], 'a plan is made before anything runs'),
    layer('layer:execute', ['report', 'standin'], 'running a guide writes records; reporters read them'),
    layer('layer:screenshots', ['vocabulary', 'execute', 'report', 'standin'], 'screenshots are captured at the points a plan places'),
    layer('layer:files', ['guide', 'locale', 'vocabulary', 'plan', 'execute', 'report', 'ui', 'screenshots', 'mailbox', 'config', 'standin', 'fix', 'cli'], 'writing a file safely knows nothing of what is written'),
    layer('layer:mailbox', ['vocabulary', 'plan', 'execute', 'report', 'ui', 'standin'], 'mailboxes serve the steps'),
    {
      name: 'engine-never-imports-the-stand-in',
      comment: 'the stand-in is one target of many: the engine must hold on markup it has never seen',
      severity: 'error',
      from: { path: '^(src|fixtures|tests/guides)/', pathNot: '^src/(standin|mailserver)/' },
      to: { path: '^src/standin/' },
    },
    {
      name: 'no-circular',
      comment: 'a cycle makes a module depend on itself through another',
      severity: 'error',
      from: { path: '^src/' },
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
