import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { writeAtomically } from '../files/write-atomically.js';

/** What a bundle was built from: each input's content hash, so any edit rebuilds it. */
interface Manifest {
  esbuild: string;
  inputs: Record<string, string>;
  output: string;
}

type Esbuild = typeof import('esbuild');

/**
 * A helper thread's code as one ES module file. Through the TypeScript loader a thread resolves
 * and compiles about a hundred modules before it parses anything: 0.6 s on two cores, as long as
 * this thread takes for 300 guides. From one file it is ready in about 60 ms. The file is built
 * with esbuild (the compiler tsx itself runs on) into `cacheDir`, and built again when any file
 * it came from changes. Undefined when it cannot be built: the caller then uses the loader.
 */
export function bundledWorker(entry: string, cacheDir: string): string | undefined {
  const name = path.basename(entry, path.extname(entry));
  const manifestFile = path.join(cacheDir, `${name}.json`);
  const esbuild = loadEsbuild();
  if (!esbuild) return undefined;
  const previous = readManifest(manifestFile);
  if (previous && previous.esbuild === esbuild.version && upToDate(previous, cacheDir)) return path.join(cacheDir, previous.output);
  try {
    return build(esbuild, entry, cacheDir, manifestFile, name);
  } catch {
    // A read-only checkout or a file esbuild cannot read: helpers start through the loader instead.
    return undefined;
  }
}

function build(esbuild: Esbuild, entry: string, cacheDir: string, manifestFile: string, name: string): string {
  // esbuild resolves from the folder it is given and wants it to exist.
  mkdirSync(cacheDir, { recursive: true });
  const result = esbuild.buildSync({
    entryPoints: [entry],
    bundle: true,
    write: false,
    metafile: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    logLevel: 'silent',
    absWorkingDir: cacheDir,
    // CommonJS dependencies (gray-matter) call require(), which an ES module has not by itself.
    banner: { js: "import { createRequire as __bundleRequire } from 'node:module'; const require = __bundleRequire(import.meta.url);" },
  });
  const code = result.outputFiles[0].contents;
  const inputs: Record<string, string> = {};
  for (const input of Object.keys(result.metafile.inputs)) {
    const file = path.resolve(cacheDir, input);
    inputs[path.relative(cacheDir, file)] = hash(readFileSync(file));
  }
  const output = `${name}-${hash(code).slice(0, 16)}.mjs`;
  // Not flushed to disk: a build lost in a crash is made again.
  writeAtomically(path.join(cacheDir, output), code, { flush: false });
  writeAtomically(manifestFile, JSON.stringify({ esbuild: esbuild.version, inputs, output } satisfies Manifest), { flush: false });
  // Earlier builds: a thread that is starting from one already has it open.
  for (const file of readdirSync(cacheDir)) if (file.startsWith(`${name}-`) && file.endsWith('.mjs') && file !== output) rmSync(path.join(cacheDir, file), { force: true });
  return path.join(cacheDir, output);
}

function upToDate(manifest: Manifest, cacheDir: string): boolean {
  if (!existsSync(path.join(cacheDir, manifest.output))) return false;
  try {
    return Object.entries(manifest.inputs).every(([input, digest]) => hash(readFileSync(path.resolve(cacheDir, input))) === digest);
  } catch {
    return false;
  }
}

function readManifest(file: string): Manifest | undefined {
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as Manifest;
  } catch {
    return undefined;
  }
}

function loadEsbuild(): Esbuild | undefined {
  try {
    return createRequire(import.meta.url)('esbuild') as Esbuild;
  } catch {
    return undefined;
  }
}

function hash(bytes: Uint8Array | string): string {
  return createHash('sha256').update(bytes).digest('hex');
}
