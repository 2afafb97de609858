import path from 'node:path';

/** Where each metamorphic run leaves its verdict for the robustness teardown. */
export const ROBUSTNESS_DIR = path.resolve('test-results', 'robustness-score');

/** One alarm raised on a transformed stand-in: by construction, a false one. */
export interface FalseAlarm {
  skin: string;
  guide: string;
  /** line:column of the sentence, or empty when the guide did not run at all. */
  at: string;
  what: string;
}

export interface RobustnessScore {
  transform: string;
  alarms: FalseAlarm[];
  /** The skins its guides ran on. */
  skins?: string[];
}
