import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parseDocument } from 'yaml';
import { GuideSyntaxError, type Guide } from '../guide/types.js';

/** How to find the element an image shows, as a person would: by role and name, or by text. */
export interface ElementSpec {
  role?: string;
  name?: string;
  text?: string;
}

/** How and when one image of a guide is captured; written next to the guide, never in the engine. */
export interface CaptureSpec {
  /** Capture just before the sentence starting with this text (default: after the image's own sentence). */
  before?: string;
  /** Capture just after the sentence starting with this text. */
  after?: string;
  element?: ElementSpec;
  fullPage?: boolean;
  /** CSS pixels around the element. */
  padding?: number;
  /** Device pixels per CSS pixel: 1 or 2. */
  scale?: number;
  viewport?: { width: number; height: number };
  /** Values shown next to these labels are replaced with presentable ones before capture. */
  presentable?: Record<string, string>;
  /** Share of differing pixels tolerated for this image. */
  threshold?: number;
}

const KEYS = new Set(['before', 'after', 'element', 'fullPage', 'padding', 'scale', 'viewport', 'presentable', 'threshold']);

/** The sidecar of `guide.md` is `guide.screenshots.yml` beside it. */
export function sidecarPath(guideFile: string): string {
  return guideFile.replace(/\.md$/, '.screenshots.yml');
}

/** Reads a guide's capture specs, keyed by image src exactly as the guide writes it. */
export function readCaptureSpecs(guide: Guide): Map<string, CaptureSpec> {
  const file = sidecarPath(guide.file);
  const specs = new Map<string, CaptureSpec>();
  if (!existsSync(file)) return specs;
  const shown = sidecarPath(guide.path);
  const document = parseDocument(readFileSync(file, 'utf8'));
  if (document.errors.length) {
    const error = document.errors[0];
    throw new GuideSyntaxError({ file: shown, line: error.linePos?.[0].line ?? 1, column: error.linePos?.[0].col ?? 1 }, error.message.split('\n')[0]);
  }
  const data = document.toJS() as Record<string, unknown> | null;
  for (const [src, raw] of Object.entries(data ?? {})) {
    if (!raw || typeof raw !== 'object') throw new GuideSyntaxError({ file: shown, line: 1, column: 1 }, `the spec of ${src} must be a mapping`);
    const unknown = Object.keys(raw).filter((key) => !KEYS.has(key));
    if (unknown.length) {
      throw new GuideSyntaxError({ file: shown, line: 1, column: 1 }, `unknown key(s) ${unknown.join(', ')} in the spec of ${src}; known: ${[...KEYS].join(', ')}`);
    }
    const spec = raw as CaptureSpec;
    if (spec.scale !== undefined && spec.scale !== 1 && spec.scale !== 2) {
      throw new GuideSyntaxError({ file: shown, line: 1, column: 1 }, `scale of ${src} must be 1 or 2`);
    }
    specs.set(src, spec);
  }
  return specs;
}

/** Where an image the guide references lives in the docs: `/images/x.png` is under the docs root's `public/` when it has one. */
export function imageFile(guide: Guide, guidesRoot: string, src: string): string {
  const clean = decodeURI(src.split(/[?#]/)[0]);
  if (!clean.startsWith('/')) return path.resolve(path.dirname(guide.file), clean);
  const publicDir = path.join(guidesRoot, 'public');
  return path.join(existsSync(publicDir) ? publicDir : guidesRoot, clean);
}
