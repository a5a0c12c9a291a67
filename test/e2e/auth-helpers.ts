import type { Page } from 'playwright-core';
import type { TestBrowser } from './harness.ts';

/** Shared by the auth-*.test.ts e2e files: sign-in at the sandbox's IdP as its demo user. */

/** Path, query and hash: sign-in must bring back all three. */
export const DEEP_PATH =
  '/console/projects/flytesnacks/domains/development/workflows?search=core&page=2#list';

export const signedInAs = (page: Page, name: string) =>
  page.getByRole('button', { name: `Signed in as ${name}` }).waitFor();

/** Opens `url` without a session, picks the demo user at the IdP, and waits to be back on exactly `url`. */
export async function signInAt(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await page.getByRole('button', { name: 'Ada Lovelace' }).click();
  await page.waitForURL((current) => current.href === url, { timeout: 15_000 });
  await signedInAs(page, 'Ada Lovelace');
}

/** Leaves the profile signed in at the IdP, so that later sign-ins in it pass straight through. */
export async function signInProfile(browser: TestBrowser, consoleOrigin: string): Promise<void> {
  const page = await browser.newPage();
  await signInAt(page, `${consoleOrigin}/console/settings/auth`);
  await page.close();
}
