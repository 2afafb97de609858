import { existsSync, readFileSync } from 'node:fs';
import type { GuidesReport } from './guide-reporter.js';

/** The JSON report's name inside the reports folder. */
export const GUIDES_JSON = 'guides.json';

/**
 * A guides.json report, or undefined when there is none or it cannot be read as JSON (a run cut
 * off mid-write): either way the run could not be verified, and a thrown parse error would exit 1,
 * which means drift.
 */
export function readGuidesReport(file: string): Partial<GuidesReport> | undefined {
  if (!existsSync(file)) return undefined;
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as Partial<GuidesReport>;
  } catch {
    return undefined;
  }
}
