import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { useStack } from './harness.ts';

/**
 * Keyboard and screen of the Session expired dialog: a renewal refused with invalid_grant keeps the page and what
 * was typed, focus stays in the dialog, and the popup sign-in gives focus back.
 */
describe('keyboard: the Session expired dialog after a revoked refresh token', () => {
  const env = useStack({ auth: 'internal' });

  it('invalid_grant keeps the screen and what was typed; Tab stays in the dialog; popup sign-in returns focus', async () => {
    const page = await env.browser.newPage();
    try {
      const url = `${env.stack.consoleOrigin}/console/projects/flytesnacks/domains/development/workflows`;
      await page.goto(url);
      await page.getByRole('button', { name: 'Ada Lovelace' }).click();
      await page.waitForURL(url, { timeout: 15_000 });
      await page.getByRole('table', { name: /Workflows in flytesnacks/ }).waitFor();
      const navigations: string[] = [];
      page.on('framenavigated', (frame) => {
        if (frame === page.mainFrame()) navigations.push(frame.url());
      });
      // The admin refuses the token and the renewal answers invalid_grant (a revoked refresh token).
      env.stack.sandbox.controls.failNextDataCalls(1, 401);
      env.stack.sandbox.controls.failNextTokenRequests(1, 'invalid_grant');
      const search = page.getByLabel('Search by name');
      await search.fill('core');
      const dialog = page.getByRole('alertdialog', { name: 'Session expired' });
      await dialog.waitFor();
      assert.deepEqual(
        navigations.filter((u) => !u.startsWith(url)),
        [],
      );
      assert.equal(await search.inputValue(), 'core');
      for (let i = 0; i < 4; i += 1) {
        await page.keyboard.press('Tab');
        const inside = await page.evaluate(
          () => document.activeElement?.closest('[role="alertdialog"]') !== null,
        );
        assert.ok(inside, `Tab ${i + 1} left the dialog`);
      }
      await page.keyboard.press('Escape'); // it needs an answer: Escape does not dismiss it
      assert.equal(await dialog.count(), 1);
      const [popup] = await Promise.all([
        env.browser.context.waitForEvent('page'),
        dialog.getByRole('button', { name: 'Sign in again' }).click(),
      ]);
      await dialog.waitFor({ state: 'detached', timeout: 15_000 });
      await popup.waitForEvent('close', { timeout: 10_000 }).catch(() => undefined);
      assert.equal(await search.inputValue(), 'core');
      assert.deepEqual(
        navigations.filter((u) => !u.startsWith(url)),
        [],
      );
      const focusedTag = await page.evaluate(() => document.activeElement?.tagName);
      assert.notEqual(focusedTag, 'BODY');
    } finally {
      env.stack.sandbox.controls.update({ failDataCalls: 0, failTokenRequests: 0 });
      await page.close();
    }
  });
});
