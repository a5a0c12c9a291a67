import { before, describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { DIST_DIR, launchBrowser, startConsoleServer, useFixtures, useStack } from './harness.ts';
import { expectNoAxeViolations } from './axe.ts';
import { firstExecution } from './views-helpers.ts';
import { openUserMenu } from './user-menu.ts';

/**
 * Zero WCAG 2.1 AA violations (axe-core) on every screen, light and dark, at desktop width and at 390 px.
 * Views run with auth off; the sign-in screens run against the internal authorization server.
 */
describe('axe: data views (auth off)', () => {
  const env = useStack({ auth: 'none' });
  let base = '';
  before(() => {
    base = `${env.stack.consoleUrl}projects/flytesnacks/domains/development`;
  });

  async function check(path: string, ready: (page: Page) => Promise<unknown>, label: string) {
    const page = await env.browser.newPage();
    try {
      await page.goto(path);
      await ready(page);
      await expectNoAxeViolations(page, label);
    } finally {
      await page.close();
    }
  }

  it('project picker', () =>
    check(
      env.stack.consoleUrl,
      (page) => page.getByRole('list', { name: 'Domains of flytesnacks' }).waitFor(),
      'project picker',
    ));

  it('executions list', () =>
    check(
      `${base}/executions`,
      (page) =>
        page.getByRole('region', { name: 'Executions, scrollable' }).getByRole('row').nth(2).waitFor(),
      'executions list',
    ));

  it('executions list, nothing matches the filters', () =>
    check(
      `${base}/executions?workflow=no.such.workflow`,
      (page) => page.getByText('No executions match these filters.').waitFor(),
      'empty executions list',
    ));

  it('workflows list', () =>
    check(
      `${base}/workflows`,
      (page) =>
        page
          .getByRole('table', { name: /Workflows in flytesnacks/ })
          .getByRole('link')
          .first()
          .waitFor(),
      'workflows list',
    ));

  it('workflow page', async () => {
    const page = await env.browser.newPage();
    try {
      await page.goto(`${base}/workflows`);
      const link = page
        .getByRole('table', { name: /Workflows in flytesnacks/ })
        .getByRole('link')
        .first();
      await link.click();
      await page.getByRole('heading', { name: 'Recent executions' }).waitFor();
      await page
        .getByRole('heading', { name: 'Versions' })
        .or(page.getByRole('table', { name: /Versions of/ }))
        .first()
        .waitFor();
      await expectNoAxeViolations(page, 'workflow page');
    } finally {
      await page.close();
    }
  });

  it('execution page (failed) and a running one with its Terminate dialog open', async () => {
    const failed = await firstExecution(env.stack.sandbox.adminUrl, ['FAILED']);
    const running = await firstExecution(env.stack.sandbox.adminUrl, ['RUNNING', 'QUEUED']);
    const page = await env.browser.newPage();
    try {
      await page.goto(`${base}/executions/${failed}`);
      await page.getByRole('heading', { name: 'Inputs' }).waitFor();
      await page.getByRole('heading', { name: 'Nodes' }).waitFor();
      await expectNoAxeViolations(page, 'failed execution');
      await page.goto(`${base}/executions/${running}`);
      await page.getByRole('button', { name: 'Terminate' }).click();
      await page.getByRole('dialog', { name: `Terminate ${running}?` }).waitFor();
      await expectNoAxeViolations(page, 'terminate dialog');
    } finally {
      await page.close();
    }
  });

  it('execution page: Graph and Timeline tabs, the node inspector, Relaunch and Recover', async () => {
    const failed = await firstExecution(env.stack.sandbox.adminUrl, ['FAILED']);
    const page = await env.browser.newPage();
    try {
      const url = `${base}/executions/${failed}`;
      await page.goto(`${url}?tab=graph`);
      await page
        .getByRole('group', { name: `Graph of execution ${failed}` })
        .getByRole('button')
        .first()
        .waitFor();
      await page.locator('.dag-viewport[data-layout="elk"]').waitFor({ timeout: 60_000 });
      await expectNoAxeViolations(page, 'execution graph');
      await page.goto(`${url}?tab=timeline`);
      await page.getByRole('table', { name: `Timeline of execution ${failed}` }).waitFor();
      await expectNoAxeViolations(page, 'execution timeline');
      const node = await page
        .getByRole('table', { name: `Timeline of execution ${failed}` })
        .getByRole('rowheader')
        .first()
        .innerText();
      const nodeId = node.trim().split(/\s+/)[0] ?? 'n0';
      await page.goto(`${url}?tab=graph&node=${nodeId}`);
      await page
        .getByRole('region', { name: `Node ${nodeId}` })
        .getByRole('heading')
        .first()
        .waitFor();
      await expectNoAxeViolations(page, 'node inspector');
      await page.goto(url);
      await page.getByRole('button', { name: 'Relaunch', exact: true }).click();
      await page
        .getByRole('region', { name: `Relaunch ${failed}` })
        .getByRole('button', { name: 'Launch' })
        .waitFor();
      await expectNoAxeViolations(page, 'relaunch form');
      await page.goto(url);
      await page.getByRole('button', { name: 'Recover', exact: true }).click();
      await page.getByRole('dialog', { name: `Recover ${failed}?` }).waitFor();
      await expectNoAxeViolations(page, 'recover dialog');
    } finally {
      await page.close();
    }
  });

  it('workflow page with its graph and the Launch form open', async () => {
    const page = await env.browser.newPage();
    try {
      const wf = 'core.graphs.shapes.shapes_wf';
      await page.goto(`${base}/workflows/${wf}`);
      await page
        .getByRole('group', { name: new RegExp(`^Graph of ${wf} version`) })
        .getByRole('button')
        .first()
        .waitFor();
      await page.locator('.dag-viewport[data-layout="elk"]').waitFor({ timeout: 60_000 });
      await expectNoAxeViolations(page, 'workflow graph');
      await page.goto(`${base}/workflow/${wf}/version/v1.0.0`);
      await page.getByRole('group', { name: `Graph of ${wf} version v1.0.0` }).waitFor();
      await page.getByRole('button', { name: 'Launch workflow' }).click();
      await page
        .getByRole('region', { name: `Launch ${wf}` })
        .getByRole('button', { name: 'Launch' })
        .waitFor();
      await expectNoAxeViolations(page, 'launch form');
      await page.goto(`${base}/workflows/core.launch.all_types.all_types_wf`);
      await page.getByRole('button', { name: 'Launch workflow' }).click();
      await page
        .getByRole('region', { name: 'Launch core.launch.all_types.all_types_wf' })
        .getByRole('button', { name: 'Launch' })
        .waitFor();
      await expectNoAxeViolations(page, 'launch form, every input type');
    } finally {
      await page.close();
    }
  });

  it('an execution that does not exist', () =>
    check(
      `${base}/executions/nosuchexecution`,
      (page) => page.getByRole('heading', { name: 'Execution not found' }).waitFor(),
      'missing execution',
    ));

  it('not-found page', () =>
    check(
      `${env.stack.consoleUrl}no/such/page`,
      (page) => page.getByRole('heading', { name: 'Page not found' }).waitFor(),
      'not found',
    ));
});

describe('axe: sign-in screens (internal authorization server)', () => {
  const env = useStack({ auth: 'internal' });

  it('callback error and signed-out pages', async () => {
    const page = await env.browser.newPage();
    try {
      await page.goto(`${env.stack.consoleOrigin}/console/callback?error=access_denied&state=x`);
      await page.getByRole('heading', { name: 'Sign-in did not complete' }).waitFor();
      await expectNoAxeViolations(page, 'callback error');
      await page.goto(`${env.stack.consoleOrigin}/console/signed-out`);
      await page.getByRole('heading', { name: 'You are signed out' }).waitFor();
      await expectNoAxeViolations(page, 'signed out');
    } finally {
      await page.close();
    }
  });

  it('auth settings, the user menu open, and the session-expired dialog', async () => {
    const page = await env.browser.newPage();
    try {
      const url = `${env.stack.consoleOrigin}/console/settings/auth`;
      await page.goto(url);
      await page.getByRole('button', { name: 'Ada Lovelace' }).click();
      await page.waitForURL(url, { timeout: 15_000 });
      await page.getByRole('heading', { name: 'Authentication settings' }).waitFor();
      await expectNoAxeViolations(page, 'auth settings');
      await openUserMenu(page);
      await page.getByRole('link', { name: 'Auth settings' }).waitFor();
      await expectNoAxeViolations(page, 'user menu open');
      env.stack.sandbox.controls.failNextDataCalls(20, 401);
      await page.reload();
      await page.getByRole('alertdialog', { name: 'Session expired' }).waitFor();
      await expectNoAxeViolations(page, 'session expired dialog');
    } finally {
      env.stack.sandbox.controls.update({ failDataCalls: 0 });
      await page.close();
    }
  });
});

describe('axe: configuration error page', () => {
  const env = useFixtures({
    browser: launchBrowser,
    server: () => startConsoleServer({ distDir: DIST_DIR, config: { adminUrl: 'not-a-url' } }),
  });

  it('lists the bad keys without violations', async () => {
    const page = await env.browser.newPage();
    await page.goto(env.server.url);
    await page.getByRole('heading', { name: 'The console configuration has problems' }).waitFor();
    await expectNoAxeViolations(page, 'config error');
  });
});
