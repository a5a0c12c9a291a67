import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { useStack } from './harness.ts';

/**
 * The auth panel's "Check configuration" against the sandbox in a real browser: every check passes for a correct
 * setup (internal server and external IdP); with a wrong realm the discovery error page leads to the panel, which
 * runs without a session and names the failing check and its fix; a token header the admin's CORS does not allow
 * is named too.
 */
const SETTINGS = '/console/settings/auth';

/** Verdicts by check title, e.g. { 'Discovery document': 'Pass' }. */
async function verdicts(page: Page): Promise<Record<string, string>> {
  const list = page.getByRole('list', { name: 'Check results' });
  await list.waitFor({ timeout: 15_000 });
  const items = await list.getByRole('listitem').all();
  const entries = await Promise.all(
    items.map(async (item) => {
      const status = (await item.locator('.probe-status').innerText()).trim();
      return [(await item.locator('strong').first().innerText()).trim(), status] as const;
    }),
  );
  return Object.fromEntries(entries);
}

async function signInAt(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await page.getByRole('button', { name: 'Ada Lovelace' }).click();
  await page.waitForURL(url, { timeout: 15_000 });
  await page.getByRole('button', { name: 'Signed in as Ada Lovelace' }).waitFor();
}

const ALL_PASS = {
  'config.json': 'Pass',
  'Discovery document': 'Pass',
  'Issuer consistency': 'Pass',
  'PKCE (S256)': 'Pass',
  'Token endpoint CORS': 'Pass',
  'Refresh token': 'Pass',
  'Admin accepts the token': 'Pass',
  'Admin CORS for the token header': 'Pass',
  'Redirect URIs': 'Pass',
};

describe('diagnostics: internal authorization server', () => {
  const env = useStack({ auth: 'internal' });

  it('a correct setup passes every check; only sign-out at the IdP warns (the internal server has none)', async () => {
    const page = await env.browser.newPage();
    await signInAt(page, `${env.stack.consoleOrigin}${SETTINGS}`);
    await page.getByRole('button', { name: 'Check configuration' }).click();
    assert.deepEqual(await verdicts(page), { ...ALL_PASS, 'Sign-out at the identity provider': 'Warning' });
    await page
      .getByRole('status')
      .filter({ hasText: '10 checks: 9 passed, 1 warning, 0 failures' })
      .waitFor();
    await page.close();
  });

  it('a token header the admin CORS refuses is named, with allowedHeaders as the fix', async () => {
    const base = env.stack.sandbox.consoleConfig() as { adminUrl: string; auth: Record<string, unknown> };
    env.stack.server.setConfig({ ...base, auth: { ...base.auth, authorizationHeader: 'Authorization' } });
    try {
      const page = await env.browser.newPage();
      await page.goto(`${env.stack.consoleOrigin}${SETTINGS}`);
      await page.getByRole('button', { name: 'Check configuration' }).click();
      const found = await verdicts(page);
      assert.equal(found['Admin CORS for the token header'], 'Failure');
      const item = page.getByRole('listitem', { name: 'Admin CORS for the token header' });
      assert.match(await item.innerText(), /Fix: Add "Authorization" to flyteadmin's allowedHeaders/);
      await page.close();
    } finally {
      env.stack.server.setConfig(base);
    }
  });
});

describe('diagnostics: external IdP', () => {
  const env = useStack({ auth: 'external' });

  it('a correct setup passes every check, sign-out at the IdP included', async () => {
    const page = await env.browser.newPage();
    await signInAt(page, `${env.stack.consoleOrigin}${SETTINGS}`);
    await page.getByRole('button', { name: 'Check configuration' }).click();
    assert.deepEqual(await verdicts(page), { ...ALL_PASS, 'Sign-out at the identity provider': 'Pass' });
    await page.close();
  });

  it('a wrong realm: the error page links to the panel, which names the failing check and its fix', async () => {
    const wrongIssuer = env.stack.sandbox.idpIssuer.replace(/\/realms\/flyte$/, '/realms/flytee');
    const base = env.stack.sandbox.consoleConfig() as { adminUrl: string; auth: Record<string, unknown> };
    env.stack.server.setConfig({ ...base, auth: { ...base.auth, issuer: wrongIssuer } });
    try {
      const page = await env.browser.newPage();
      await page.goto(
        `${env.stack.consoleOrigin}/console/projects/flytesnacks/domains/development/executions`,
      );
      await page.getByRole('heading', { name: 'The console cannot set up sign-in' }).waitFor();
      await page.getByRole('link', { name: 'Check configuration' }).click();
      await page.waitForURL(`${env.stack.consoleOrigin}${SETTINGS}`);
      await page.getByRole('heading', { name: 'Authentication settings' }).waitFor();
      const found = await verdicts(page); // runs at once: no click, no session
      assert.equal(found['Discovery document'], 'Failure');
      assert.equal(found['Refresh token'], 'Skipped');
      assert.equal(found['Admin accepts the token'], 'Skipped');
      assert.equal(found['Admin CORS for the token header'], 'Pass');
      const discovery = await page.getByRole('listitem', { name: 'Discovery document' }).innerText();
      assert.ok(discovery.includes(`${wrongIssuer}/.well-known/openid-configuration`));
      assert.match(discovery, /Fix: .*use the exact issuer path \(Keycloak "\.\.\.\/realms\/<name>"/);
      const skipped = await page.getByRole('listitem', { name: 'Refresh token' }).innerText();
      assert.match(skipped, /Skipped: not signed in\./);
      await page.close();
    } finally {
      env.stack.server.setConfig(base);
    }
  });
});
