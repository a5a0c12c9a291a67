// Launching against the sandbox in real Chromium: typed inputs of every type from a workflow page, the running
// execution after it, a relaunch with one input changed, and a type error that sends nothing.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { Page, Request } from 'playwright-core';
import { useStack } from './harness.ts';

const P = 'flytesnacks';
const D = 'development';
const WF = 'core.launch.all_types.all_types_wf';

const TYPED: Record<string, string> = {
  count: '42',
  label: 'hello',
  start: '2024-05-01T12:00:00Z',
  timeout: '1h30m',
  config: '{"lr": 0.1}',
  data_file: 's3://bucket/data.csv',
  model_dir: 's3://bucket/model/',
  sizes: '[1, 2, 3]',
  weights: '{"a": 0.5}',
  groups: '[{"k": "v"}]',
  table: 's3://bucket/table.parquet',
  legacy: 's3://bucket/schema',
};

const box = (page: Page, name: string) => page.getByRole('textbox', { name: new RegExp(`^${name}\\b`) });
const launches = (page: Page) => {
  const sent: Request[] = [];
  page.on('request', (r) => {
    if (r.method() === 'POST' && new URL(r.url()).pathname === '/api/v1/executions') sent.push(r);
  });
  return sent;
};

async function openLaunchForm(page: Page, consoleUrl: string) {
  await page.goto(`${consoleUrl}projects/${P}/domains/${D}/workflows/${WF}`);
  await page.getByRole('button', { name: 'Launch workflow' }).click();
  await page
    .getByRole('region', { name: `Launch ${WF}` })
    .getByRole('button', { name: 'Launch' })
    .waitFor();
}

describe('launch', () => {
  const env = useStack({ auth: 'none', bigProjectExecutions: 200 });

  it('shows a type error next to its field and sends nothing', async () => {
    const page = await env.browser.newPage();
    const sent = launches(page);
    await openLaunchForm(page, env.stack.consoleUrl);
    for (const [name, text] of Object.entries(TYPED)) await box(page, name).fill(text);
    await page.getByRole('combobox', { name: /^color\b/ }).selectOption('red');
    await page.getByRole('textbox', { name: 'either value' }).fill('1');
    await box(page, 'sizes').fill('[1, "two"]');
    await page.getByRole('button', { name: 'Launch', exact: true }).click();
    const sizes = box(page, 'sizes');
    await page.waitForFunction(() => document.activeElement?.getAttribute('aria-invalid') === 'true');
    assert.equal(await sizes.getAttribute('aria-invalid'), 'true');
    const describedBy = (await sizes.getAttribute('aria-describedby')) ?? '';
    const message = await page.locator(`[id="${describedBy.split(' ').at(-1)}"]`).innerText();
    assert.equal(message, '[1]: Enter a whole number, like 42.');
    assert.equal(await sizes.evaluate((el) => el === document.activeElement), true);
    assert.equal(sent.length, 0);
    assert.equal(await sizes.inputValue(), '[1, "two"]');
    await page.close();
  });

  it('launches with typed inputs, lands on the running execution, and relaunches with one input changed', async () => {
    const page = await env.browser.newPage();
    const sent = launches(page);
    await openLaunchForm(page, env.stack.consoleUrl);
    for (const [name, text] of Object.entries(TYPED)) await box(page, name).fill(text);
    await page.getByRole('checkbox', { name: /^enabled\b/ }).check();
    await page.getByRole('combobox', { name: /^color\b/ }).selectOption('blue');
    await page.getByRole('combobox', { name: 'either type' }).selectOption({ label: 'string' });
    await page.getByRole('textbox', { name: 'either value' }).fill('text');
    await page.getByRole('button', { name: 'Launch', exact: true }).click();
    await page.waitForURL(/\/executions\/[a-z][a-z0-9-]*$/);
    const name = new URL(page.url()).pathname.split('/').at(-1) ?? '';
    await page.getByRole('heading', { level: 1, name }).waitFor();
    await page
      .getByRole('status')
      .filter({ hasText: /Queued|Running/ })
      .first()
      .waitFor();
    // The request body is flyteidl's JSON (admin/execution.proto ExecutionCreateRequest, core/literals.proto).
    const body = sent[0]?.postDataJSON() as {
      spec: { launch_plan: unknown };
      inputs: { literals: Record<string, unknown> };
    };
    assert.deepEqual(body.spec.launch_plan, {
      resource_type: 'LAUNCH_PLAN',
      project: P,
      domain: D,
      name: WF,
      version: 'v1.0.0',
    });
    assert.deepEqual(body.inputs.literals.count, { scalar: { primitive: { integer: '42' } } });
    assert.deepEqual(body.inputs.literals.timeout, { scalar: { primitive: { duration: '5400s' } } });
    assert.deepEqual(body.inputs.literals.sizes, {
      collection: { literals: [1, 2, 3].map((n) => ({ scalar: { primitive: { integer: String(n) } } })) },
    });

    await page.getByRole('button', { name: 'Relaunch', exact: true }).click();
    const panel = page.getByRole('region', { name: `Relaunch ${name}` });
    const count = panel.getByRole('textbox', { name: /^count\b/ });
    await count.waitFor();
    assert.equal(await count.inputValue(), '42');
    assert.equal(await panel.getByRole('textbox', { name: /^timeout\b/ }).inputValue(), '1h30m');
    await count.fill('43');
    await panel.getByRole('button', { name: 'Launch', exact: true }).click();
    await page.waitForURL((url) => !url.pathname.endsWith(`/${name}`));
    const relaunched = new URL(page.url()).pathname.split('/').at(-1) ?? '';
    await page.getByRole('heading', { level: 1, name: relaunched }).waitFor();
    const data = await fetch(`${env.stack.sandbox.adminUrl}/api/v1/data/executions/${P}/${D}/${relaunched}`, {
      headers: { Accept: 'application/json' },
    }).then((r) => r.json() as Promise<{ full_inputs: { literals: Record<string, unknown> } }>);
    assert.deepEqual(data.full_inputs.literals.count, { scalar: { primitive: { integer: '43' } } });
    assert.deepEqual(data.full_inputs.literals.label, { scalar: { primitive: { string_value: 'hello' } } });
    assert.deepEqual(data.full_inputs.literals.sizes, body.inputs.literals.sizes);
    await page.close();
  });
});
