import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { expect, test } from '@playwright/test';

const run = promisify(execFile);
const CONFIG = path.resolve('.dependency-cruiser.cjs');
const CRUISE = path.resolve('node_modules/.bin/depcruise');

/** Cruises a throw-away tree laid out like the project (src/ and standin/), with the project's own layering rules. */
async function cruise(files: Record<string, string>): Promise<{ ok: boolean; output: string }> {
  const root = mkdtempSync(path.join(tmpdir(), 'layering-'));
  try {
    writeFileSync(path.join(root, 'tsconfig.json'), JSON.stringify({ compilerOptions: { module: 'NodeNext', moduleResolution: 'NodeNext' } }));
    for (const [file, source] of Object.entries(files)) {
      mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
      writeFileSync(path.join(root, file), source);
    }
    const folders = [...new Set(Object.keys(files).map((file) => file.split('/')[0]))];
    const result = await run(CRUISE, [...folders, '--config', CONFIG], { cwd: root, env: { ...process.env, FORCE_COLOR: '0' } }).then(
      ({ stdout }) => ({ ok: true, output: stdout }),
      (error: { stdout: string }) => ({ ok: false, output: error.stdout }),
    );
    return result;
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

test.describe.configure({ timeout: 60_000 });

test('the layering rule refuses ui/ importing the vocabulary, the engine importing the stand-in, and a plan loading the steps', async () => {
  const bad = await cruise({
    'src/vocabulary/steps/forms.ts': "export const fill = 1;\n",
    'src/ui/form.ts': "import { fill } from '../vocabulary/steps/forms.js';\nexport const x = fill;\n",
    'standin/app.ts': "import { fill } from '../src/vocabulary/steps/forms.js';\nexport const app = fill;\n",
    'src/execute/run.ts': "import { app } from '../../standin/app.js';\nexport const y = app;\n",
    'src/plan/plan.ts': "import { y } from '../execute/run.js';\nexport const z = y;\n",
    'src/vocabulary/definitions.ts': "import { fill } from './steps/forms.js';\nexport const d = fill;\n",
  });
  expect(bad.ok).toBe(false);
  expect(bad.output).toContain('layer:ui: src/ui/form.ts → src/vocabulary/steps/forms.ts');
  expect(bad.output).toContain('engine-never-imports-the-stand-in: src/execute/run.ts → standin/app.ts');
  expect(bad.output).toContain('stand-in-knows-no-engine-internals: standin/app.ts → src/vocabulary/steps/forms.ts');
  expect(bad.output).toContain('layer:plan: src/plan/plan.ts → src/execute/run.ts');
  expect(bad.output).toContain('plans-load-no-steps: src/vocabulary/definitions.ts → src/vocabulary/steps/forms.ts');
});

test('the layering rule accepts each layer using the ones before it', async () => {
  const good = await cruise({
    'src/guide/types.ts': 'export const guide = 1;\n',
    'src/ui/form.ts': 'export const form = 1;\n',
    'src/vocabulary/define.ts': "import { guide } from '../guide/types.js';\nimport { form } from '../ui/form.js';\nexport const v = guide + form;\n",
    'src/plan/plan.ts': "import { v } from '../vocabulary/define.js';\nexport const p = v;\n",
    'src/execute/run.ts': "import { p } from '../plan/plan.js';\nexport const e = p;\n",
    'src/report/summary.ts': "import { e } from '../execute/run.js';\nexport const r = e;\n",
    // A step module named by the definitions, loaded when a step runs.
    'src/vocabulary/steps/forms.ts': "import { form } from '../../ui/form.js';\nexport const fill = async () => form;\n",
    'src/vocabulary/definitions.ts': "import { guide } from '../guide/types.js';\nexport const fill = () => import('./steps/forms.js').then((steps) => steps.fill() && guide);\n",
  });
  expect(good.output).toContain('no dependency violations found');
  expect(good.ok).toBe(true);
});

test('a step keeps a secret through its context: only the fixture and the reporter know the hand-over to the scrubber', async () => {
  const runtimeSecrets = 'export const rememberRuntimeSecret = (key: string, secret: string) => key + secret;\n';
  const bad = await cruise({
    'src/report/runtime-secrets.ts': runtimeSecrets,
    'src/config/runtime-secrets.ts': runtimeSecrets,
    'src/vocabulary/steps/two-factor.ts': "import { rememberRuntimeSecret } from '../../config/runtime-secrets.js';\nexport const keep = rememberRuntimeSecret;\n",
    'src/ui/qr-code.ts': "import { rememberRuntimeSecret } from '../report/runtime-secrets.js';\nexport const keep = rememberRuntimeSecret;\n",
  });
  expect(bad.ok).toBe(false);
  expect(bad.output).toContain('secrets-handed-over-by-the-fixture: src/vocabulary/steps/two-factor.ts → src/config/runtime-secrets.ts');
  expect(bad.output).toContain('secrets-handed-over-by-the-fixture: src/ui/qr-code.ts → src/report/runtime-secrets.ts');

  const good = await cruise({
    'src/report/runtime-secrets.ts': runtimeSecrets,
    'src/report/secret-scrubber.ts': "import { rememberRuntimeSecret } from './runtime-secrets.js';\nexport const take = rememberRuntimeSecret;\n",
    'fixtures/index.ts': "import { rememberRuntimeSecret } from '../src/report/runtime-secrets.js';\nexport const keep = rememberRuntimeSecret;\n",
  });
  expect(good.output).toContain('no dependency violations found');
  expect(good.ok).toBe(true);
});

test('the vocabulary and ui/ never ask the test runner which test they are in', async () => {
  const { ESLint } = await import('eslint');
  const eslint = new ESLint({ cwd: path.resolve('.') });
  const lint = async (file: string, source: string) => (await eslint.lintText(source, { filePath: path.resolve(file) }))[0].messages.filter((m) => m.ruleId === 'no-restricted-imports');
  const runner = "import { test, type Page } from '@playwright/test';\nexport const id = (_page: Page) => test.info().testId;\n";
  expect(await lint('src/vocabulary/steps/two-factor.ts', runner)).toHaveLength(1);
  expect(await lint('src/ui/qr-code.ts', "import { expect } from '@playwright/test';\nexport const e = expect;\n")).toHaveLength(1);
  expect(await lint('src/vocabulary/steps/two-factor.ts', "import { errors, type Page } from '@playwright/test';\nexport const e = (_page: Page) => errors.TimeoutError;\n")).toEqual([]);
  // The fixture is where the runner is known.
  expect(await lint('fixtures/index.ts', runner)).toEqual([]);
});

/**
 * What `npm run plan` loads, told by a fresh Node: the plan command's modules imported and every
 * guide of the project planned (each sentence matched to its definition), then the step modules
 * loaded as a guide run loads them. Playwright's packages are CommonJS under their ES entry points,
 * so whichever way they are reached they land in require's cache.
 */
const PROBE = `
import { createRequire } from 'node:module';
const require = createRequire(import.meta.url);
const playwright = () => Object.keys(require.cache).filter((file) => /[\\\\/]node_modules[\\\\/](@playwright|playwright|playwright-core)[\\\\/]/.test(file));
const { main } = await import('./src/plan/main.ts');
const sink = { write: () => true };
const exit = await main([], { stdout: sink, stderr: sink, env: { ...process.env, PICTURE_CHECK: '0', GUIDES: '', GUIDES_DIR: 'guides' } });
const planning = playwright();
await (await import('./src/vocabulary/index.ts')).stepsReady();
console.log(JSON.stringify({ exit, planning, steps: playwright().length }));
`;

test('planning loads no Playwright: sentences are matched by meaning, the steps load only when a guide runs', async () => {
  const { stdout } = await run(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', PROBE]);
  const loaded = JSON.parse(stdout) as { exit: number; planning: string[]; steps: number };
  expect(loaded.exit).toBe(0);
  expect(loaded.planning, 'a module planning imports loads Playwright: a step module is named in definitions.ts through vocabulary.steps(), never imported').toEqual([]);
  // The probe sees Playwright when it is there: the steps find things on pages with it.
  expect(loaded.steps).toBeGreaterThan(0);
});

