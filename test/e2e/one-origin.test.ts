import { before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { launchBrowser, useFixtures } from './harness.ts';
import { startOneOrigin } from './one-origin.ts';

/**
 * Console and flyteadmin on one origin, as flyte-core's ingress and flyte-binary serve them. The sign-in leaves
 * flyteadmin's login cookies on that origin, and flyteadmin authenticates a call carrying them by the cookie,
 * ignoring flyte-authorization (flyteadmin/auth/handlers.go:362-386). The console's own token must authenticate
 * every call, also once the cookie's ID token has expired (no token renewal could fix a cookie).
 */
describe('one origin: console and admin behind one host', () => {
  const env = useFixtures({ browser: launchBrowser, site: startOneOrigin });
  before(() => {
    // Short enough to outlive within the test; the cookie itself stays (a session cookie).
    env.site.sandbox.controls.update({ loginCookieTtl: 2 });
  });

  it('authenticates every call with the console token, not the admin cookie, before and after it expires', async () => {
    const page = await env.browser.newPage();
    const list = `${env.site.consoleUrl}projects/flytesnacks/domains/development/executions`;
    await page.goto(list);
    await page.getByRole('button', { name: 'Ada Lovelace' }).click();
    await page.waitForURL(list);
    await page.getByRole('table').waitFor();

    const cookies = await env.browser.context.cookies(env.site.origin);
    assert.ok(
      cookies.some((c) => c.name === 'flyte_idt') && cookies.some((c) => c.name === 'flyte_at'),
      'the sign-in left flyteadmin login cookies on the one origin',
    );
    const before = env.site.sandbox.controls.stats();
    assert.ok((before.dataRequestsByCredential['flyte-authorization'] ?? 0) > 0);
    assert.equal(before.dataRequestsByCredential.cookie ?? 0, 0, 'no call was authenticated by the cookie');
    assert.equal(before.dataRequestsWithCookies, 0, 'no admin call carried cookies');

    // The ID token in the cookie expires; a console that sent cookies would now get 401s that no renewal fixes.
    await new Promise((resolve) => setTimeout(resolve, 2_500));
    env.site.sandbox.controls.resetStats();
    await page.getByRole('link', { name: 'Workflows' }).first().click();
    await page.getByRole('table', { name: /Workflows in flytesnacks/ }).waitFor();
    await page.goBack();
    const first = page.getByRole('table').getByRole('link').first();
    await first.click();
    await page.getByText('Launched by').waitFor();
    await page.getByRole('heading', { name: 'Inputs' }).waitFor();
    assert.equal(await page.getByRole('dialog', { name: /Session expired/i }).count(), 0);

    const after = env.site.sandbox.controls.stats();
    assert.ok(after.dataRequests > 3, `data calls after expiry: ${after.dataRequests}`);
    assert.equal(after.rejectedDataRequests, 0);
    assert.deepEqual(Object.keys(after.dataRequestsByCredential), ['flyte-authorization']);
    assert.equal(after.dataRequestsWithCookies, 0);
    assert.ok((await env.browser.context.cookies(env.site.origin)).some((c) => c.name === 'flyte_idt'));
  });
});
