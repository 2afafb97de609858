import type { Page, Request, Response } from '@playwright/test';

/** Something that makes a step's evidence void: the site or the browser failed, not the guide. */
export interface TargetTrouble {
  kind: 'target-unreachable' | 'target-error' | 'browser-closed';
  /** What happened and where, e.g. "net::ERR_CONNECTION_REFUSED at http://127.0.0.1:1/billmgr". */
  detail: string;
}

/** Aborted navigations are a page replacing itself (a redirect, a second click), not a failure. */
const HARMLESS_FAILURES = /ERR_ABORTED|NS_BINDING_ABORTED|ERR_BLOCKED_BY_CLIENT/;

/**
 * Watches what the target and the browser did while a step ran: the main frame's documents, the
 * site's own XHR and fetch calls (a single-page app loads its forms that way), crashes and
 * closes. A step that fails while any of these went wrong could not verify its sentence.
 */
export class TargetWatch {
  private stepTrouble: TargetTrouble[] = [];
  /** Set while the page in front of the reader is an error (5xx, or a document that never came). */
  private documentTrouble?: TargetTrouble;
  private readonly targetOrigin: string;
  private readonly detach: () => void;

  constructor(
    private readonly page: Page,
    targetBaseURL: string,
  ) {
    this.targetOrigin = new URL(targetBaseURL).origin;
    const onResponse = (response: Response) => this.onResponse(response);
    const onFailed = (request: Request) => this.onFailed(request);
    const onCrash = () => this.stepTrouble.push({ kind: 'browser-closed', detail: 'the page crashed' });
    const onClose = () => this.stepTrouble.push({ kind: 'browser-closed', detail: 'the page was closed' });
    const browser = page.context().browser();
    const onDisconnect = () => this.stepTrouble.push({ kind: 'browser-closed', detail: 'the browser disconnected' });
    page.on('response', onResponse);
    page.on('requestfailed', onFailed);
    page.on('crash', onCrash);
    page.on('close', onClose);
    browser?.on('disconnected', onDisconnect);
    this.detach = () => {
      page.off('response', onResponse);
      page.off('requestfailed', onFailed);
      page.off('crash', onCrash);
      page.off('close', onClose);
      browser?.off('disconnected', onDisconnect);
    };
  }

  /** Forgets what happened during earlier steps; the current document's state is kept. */
  startStep(): void {
    this.stepTrouble = [];
  }

  /** Why the running step's evidence is void, if it is. */
  trouble(): TargetTrouble | undefined {
    return this.stepTrouble[0] ?? this.documentTrouble;
  }

  dispose(): void {
    this.detach();
  }

  private onResponse(response: Response): void {
    const request = response.request();
    const status = response.status();
    const trouble: TargetTrouble | undefined = status >= 500 ? { kind: 'target-error', detail: `HTTP ${status} from ${response.url()}` } : undefined;
    if (this.isMainDocument(request)) {
      this.documentTrouble = trouble;
      if (trouble) this.stepTrouble.push(trouble);
    } else if (trouble && this.isSiteCall(request)) {
      this.stepTrouble.push(trouble);
    }
  }

  private onFailed(request: Request): void {
    const errorText = request.failure()?.errorText ?? 'failed';
    if (HARMLESS_FAILURES.test(errorText)) return;
    const main = this.isMainDocument(request);
    if (!main && !this.isSiteCall(request)) return;
    const trouble: TargetTrouble = { kind: 'target-unreachable', detail: `${errorText} at ${request.url()}` };
    if (main) this.documentTrouble = trouble;
    this.stepTrouble.push(trouble);
  }

  private isMainDocument(request: Request): boolean {
    try {
      return request.isNavigationRequest() && request.frame() === this.page.mainFrame();
    } catch {
      // Service worker requests have no frame.
      return false;
    }
  }

  private isSiteCall(request: Request): boolean {
    const type = request.resourceType();
    if (type !== 'xhr' && type !== 'fetch') return false;
    try {
      return new URL(request.url()).origin === this.targetOrigin;
    } catch {
      return false;
    }
  }
}
