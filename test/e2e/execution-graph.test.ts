import { before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { expectNoAxeViolations } from './axe.ts';
import { launchBrowser, startStack, useFixtures, withFixture, type TestBrowser } from './harness.ts';

/**
 * Debugging a failed run: open it from a flytekit link, see the failed node in the graph, open it, read its error
 * and the logs of every attempt, keep it across a reload, and switch to the timeline.
 */
describe('execution graph, node inspector and timeline', () => {
  const env = useFixtures({ stack: () => startStack({ auth: 'internal', bigProjectExecutions: 200 }) });
  let token = '';
  before(async () => {
    token = await env.stack.sandbox.signTestToken();
  });

  async function executionOf(workflow: string, phase: string): Promise<string> {
    const url = new URL(`${env.stack.sandbox.adminUrl}/api/v1/executions/flytesnacks/development`);
    url.searchParams.set('limit', '5');
    url.searchParams.set('filters', `eq(workflow.name,${workflow})+eq(phase,${phase})`);
    const response = await fetch(url, {
      headers: { Accept: 'application/json', 'flyte-authorization': `Bearer ${token}` },
    });
    assert.equal(response.status, 200);
    const body = (await response.json()) as { executions: { id: { name: string } }[] };
    const name = body.executions[0]?.id.name;
    assert.ok(name, `no ${phase} run of ${workflow} in the sandbox`);
    return name;
  }

  /** The run's page opened from its link by a person who signs in on the way: the page and its graph. */
  async function openRun(browser: TestBrowser, name: string) {
    const page = await browser.newPage();
    const link = `${env.stack.consoleOrigin}/console/projects/flytesnacks/domains/development/executions/${name}`;
    await page.goto(link);
    await page.getByRole('button', { name: 'Ada Lovelace' }).click();
    await page.waitForURL(link);
    return { page, graph: page.getByRole('group', { name: `Graph of execution ${name}` }) };
  }

  it('finds the failed node in the graph, reads its error and logs per attempt, then the timeline', async () => {
    const name = await executionOf('core.graphs.fan_out.fan_out_wf', 'FAILED');
    await withFixture(launchBrowser(), async (browser) => {
      // The graph: every node a focusable element named by id and phase; edges drawn; start and end too.
      const { page, graph } = await openRun(browser, name);
      const failed = graph.getByRole('button', { name: /^n1 shard, python-task, Failed$/ });
      await failed.waitFor();
      await graph.getByRole('button', { name: /^n0 split, python-task, Succeeded$/ }).waitFor();
      await graph.getByRole('button', { name: /^n2 shard, python-task, Aborted$/ }).waitFor();
      await graph.getByRole('button', { name: /^start node/ }).waitFor();
      assert.ok((await page.locator('path.dag-edge').count()) >= 9, 'edges are drawn');

      // Arrow keys move between nodes.
      await failed.focus();
      await page.keyboard.press('ArrowLeft');
      assert.match(
        (await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))) ?? '',
        /^n0 /,
      );
      await page.keyboard.press('ArrowRight');
      const label = (await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))) ?? '';
      assert.match(label, /^n[1-4] shard/);

      // Opening the failed node: state in the URL, error with its kind, every attempt with its logs.
      await failed.click();
      await page.waitForURL(/[?&]node=n1(&|$)/);
      const inspector = page.getByRole('region', { name: 'Node n1' });
      await inspector.getByText('RuntimeError: shard 1 is corrupt').first().waitFor();
      await inspector.getByText('USER error').waitFor();
      for (const attempt of [1, 2, 3]) {
        const item = inspector.getByRole('listitem', { name: `Attempt ${attempt}` });
        await item.getByRole('link', { name: /Kubernetes Logs \(User\)/ }).waitFor();
        await item.getByText('Failed').first().waitFor();
      }
      await inspector.getByText('python-task').waitFor();

      // A reload keeps the open node.
      await page.reload();
      await page.getByRole('region', { name: 'Node n1' }).getByText('USER error').waitFor();

      // The timeline: one row per node, attempts drawn as bars; the tab is in the URL.
      await page.getByRole('tab', { name: 'Timeline' }).click();
      await page.waitForURL(/[?&]tab=timeline/);
      const timeline = page.getByRole('table', { name: `Timeline of execution ${name}` });
      await timeline.getByRole('rowheader', { name: /n1/ }).waitFor();
      await timeline.getByText('attempt 3 Failed').waitFor();
      assert.ok(new URL(page.url()).searchParams.get('node') === 'n1');
    });
  });

  it('expands a sub-workflow, a branch and a map task in place', async () => {
    const name = await executionOf('core.graphs.shapes.shapes_wf', 'SUCCEEDED');
    await withFixture(launchBrowser(), async (browser) => {
      const { graph } = await openRun(browser, name);
      await graph.getByRole('button', { name: /^n2 child_wf, sub-workflow, Succeeded$/ }).waitFor();

      await graph.getByRole('button', { name: 'Expand n2' }).click();
      await graph.getByRole('button', { name: /^n0 square, python-task, Succeeded$/ }).waitFor();
      await graph.getByRole('button', { name: 'Collapse n2' }).waitFor();

      await graph.getByRole('button', { name: 'Expand n1' }).click();
      await graph.getByRole('button', { name: /^n0 small_batch, python-task, Succeeded$/ }).waitFor();

      await graph.getByRole('button', { name: 'Expand n3' }).click();
      await graph.getByRole('button', { name: /^n2 transform, python-task, Succeeded$/ }).waitFor();

      await graph.getByRole('button', { name: 'Expand n4' }).click();
      await graph.getByRole('button', { name: /^n4 100 sub-tasks, [\w-]+, Succeeded$/ }).waitFor();
    });
  });

  it('draws a workflow version without phases, from a flyteconsole version link', async () => {
    const wf = 'core.graphs.shapes.shapes_wf';
    await withFixture(launchBrowser(), async (browser) => {
      const page = await browser.newPage();
      const link = `${env.stack.consoleOrigin}/console/projects/flytesnacks/domains/development/workflow/${wf}/version/v1.0.0`;
      await page.goto(link);
      await page.getByRole('button', { name: 'Ada Lovelace' }).click();
      await page.waitForURL(link);
      const graph = page.getByRole('group', { name: `Graph of ${wf} version v1.0.0` });
      const prepare = graph.getByRole('button', { name: /^n0 prepare, python-task$/ });
      await prepare.waitFor();
      await graph.getByRole('button', { name: /^n2 child_wf, sub-workflow$/ }).waitFor();
      await graph.getByRole('button', { name: /^start node$/ }).waitFor();
      assert.ok((await page.locator('path.dag-edge').count()) >= 10, 'edges are drawn');
      assert.equal(await page.locator('.dag-phase').count(), 0, 'no phase on a version');

      // Arrow keys move between nodes; one node is in the Tab order.
      await prepare.focus();
      await page.keyboard.press('ArrowRight');
      assert.match(
        (await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))) ?? '',
        /^n[1-4] /,
      );
      assert.equal(await page.locator('g.dag-node[tabindex="0"]').count(), 1);

      // Pan and zoom, then fit.
      const layer = page.locator('.dag-layer');
      const before = await layer.evaluate((el) => getComputedStyle(el).transform);
      await page.getByRole('button', { name: 'Zoom in' }).click();
      assert.notEqual(await layer.evaluate((el) => getComputedStyle(el).transform), before);
      await page.getByRole('button', { name: 'Fit' }).click();

      await graph.getByRole('button', { name: 'Expand n2' }).click();
      await graph.getByRole('button', { name: /^n0 square, python-task$/ }).waitFor();
      await graph.getByRole('button', { name: 'Expand n1' }).click();
      await graph.getByRole('button', { name: /^n0 small_batch, python-task$/ }).waitFor();
    });
  });
  it('opens the 1,000-node run as an overview, and an arrow key zooms in to readable nodes', async () => {
    const name = await executionOf('core.graphs.generated.big_wf', 'RUNNING');
    await withFixture(launchBrowser(), async (browser) => {
      const { page, graph } = await openRun(browser, name);
      await page.locator('.dag-viewport[data-drawn="overview"]').waitFor();
      await page.getByText(/Zoomed out: nodes are boxes coloured by phase/).waitFor();
      // A few elements for 1,000 nodes, and the node in the Tab order drawn as a button.
      assert.ok((await page.locator('.dag-layer *').count()) < 40, 'the overview is a handful of elements');
      const start = graph.getByRole('button', { name: /^start node/ });
      await expectNoAxeViolations(page, 'the 1,000-node graph, zoomed out');

      await start.focus();
      await page.keyboard.press('ArrowRight');
      await page.locator('.dag-viewport[data-drawn="detail"]').waitFor();
      const focused = () => page.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? '');
      assert.match(await focused(), /^n\d+ \w+, python-task, \w+/);
      const drawn = await page.locator('g.dag-node').count();
      assert.ok(drawn > 10 && drawn < 400, `nodes near the view are drawn (${drawn})`);
      await page.keyboard.press('ArrowRight');
      await page.keyboard.press('ArrowRight');
      assert.match(await focused(), /^n\d+ /);
      await expectNoAxeViolations(page, 'the 1,000-node graph at natural size');
    });
  });
});
