import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { useStack } from './harness.ts';

describe('views: the 10,000-execution project', () => {
  const env = useStack({ auth: 'none' });

  it('pages through tokens while scrolling and keeps the DOM small', async () => {
    const page = await env.browser.newPage();
    const tokens = new Set<string>();
    page.on('request', (request) => {
      const url = new URL(request.url());
      if (url.pathname === '/api/v1/executions/scale/development')
        tokens.add(url.searchParams.get('token') ?? '');
    });
    await page.goto(`${env.stack.consoleUrl}projects/scale/domains/development/executions`);
    const region = page.getByRole('region', { name: 'Executions, scrollable' });
    await region.getByRole('row').nth(1).waitFor();
    const status = page.locator('.list-status');
    for (let i = 0; i < 12; i++) {
      await region.evaluate((el) => el.scrollTo(0, el.scrollHeight));
      await page.waitForTimeout(150);
    }
    await page.waitForFunction(() => {
      const text = document.querySelector('.list-status')?.textContent ?? '';
      return Number.parseInt(text, 10) >= 1000;
    });
    assert.ok(tokens.has('') && tokens.has('100') && tokens.has('900'), [...tokens].join(','));
    const rendered = await region.locator('tbody tr').count();
    assert.ok(rendered < 80, `rendered ${rendered} rows`);
    const lastIndex = Number(
      await region.locator('tbody tr[aria-rowindex]').last().getAttribute('aria-rowindex'),
    );
    assert.ok(lastIndex > 900, `last aria-rowindex ${lastIndex}`);
    assert.match((await status.innerText()) ?? '', /executions loaded/);
    await page.close();
  });

  it('filters the big list by phase on the server', async () => {
    const page = await env.browser.newPage();
    await page.goto(`${env.stack.consoleUrl}projects/scale/domains/development/executions?phase=FAILED`);
    const region = page.getByRole('region', { name: 'Executions, scrollable' });
    await region.getByRole('row').nth(1).waitFor();
    const phases = await region.locator('tbody tr[aria-rowindex] td:nth-child(2)').allInnerTexts();
    assert.ok(phases.length > 0);
    assert.deepEqual([...new Set(phases)], ['Failed']);
    assert.equal(await page.getByRole('checkbox', { name: 'Failed' }).isChecked(), true);
    await page.close();
  });
});
