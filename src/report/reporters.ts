import path from 'node:path';
import type { ReporterDescription } from '@playwright/test';

/**
 * The reporters of a guide run, shared by the run itself and by merge-reports. The secret
 * scrubber comes first, so artifacts are masked before any other reporter copies them.
 */
export function guideReporters(reportsDir: string): ReporterDescription[] {
  return [
    ['./src/report/secret-scrubber.ts'],
    ['list'],
    ['html', { outputFolder: path.join(reportsDir, 'html'), open: 'never' }],
    ['./src/report/guide-reporter.ts', { outputDir: reportsDir }],
  ];
}
