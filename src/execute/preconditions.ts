import path from 'node:path';
import type { BrowserContext, Page } from '@playwright/test';
import { docsRootOf, pagesRoot, resolveGuideLink } from '../guide/site-paths.js';
import { localeOf } from '../locale/index.js';
import { planGuides } from '../plan/plan.js';
import { ACCOUNT_MADE, type GuideMemory, type Need, type NeedMet } from '../vocabulary/index.js';
import type { GuideRunRecord } from './record.js';
import type { GuideRunInput } from './run-guide.js';

type StorageState = Awaited<ReturnType<BrowserContext['storageState']>>;

/**
 * A guide this one needs did not hold, or could not be planned: nothing is known about this guide,
 * so its sentence could not be verified (the needed guide's own run reports its drift).
 */
export class PreconditionError extends Error {
  override name = 'PreconditionError';
}

/**
 * Meets the persona's needs: an account, made by running the guide that makes one (the one the
 * sentence links to, else the locale's account guide) in a browser context of its own; a session,
 * by giving this page's context that guide's cookies (Playwright's storageState).
 */
export class Preconditions {
  private state?: { storage: StorageState; guide: string };
  private readonly contexts: BrowserContext[] = [];

  constructor(
    private readonly input: GuideRunInput,
    private readonly memory: GuideMemory,
    private readonly run: (input: GuideRunInput) => Promise<GuideRunRecord>,
  ) {}

  async establish(page: Page, need: Need, link?: string): Promise<NeedMet> {
    if (!this.state) {
      if (this.memory.get(ACCOUNT_MADE) && need === 'account') return { need, how: 'the persona already has an account' };
      this.state = await this.makeAccount(page, link);
    }
    if (need === 'account') return { need, how: `account made by running ${this.state.guide} first, in a browser of its own` };
    await page.context().addCookies(this.state.storage.cookies);
    return { need, how: `logged in with the session (storageState) of the account made by running ${this.state.guide}` };
  }

  private async makeAccount(page: Page, link?: string): Promise<{ storage: StorageState; guide: string }> {
    const { plan } = this.input;
    const named = link ?? localeOf(plan.guide.lang).accountGuide;
    const file = resolveGuideLink(plan.guide, named);
    if (!file) {
      throw new PreconditionError(`the guide ${named}, which makes the account this guide needs, is not a guide of the docs (no such page under ${path.relative(process.cwd(), pagesRoot(plan.guide)) || '.'})`);
    }
    const planned = planGuides(docsRootOf(plan.guide), [file]);
    const accountPlan = planned.plans[0];
    if (!accountPlan || planned.problems.length) {
      throw new PreconditionError(`the guide ${named}, which makes the account this guide needs, cannot be planned: ${planned.problems[0]?.message ?? 'not found'}`);
    }
    const browser = page.context().browser();
    if (!browser) throw new PreconditionError('no browser to run the account guide in');
    const context = await browser.newContext({ viewport: page.viewportSize() ?? undefined });
    this.contexts.push(context);
    const accountPage = await context.newPage();
    try {
      // Its own memory: what the account guide learns (its letters, its documents) is not this guide's.
      await this.run({ ...this.input, page: accountPage, plan: accountPlan, nested: true, memory: undefined });
    } catch (error) {
      throw new PreconditionError(`${accountPlan.guide.path}, run first to make the account, did not hold: ${(error as Error).message.split('\n')[0]}`, { cause: error });
    }
    this.memory.set(ACCOUNT_MADE, true);
    return { storage: await context.storageState(), guide: accountPlan.guide.path };
  }

  async dispose(): Promise<void> {
    for (const context of this.contexts.splice(0)) await context.close().catch(() => undefined);
  }
}
