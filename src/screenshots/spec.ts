import { existsSync, readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { z } from 'zod';
import { GuideSyntaxError, type Guide, type SourcePoint } from '../guide/types.js';
import { readYamlSource } from '../guide/yaml-source.js';

export type AriaRole = Parameters<Page['getByRole']>[0];

/** The roles getByRole knows, so a misspelt role is refused at planning, not at capture. */
const ROLES = [
  'alert', 'alertdialog', 'application', 'article', 'banner', 'blockquote', 'button', 'caption', 'cell', 'checkbox', 'code', 'columnheader',
  'combobox', 'complementary', 'contentinfo', 'definition', 'deletion', 'dialog', 'directory', 'document', 'emphasis', 'feed', 'figure', 'form',
  'generic', 'grid', 'gridcell', 'group', 'heading', 'img', 'insertion', 'link', 'list', 'listbox', 'listitem', 'log', 'main', 'marquee', 'math',
  'meter', 'menu', 'menubar', 'menuitem', 'menuitemcheckbox', 'menuitemradio', 'navigation', 'none', 'note', 'option', 'paragraph',
  'presentation', 'progressbar', 'radio', 'radiogroup', 'region', 'row', 'rowgroup', 'rowheader', 'scrollbar', 'search', 'searchbox',
  'separator', 'slider', 'spinbutton', 'status', 'strong', 'subscript', 'superscript', 'switch', 'tab', 'table', 'tablist', 'tabpanel', 'term',
  'textbox', 'time', 'timer', 'toolbar', 'tooltip', 'tree', 'treegrid', 'treeitem',
] as const satisfies readonly AriaRole[];

const isMapping = ({ value }: { value: unknown }) => typeof value === 'object' && value !== null && !Array.isArray(value);

const text = (what: string) => z.string({ error: `must be ${what}` }).trim().min(1, `must be ${what}`);
const cssPixels = (min: number, max: number) =>
  z.number({ error: `must be a number of CSS pixels from ${min} to ${max}` }).int(`must be a whole number of CSS pixels`).min(min, `must be at least ${min}`).max(max, `must be at most ${max}`);

const ElementSchema = z
  .strictObject(
    {
      role: z.enum(ROLES, { error: (issue) => `"${String(issue.input)}" is not an ARIA role (e.g. region, dialog, status, button)` }).optional(),
      name: text('the accessible name, as text').optional(),
      text: text('text shown in the element').optional(),
    },
    { error: 'must be a mapping like { role: region, name: Регистрация } or { text: … }' },
  )
  .refine((element) => element.role || element.text, { message: 'needs a role (with an optional name) or a text', when: isMapping })
  .refine((element) => !(element.name && !element.role), { message: 'needs a role beside it', path: ['name'], when: isMapping });

const CaptureSpecSchema = z
  .strictObject(
    {
      /** Capture just before the sentence starting with this text (default: after the image's own sentence). */
      before: text('the start of a sentence of the guide').optional(),
      /** Capture just after the sentence starting with this text. */
      after: text('the start of a sentence of the guide').optional(),
      /**
       * A moment inside the anchored sentence's step, when the image shows a page the step passes
       * through: `opened`, the page its link (or its first press) opens.
       */
      moment: z.enum(['opened'], { error: 'must be opened (the page the sentence opens, before it goes on)' }).optional(),
      element: ElementSchema.optional(),
      fullPage: z.boolean({ error: 'must be true or false' }).optional(),
      /** CSS pixels around the element. */
      padding: cssPixels(0, 500).optional(),
      /** Device pixels per CSS pixel. */
      scale: z.union([z.literal(1), z.literal(2)], { error: 'must be 1 or 2' }).optional(),
      viewport: z.strictObject({ width: cssPixels(200, 4000), height: cssPixels(200, 4000) }, { error: 'must be a mapping like { width: 1280, height: 800 }' }).optional(),
      /**
       * Values shown next to these labels are replaced with presentable ones before capture; a key
       * written `/pattern/` replaces instead every text shown whole that matches it (a time of day).
       */
      presentable: z
        .record(z.string(), z.union([z.string(), z.number()], { error: 'must be the value to show, as text' }).transform(String), { error: 'must be a mapping of label: value' })
        .superRefine((entries, ctx) => {
          for (const key of Object.keys(entries).filter(isPatternKey)) {
            try {
              new RegExp(key.slice(1, -1), 'u');
            } catch (error) {
              ctx.addIssue({ code: 'custom', message: `is not a valid pattern: ${(error as Error).message}`, path: [key] });
            }
          }
        })
        .optional(),
      /**
       * Elements painted over before capture (a QR code, a secret key): what no docs image may show,
       * nor can show the same twice. Each by role (with an optional name) or by text, like `element`.
       */
      mask: z.array(ElementSchema, { error: 'must be a list of elements like [{ role: img }, { role: textbox, name: Key }]' }).optional(),
      /** Share of differing pixels tolerated for this image. */
      threshold: z.number({ error: 'must be a fraction between 0 and 1, e.g. 0.002' }).min(0, 'must be at least 0').lt(1, 'must be below 1').optional(),
      /**
       * The guide that takes this image, as a link of this guide would name it (`/client-area/vps-order`):
       * the docs show one screenshot in several guides (the wiki's Russian VPS order shows the English
       * one). This guide shows it but neither captures nor compares it.
       */
      capturedBy: text('the guide that takes the image, as a link to it (e.g. /client-area/vps-order)').optional(),
    },
    { error: 'must be a mapping of capture settings (before, element, viewport, …)' },
  )
  // Checked even when another key is wrong, so that every problem of the file is named at once.
  .refine((spec) => spec.capturedBy === undefined || Object.keys(spec).length === 1, {
    message: "is taken by another guide: how it is captured belongs in that guide's spec, not here",
    path: ['capturedBy'],
    when: isMapping,
  })
  .refine((spec) => !(spec.before !== undefined && spec.after !== undefined), { message: 'cannot be given with before: keep one of them', path: ['after'], when: isMapping })
  .refine((spec) => !(spec.moment !== undefined && spec.before !== undefined), { message: 'is a moment during a sentence: anchor it with after, not before', path: ['moment'], when: isMapping })
  .refine((spec) => spec.padding === undefined || spec.element !== undefined, { message: 'is space around an element: add element, or remove padding', path: ['padding'], when: isMapping });

/** A `presentable` key that is a pattern: `/…/`. */
export function isPatternKey(key: string): boolean {
  return key.length > 2 && key.startsWith('/') && key.endsWith('/');
}

const SidecarSchema = z.record(z.string(), CaptureSpecSchema, { error: 'must map each image path of the guide to its capture settings' });

/** How to find the element an image shows, as a person would: by role and name, or by text. */
export type ElementSpec = z.output<typeof ElementSchema>;
/** How and when one image of a guide is captured; written next to the guide, never in the engine. */
export type CaptureSpec = z.output<typeof CaptureSpecSchema>;

/** Every problem of a sidecar, each at its line and column; the first is the GuideSyntaxError's own. */
export class CaptureSpecError extends GuideSyntaxError {
  constructor(readonly issues: Array<{ where: SourcePoint; problem: string }>) {
    super(issues[0].where, issues[0].problem);
    this.name = 'CaptureSpecError';
    this.message = issues.map(({ where, problem }) => `${where.file}:${where.line}:${where.column}: ${problem}`).join('\n');
  }
}

/** The sidecar of `guide.md` is `guide.screenshots.yml` beside it. */
export function sidecarPath(guideFile: string): string {
  return guideFile.replace(/\.md$/, '.screenshots.yml');
}

/** Reads a guide's capture specs, keyed by image src exactly as the guide writes it. */
export function readCaptureSpecs(guide: Guide): Map<string, CaptureSpec> {
  const file = sidecarPath(guide.file);
  if (!existsSync(file)) return new Map();
  return parseCaptureSpecs(readFileSync(file, 'utf8'), sidecarPath(guide.path));
}

/** Parses and validates a sidecar's text; `shown` is the file name its problems are reported at. */
export function parseCaptureSpecs(source: string, shown: string): Map<string, CaptureSpec> {
  const yaml = readYamlSource(source, shown);
  if (yaml.errors.length) {
    throw new CaptureSpecError(yaml.errors.map((error) => ({ where: error.where, problem: `not valid YAML: ${error.message}` })));
  }
  const result = SidecarSchema.safeParse(yaml.data);
  if (result.success) return new Map(Object.entries(result.data));
  const issues = result.error.issues.flatMap((issue) => {
    const [src, ...keys] = issue.path.map(String);
    const subject = src === undefined ? 'the file' : `the spec of ${src}${keys.length ? `: ${keys.join('.')}` : ''}`;
    if (issue.code === 'unrecognized_keys') {
      const known = keys.length ? (keys.at(-1) === 'element' ? 'role, name, text' : 'width, height') : Object.keys(CaptureSpecSchema.shape).join(', ');
      return issue.keys.map((key) => ({ where: yaml.pointAt(issue.path, key), problem: `${subject}: unknown key ${key}; known: ${known}` }));
    }
    return [{ where: yaml.pointAt(issue.path), problem: `${subject} ${issue.message}` }];
  });
  throw new CaptureSpecError(issues.sort((a, b) => a.where.line - b.where.line || a.where.column - b.where.column));
}
