import path from 'node:path';
import { guideReporters } from './src/report/reporters.js';

// `npx playwright merge-reports --config=merge.config.ts ./all-blob-reports`: turns the shards'
// blob reports into the same reports a local run writes.
export default {
  testDir: 'tests',
  reporter: guideReporters(path.resolve(process.env.REPORTS_DIR ?? 'reports')),
};
