import { before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { openUserMenu, signOut } from './user-menu.ts';
import { useStack, type CspContext, type Stack } from './harness.ts';
import { collectViolations } from './page-watch.ts';

/**
 * The console under the strict Content-Security-Policy of docs/deployment.md section 5: full sign-in, a data
 * view, the auth panel's checks and sign-out against flyteadmin's internal server, and sign-in plus IdP logout
 * against the external IdP, with zero violations. The policy lists only the admin (and, for the external IdP,
 * the IdP's origin); frame-ancestors is 'none' except for silent-callback.html, as in the guide.
 */
function policy(c: CspContext, external: boolean): string {
  const servers = external ? `${c.adminOrigin} ${c.idpOrigin}` : c.adminOrigin;
  const authorize = external ? c.idpOrigin : c.adminOrigin;
  return [
    "default-src 'none'",
    "script-src 'self'",
    "style-src 'self'",
    "img-src 'self' data:",
    `connect-src 'self' ${servers}`,
    `frame-src 'self' ${authorize}`,
    `frame-ancestors ${c.path === '/console/silent-callback.html' ? "'self'" : "'none'"}`,
    "base-uri 'none'",
    "form-action 'self'",
    "object-src 'none'",
  ].join('; ');
}

const DATA_PATH = '/console/projects/flytesnacks/domains/development/executions';

async function signInAndSeeData(page: Page, stack: Stack): Promise<void> {
  const response = await page.goto(`${stack.consoleOrigin}${DATA_PATH}`);
  assert.match(response?.headers()['content-security-policy'] ?? '', /default-src 'none'/);
  await page.getByRole('button', { name: 'Ada Lovelace' }).click();
  await page.waitForURL(`${stack.consoleOrigin}${DATA_PATH}`, { timeout: 15_000 });
  await page.getByRole('button', { name: 'Signed in as Ada Lovelace' }).waitFor();
  const rows = page.getByRole('region', { name: 'Executions, scrollable' }).getByRole('row');
  await rows.nth(1).getByRole('link').first().waitFor();
}

describe('CSP: internal authorization server', () => {
  const env = useStack({ auth: 'internal', csp: (c) => policy(c, false) });
  let violations: string[] = [];
  before(async () => {
    violations = await collectViolations(env.browser.context);
  });

  it('sign-in, a data view, the auth panel and sign-out cause no violation', async () => {
    const page = await env.browser.newPage();
    await signInAndSeeData(page, env.stack);
    await openUserMenu(page);
    await page.getByRole('link', { name: 'Auth settings' }).click();
    await page.getByRole('button', { name: 'Check configuration' }).click();
    await page.getByRole('list', { name: 'Check results' }).waitFor({ timeout: 15_000 });
    await signOut(page);
    await page.waitForURL(`${env.stack.consoleOrigin}/console/signed-out`);
    await page.getByRole('button', { name: 'Sign in again' }).waitFor();
    assert.deepEqual(violations, []);
  });

  it('serves silent-callback.html with frame-ancestors self, everything else with none', async () => {
    const silent = await fetch(`${env.stack.consoleOrigin}/console/silent-callback.html`);
    assert.match(silent.headers.get('content-security-policy') ?? '', /frame-ancestors 'self'/);
    const index = await fetch(`${env.stack.consoleOrigin}/console/settings/auth`);
    assert.match(index.headers.get('content-security-policy') ?? '', /frame-ancestors 'none'/);
  });

  it('the collector does see a violation (control)', async () => {
    const page = await env.browser.newPage();
    await page.goto(`${env.stack.consoleOrigin}/console/signed-out`);
    await page.evaluate(() => {
      const img = document.createElement('img');
      img.src = 'http://127.0.0.2:9/blocked.png';
      document.body.append(img);
    });
    await page.waitForTimeout(500);
    assert.ok(
      violations.some((v) => /img-src/.test(v)),
      'the control violation was not seen',
    );
    violations.length = 0;
    await page.close();
  });
});

describe('CSP: external IdP', () => {
  const env = useStack({ auth: 'external', csp: (c) => policy(c, true) });
  let violations: string[] = [];
  before(async () => {
    violations = await collectViolations(env.browser.context);
  });

  it('sign-in at the IdP, a data view and logout at the IdP cause no violation', async () => {
    const page = await env.browser.newPage();
    await signInAndSeeData(page, env.stack);
    await signOut(page);
    await page.getByRole('button', { name: 'Yes, sign me out' }).click();
    await page.waitForURL((url) => url.href.startsWith(`${env.stack.consoleOrigin}/console/signed-out`));
    await page.getByRole('button', { name: 'Sign in again' }).waitFor();
    assert.deepEqual(violations, []);
  });
});
