import path from 'node:path';

// `npx playwright merge-reports --config=merge.config.ts ./all-blob-reports`: turns the shards'
// blob reports into the same reports a local run writes.
const reports = path.resolve(process.env.REPORTS_DIR ?? 'reports');

export default {
  testDir: 'tests',
  reporter: [
    ['./src/report/secret-scrubber.ts'],
    ['list'],
    ['html', { outputFolder: path.join(reports, 'html'), open: 'never' }],
    ['./src/report/guide-reporter.ts', { outputDir: reports }],
  ],
};
