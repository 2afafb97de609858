import path from 'node:path';
import type { ReporterDescription } from '@playwright/test';
import { PROJECT_ROOT } from '../config/settings.js';

/**
 * The reporters of a guide run, shared by the run itself and by merge-reports. The secret
 * scrubber comes first, so artifacts are masked before any other reporter copies them. Paths are
 * absolute: a self-test's config elsewhere in the tree uses the same reporters.
 */
export function guideReporters(reportsDir: string): ReporterDescription[] {
  return [
    [path.join(PROJECT_ROOT, 'src/report/secret-scrubber.ts')],
    ['list'],
    ['html', { outputFolder: path.join(reportsDir, 'html'), open: 'never' }],
    [path.join(PROJECT_ROOT, 'src/report/guide-reporter.ts'), { outputDir: reportsDir }],
  ];
}
