import type { Reporter } from '@playwright/test/reporter';
export default class GuideReporter implements Reporter {}
