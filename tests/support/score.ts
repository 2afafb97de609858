import path from 'node:path';

/** Where each drift self-test leaves its verdict for the score teardown. */
export const SCORE_DIR = path.resolve('test-results', 'drift-score');
