import path from 'node:path';

/** Where the rewording self-test leaves its results for the score teardown. */
export const REWORDING_SCORE = path.resolve('test-results', 'rewording-score');
