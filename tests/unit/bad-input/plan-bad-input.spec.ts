import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, test } from '@playwright/test';
import { main } from '../../../src/plan/main.js';
import { runCommand } from '../../support/command.js';

/**
 * The bad-input corpus: every way a docs writer's input went wrong in issue 12, run through
 * `npm run plan`'s main in a temporary copy of the fixture guides (and once as a child process, for
 * a pipe closed early). Each case checks the message, the exit code, that no stack trace is printed
 * and that nothing was written.
 */
const FIXTURES = path.join(path.dirname(fileURLToPath(import.meta.url)), 'guides');
const PROJECT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const STACK = /^\s{4}at /m;

interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
  root: string;
}

/** Every file under `dir` with its size and modification time, to prove a run wrote nothing. */
function snapshot(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .map((entry) => path.join(entry.parentPath, entry.name))
    .map((file) => `${path.relative(dir, file)} ${statSync(file).size} ${statSync(file).mtimeMs}`)
    .sort();
}

function setUp(): { root: string; reports: string; env: Record<string, string> } {
  const root = mkdtempSync(path.join(os.tmpdir(), 'bad-input-'));
  cpSync(FIXTURES, root, { recursive: true });
  const reports = path.join(root, '..', `${path.basename(root)}-reports`);
  // PICTURE_CHECK=0: the screenshot check (OCR) is tested in picture-check.spec.ts; here it would only cost time.
  const env = { GUIDES_DIR: root, REPORTS_DIR: reports, GUIDES: '', GUIDE_CACHE_DIR: path.join(os.tmpdir(), `${path.basename(root)}-cache`), NO_COLOR: '1', PICTURE_CHECK: '0' };
  return { root, reports, env };
}

/** Runs the plan command with `args` against a fresh copy of the fixtures and checks the common promises. */
async function plan(args: (root: string) => string[], extraEnv: (root: string) => Record<string, string> = () => ({})): Promise<Run> {
  const { root, reports, env } = setUp();
  const argv = args(root);
  const before = snapshot(root);
  const run = await runCommand(main, argv, { ...env, ...extraEnv(root) });
  expect(run.stderr + run.stdout).not.toMatch(STACK);
  expect(snapshot(root)).toEqual(before);
  expect(existsSync(reports)).toBe(false);
  rmSync(root, { recursive: true, force: true });
  rmSync(env.GUIDE_CACHE_DIR, { recursive: true, force: true });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr, root };
}

test.describe.configure({ mode: 'parallel' });

test('GUIDES_DIR that does not exist: a configuration message, exit 2', async () => {
  const run = await plan(() => [], () => ({ GUIDES_DIR: '/nope' }));
  expect(run.stderr).toContain('GUIDES_DIR');
  expect(run.stderr).toContain('is not a folder');
  expect(run.status).toBe(2);
});

test('a missing file argument is named, exit 2', async () => {
  const run = await plan(() => ['missing.md']);
  expect(run.stderr).toContain('"missing.md" is neither a guide nor a folder of guides');
  expect(run.stderr).toContain('Usage: npm run plan');
  expect(run.status).toBe(2);
});

test('--help prints the usage, exit 0; an unknown option is a usage problem, exit 2', async () => {
  const help = await plan(() => ['--help']);
  expect(help.stdout).toContain('Usage: npm run plan [-- <guide.md | folder>…]');
  expect(help.stdout).toContain('Exit codes: 0');
  expect(help.status).toBe(0);
  const unknown = await plan(() => ['--frobnicate']);
  expect(unknown.stderr).toContain("Unknown option '--frobnicate'");
  expect(unknown.status).toBe(2);
});

test('a paragraph of 150,000 characters is a guide problem, not a RangeError', async () => {
  const run = await plan(
    (root) => {
      writeFileSync(path.join(root, 'long.md'), `# Long\n\nClick the "Register" button.\n\n${'word '.repeat(30_000)}end.\n`);
      return [path.join(root, 'long.md')];
    },
  );
  expect(run.stderr).toMatch(/long\.md:5:1: this sentence is 150,00\d characters long \(«word word/);
  expect(run.stderr).toContain('split the paragraph');
  expect(run.stdout.length).toBeLessThan(10_000);
  expect(run.status).toBe(1);
});

test('a closed stdout pipe ends quietly with the plan’s exit code', async () => {
  const { root, env } = setUp();
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/plan/cli.ts'], { cwd: PROJECT, env: { ...process.env, ...env, GUIDES_DIR: path.join(PROJECT, 'guides') } });
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  child.stdout.once('data', () => child.stdout.destroy());
  const status = await new Promise<number | null>((resolve) => child.on('close', resolve));
  expect(stderr).not.toMatch(STACK);
  expect(stderr).not.toContain('EPIPE');
  expect(status).toBe(0);
  rmSync(root, { recursive: true, force: true });
  rmSync(env.GUIDE_CACHE_DIR, { recursive: true, force: true });
});

test('GUIDES: relative to the guides root, spaces after commas; a missing entry is named, exit 2', async () => {
  const run = await plan(() => [], () => ({ GUIDES: 'ok.md,  ru/mixed.md' }));
  // Each guide: its `# title` heading (narrative, the guide's title) and one sentence.
  expect(run.stdout).toContain('2 guide(s), 4 sentence(s), every one matched');
  expect(run.status).toBe(0);
  const missing = await plan(() => [], () => ({ GUIDES: 'ok.md, ru/gone.md' }));
  expect(missing.stderr).toContain('GUIDES: "ru/gone.md" is neither a guide nor a folder of guides');
  expect(missing.status).toBe(2);
});

test('with one unmatched sentence the image stays at its own sentence', async () => {
  const run = await plan((root) => [path.join(root, 'unmatched-image.md')]);
  const lines = run.stdout.split('\n').map((line) => line.trim());
  const at = (text: string) => lines.findIndex((line) => line.includes(text));
  expect(lines[at('unmatched-image.md:3:1')]).toMatch(/no match/);
  expect(at('screenshot form.png')).toBe(at('Click the "Register" button.') + 1);
  expect(run.stderr).toContain('unmatched-image.md:3:1: no definition means «Turn the "Key" twice.»');
  expect(run.stderr).toContain('1 sentence in 1 guide needs a definition.');
  expect(run.status).toBe(1);
});

/** A guide of the corpus planned alone: what each stream must contain (a RegExp must match) and the exit code. */
interface GuideCase {
  title: string;
  guide: string;
  stdout?: Array<string | RegExp>;
  stderr?: Array<string | RegExp>;
  notStdout?: string[];
  status: number;
}

const GUIDE_CASES: GuideCase[] = [
  { title: 'a folder argument plans the guides inside it', guide: 'ru', status: 0,
    stdout: ['Смешанный  (ru/mixed.md, ru)', /ru\/mixed\.md:1:3\s+narrative\s+understood as title\s+\(the guide's title/, '1 guide(s), 2 sentence(s), every one matched'] },
  { title: 'an image named /images/100%.png plans (no URIError) and is reported missing', guide: 'percent-image.md', status: 0,
    stderr: [/percent-image\.md:5:1: the guide shows \/images\/100%\.png, but .*images\/100%\.png does not exist/],
    stdout: ['screenshot 100%.png: viewport'] },
  { title: 'a Cyrillic guide with no lang and no ru/ folder is planned as Russian', guide: 'cyrillic-no-lang.md', status: 0,
    stdout: ['Регистрация в личном кабинете  (cyrillic-no-lang.md, ru)', '1 guide(s), 19 sentence(s), every one matched', 'among them 3 headings'] },
  { title: 'a lang the vocabulary does not know is a guide problem, exit 1', guide: 'german.md', status: 1,
    stderr: ['german.md:1:1: the front matter says lang: de, but the vocabulary knows only ru, en'] },
  { title: 'a GFM table is one narrative per cell sentence, never one giant sentence', guide: 'table.md', status: 0,
    stdout: [/table\.md:7:3\s+narrative\s+understood as table-cell\s+\(a table cell: tables describe the UI/, 'Your address.', '1 guide(s), 9 sentence(s), every one matched'],
    notStdout: ['E-mail Your address'] },
  { title: 'reference-style links keep their link; <kbd> and bold labels are labels', guide: 'reference-kbd.md', status: 0,
    stdout: [
      /reference-kbd\.md:7:1\s+action\s+understood as open-and-press\s+labels: «Регистрация»/,
      /reference-kbd\.md:9:1\s+action\s+understood as press\s+labels: «Войти»/,
    ] },
  { title: 'a closing :::: closes its container instead of opening one', guide: 'containers.md', status: 0,
    stdout: ['1 guide(s), 3 sentence(s), every one matched'] },
  { title: 'an image path outside the docs root is refused at planning, exit 1', guide: 'escape-image.md', status: 1,
    stderr: ['escape-image.md:5:1: the image /images/../../../../../../etc/cron.daily/x.png: resolves to /etc/cron.daily/x.png, outside the docs root', 'no screenshot will be written there'],
    notStdout: ['screenshot x.png'] },
  { title: 'the same image twice in one guide is reported', guide: 'twice-image.md', status: 0,
    stderr: ['twice-image.md:9:1: the guide shows /images/shown.png twice (lines 5 and 9)'] },
  { title: 'a Latin label in a Russian guide is a warning', guide: 'ru/mixed.md', status: 0,
    stderr: ['ru/mixed.md:3:1: the label «Register» is written in Latin letters in a ru guide'] },
];

function expectEach(output: string, wanted: ReadonlyArray<string | RegExp> = []): void {
  for (const want of wanted) {
    if (typeof want === 'string') expect(output).toContain(want);
    else expect(output).toMatch(want);
  }
}

for (const { title, guide, stdout, stderr, notStdout = [], status } of GUIDE_CASES) {
  test(title, async () => {
    const run = await plan((root) => [path.join(root, guide)]);
    expectEach(run.stdout, stdout);
    expectEach(run.stderr, stderr);
    for (const absent of notStdout) expect(run.stdout).not.toContain(absent);
    expect(run.status).toBe(status);
  });
}
