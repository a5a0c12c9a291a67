import type { BrowserContext, Page } from 'playwright-core';

/** What e2e tests watch while a flow runs: CSP violations and main-frame navigations. */

/** Every violation in any page or frame of the context: the DOM event (via an init script) and Chromium's log. */
export async function collectViolations(context: BrowserContext): Promise<string[]> {
  const seen: string[] = [];
  await context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      console.error(`CSP violation: ${e.effectiveDirective} blocked ${e.blockedURI} in ${e.documentURI}`);
    });
  });
  context.on('console', (message) => {
    const text = message.text();
    if (/CSP violation|Content Security Policy|Refused to/i.test(text)) seen.push(text);
  });
  return seen;
}

/** Main-frame navigations of a page from now on. */
export function trackNavigations(page: Page): string[] {
  const seen: string[] = [];
  page.on('framenavigated', (frame) => {
    if (frame === page.mainFrame()) seen.push(frame.url());
  });
  return seen;
}
