import { before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import type { SandboxAuth } from '../sandbox/index.ts';
import { DIST_DIR, launchBrowser, useFixtures } from './harness.ts';
import { startNginxStack, type NginxStack, type NginxTopology } from './nginx-stack.ts';
import { collectViolations, trackNavigations } from './page-watch.ts';
import { openUserMenu, signOut } from './user-menu.ts';

/**
 * The console as operators deploy it: real nginx with the shipped deploy/nginx/ files and the CSP that the
 * image's start-up derives from config.json. In both topologies (console alone; console and flyteadmin on one
 * origin) and with both kinds of authorization server: a deep link signs in and lands exactly, data loads,
 * the token renews without a navigation, sign-out ends on /console/signed-out, and no CSP violation occurs.
 */
const DEEP_PATH = '/console/projects/flytesnacks/domains/development/workflows?search=core&page=2#list';
const DATA_PATH = '/console/projects/flytesnacks/domains/development/executions';

async function fullFlow(page: Page, stack: NginxStack, auth: SandboxAuth): Promise<void> {
  const { controls } = stack.sandbox;
  controls.setAccessTokenTtl(5);
  const url = `${stack.consoleOrigin}${DEEP_PATH}`;
  const first = await page.goto(url);
  assert.match(first?.headers()['content-security-policy'] ?? '', /frame-ancestors 'none'/);
  await page.getByRole('button', { name: 'Ada Lovelace' }).click();
  await page.waitForURL((current) => current.href === url, { timeout: 15_000 });
  await page.getByRole('button', { name: 'Signed in as Ada Lovelace' }).waitFor();

  // Renew: the short-lived token is refreshed in place, without leaving the page.
  const navigations = trackNavigations(page);
  const deadline = Date.now() + 15_000;
  while ((controls.stats().tokenRequests.refresh_token ?? 0) < 1 && Date.now() < deadline) {
    await page.waitForTimeout(200);
  }
  controls.setAccessTokenTtl(1800);
  assert.ok((controls.stats().tokenRequests.refresh_token ?? 0) >= 1, 'no refresh-token renewal');
  assert.deepEqual(navigations, []);
  assert.equal(await page.getByRole('alertdialog').count(), 0);

  // A second deep link, now with a session: nginx's fallback serves index.html, data comes through.
  await page.goto(`${stack.consoleOrigin}${DATA_PATH}`);
  const rows = page.getByRole('region', { name: 'Executions, scrollable' }).getByRole('row');
  await rows.nth(1).getByRole('link').first().waitFor({ timeout: 15_000 });

  // The auth panel shows the build that nginx serves (dist/version.json).
  const build = JSON.parse(readFileSync(join(DIST_DIR, 'version.json'), 'utf8')) as Record<string, string>;
  const commit = build.commit === 'unknown' ? 'commit unknown' : `commit ${build.commit?.slice(0, 12)}`;
  await openUserMenu(page);
  await page.getByRole('link', { name: 'Auth settings' }).click();
  await page.getByText(`${build.version} (${commit}, built ${build.builtAt})`).waitFor();

  await signOut(page);
  if (auth === 'external') await page.getByRole('button', { name: 'Yes, sign me out' }).click();
  await page.waitForURL((current) => current.href.startsWith(`${stack.consoleOrigin}/console/signed-out`));
  await page.getByRole('button', { name: 'Sign in again' }).waitFor();
}

for (const topology of ['static', 'one-origin'] as NginxTopology[]) {
  for (const auth of ['internal', 'external'] as SandboxAuth[]) {
    describe(`nginx (${topology}), ${auth} authorization server`, () => {
      const env = useFixtures({ stack: () => startNginxStack({ auth, topology }), browser: launchBrowser });
      let violations: string[] = [];
      before(async () => {
        violations = await collectViolations(env.browser.context);
      });

      it('deep link, sign-in, renew, data and sign-out with zero CSP violations', async () => {
        const page = await env.browser.newPage();
        await fullFlow(page, env.stack, auth);
        assert.deepEqual(violations, []);
        assert.doesNotMatch(env.stack.nginx.errorLog(), /\[(error|crit|alert|emerg)\]/);
      });
    });
  }
}
