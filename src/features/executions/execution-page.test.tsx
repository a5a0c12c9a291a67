import { describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { LARGE_DATA_WORKFLOW } from '../../../test/fixtures/execution-data.ts';
import { stateAt } from '../../../test/fixtures/execution-record.ts';
import { routes } from '../../config/paths';
import { renderRoute } from '../../../test/unit/render-route';
import { ADMIN, viewServer } from '../../../test/unit/view-server';
import { ExecutionPage } from './execution-page';

const mock = viewServer();

function findExecution(phase: string): string {
  const record = mock.store
    .executions('flytesnacks', 'development')
    // The graph workflows (one of 1,000 nodes) have tests of their own; these are about the page around them.
    .find(
      (r) =>
        !r.archived &&
        !r.workflow.name.endsWith(LARGE_DATA_WORKFLOW) &&
        !r.workflow.name.includes('.graphs.') &&
        stateAt(r, mock.store.now()).phase === phase,
    );
  if (!record) throw new Error(`no ${phase} execution in the seed`);
  return record.id.name;
}

/** `query` picks the view, e.g. `?tab=nodes` for the nodes table (the graph is the default tab). */
const show = (name: string, query = '') =>
  renderRoute(
    routes.execution,
    `/projects/flytesnacks/domains/development/executions/${name}${query}`,
    <ExecutionPage />,
  );

describe('ExecutionPage', () => {
  it('shows facts, inputs, outputs and nodes with safe log links', async () => {
    const name = findExecution('SUCCEEDED');
    show(name, '?tab=nodes');
    expect(screen.getByText('Loading execution')).toBeInTheDocument();
    expect(await screen.findByRole('heading', { level: 1, name })).toBeInTheDocument();
    const facts = await screen.findByText('Launched by');
    expect(facts).toBeInTheDocument();
    // The phase is a live region inside its <dd> (a <dd> with a role would break the description list).
    const phase = screen.getByText('Phase', { selector: 'dt' }).nextElementSibling as HTMLElement;
    expect(phase.tagName).toBe('DD');
    expect(within(phase).getByRole('status')).toHaveAttribute('aria-live', 'polite');
    expect(phase).toHaveTextContent('Succeeded');
    // Facts read in order: created, then started.
    const terms = screen.getAllByRole('term').map((dt) => dt.textContent);
    expect(terms.indexOf('Created')).toBeLessThan(terms.indexOf('Started'));
    expect(terms.indexOf('Created')).toBeGreaterThan(-1);
    // The workflow link is the workflow's name and opens the workflow; the launch plan's link says it lists
    // executions, and goes there.
    const workflowFact = screen.getByText('Workflow', { selector: 'dt' }).nextElementSibling as HTMLElement;
    const workflowLink = within(workflowFact).getByRole('link');
    expect(workflowLink.getAttribute('href')).toMatch(
      /^\/projects\/flytesnacks\/domains\/development\/workflows\/[^/]+\?version=/,
    );
    expect(workflowLink.textContent).not.toContain('@');
    const lpFact = screen.getByText('Launch plan', { selector: 'dt' }).nextElementSibling as HTMLElement;
    const lpLink = within(lpFact).getByRole('link', { name: 'Executions of this launch plan' });
    expect(lpLink.getAttribute('href')).toMatch(/\/executions\?launchPlan=/);
    const inputs = await screen.findByRole('region', { name: 'Inputs' });
    await waitFor(() => expect(within(inputs).queryByText('Loading inputs')).toBeNull());
    expect(within(inputs).getAllByRole('term').length).toBeGreaterThan(0);
    const nodes = await screen.findByRole('table', { name: `Nodes of ${name}` });
    const logLinks = await within(nodes).findAllByRole('link', { name: /opens in a new tab/ });
    for (const link of logLinks) {
      expect(link).toHaveAttribute('target', '_blank');
      expect(link).toHaveAttribute('rel', 'noopener noreferrer');
      expect(link.getAttribute('href')).toMatch(/^https?:/);
    }
    expect(screen.queryByRole('button', { name: 'Terminate' })).toBeNull();
    const crumbs = screen.getByRole('navigation', { name: 'Breadcrumb' });
    expect(within(crumbs).getByRole('link', { name: 'Executions' })).toHaveAttribute(
      'href',
      '/projects/flytesnacks/domains/development/executions',
    );
  });

  it('asks for the data and the nodes together with the execution, not after it arrives', async () => {
    const name = findExecution('SUCCEEDED');
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    // Holds the execution's answer; returning nothing then lets the seeded admin answer it.
    mock.server.use(
      http.get(`${ADMIN}/api/v1/executions/:p/:d/:n`, async () => {
        await held;
      }),
    );
    show(name, '?tab=nodes');
    const path = `flytesnacks/development/${name}`;
    await waitFor(() => {
      const calls = mock.adminCalls();
      expect(calls.some((c) => c.startsWith(`GET /api/v1/data/executions/${path}`))).toBe(true);
      expect(calls.some((c) => c.startsWith(`GET /api/v1/node_executions/${path}`))).toBe(true);
    });
    // The execution's answer is still held here, so both requests left before it arrived.
    expect(screen.getByText('Loading execution')).toBeInTheDocument();
    release();
    expect(await screen.findByRole('heading', { level: 1, name })).toBeInTheDocument();
    expect(await screen.findByRole('table', { name: `Nodes of ${name}` })).toBeInTheDocument();
  });

  it('shows the error message of a failed execution', async () => {
    show(findExecution('FAILED'));
    const error = await screen.findByRole('region', { name: /^Error/ });
    expect(error.querySelector('pre')?.textContent).not.toBe('');
  });

  it('only links http(s) log URIs', async () => {
    const name = findExecution('SUCCEEDED');
    mock.server.use(
      http.get(`${ADMIN}/api/v1/task_executions/:p/:d/:n/:node`, ({ params }) =>
        HttpResponse.json({
          task_executions: [
            {
              id: { task_id: null, node_execution_id: { node_id: params.node }, retry_attempt: 0 },
              closure: {
                phase: 'SUCCEEDED',
                duration: '1s',
                logs: [
                  { uri: 'javascript:alert(1)', name: 'Evil' },
                  { uri: 's3://bucket/log', name: 'Raw' },
                ],
              },
            },
          ],
          token: '',
        }),
      ),
    );
    show(name, '?tab=nodes');
    const nodes = await screen.findByRole('table', { name: `Nodes of ${name}` });
    await waitFor(() => expect(within(nodes).getAllByText(/Evil/).length).toBeGreaterThan(0));
    expect(within(nodes).queryAllByRole('link')).toHaveLength(0);
    expect(within(nodes).getAllByText('javascript:alert(1)')[0]?.tagName).toBe('CODE');
  });

  it('terminates a running execution with a cause after confirmation', async () => {
    const user = userEvent.setup();
    const name = findExecution('RUNNING');
    show(name, '?tab=nodes');
    await user.click(await screen.findByRole('button', { name: 'Terminate' }));
    const dialog = screen.getByRole('dialog', { name: `Terminate ${name}?` });
    const confirm = within(dialog).getByRole('button', { name: 'Terminate execution' });
    expect(confirm).toBeDisabled();
    expect(within(dialog).getByLabelText('Cause')).toHaveFocus();
    await user.type(within(dialog).getByLabelText('Cause'), 'wrong inputs');
    await user.click(confirm);
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(mock.adminCalls()).toContain(`DELETE /api/v1/executions/flytesnacks/development/${name}`);
    expect(await screen.findByText(`Termination of ${name} requested.`)).toBeInTheDocument();
    await waitFor(() =>
      expect(screen.getByText(/Terminated by test-user: wrong inputs/)).toBeInTheDocument(),
    );
    // flyteadmin answers the terminate with ABORTING; ABORTED comes later. Terminate is not offered meanwhile.
    expect(screen.getByText('Phase', { selector: 'dt' }).nextElementSibling).toHaveTextContent('Aborting');
    expect(screen.getByText(/the run stops once its running tasks have been aborted/)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Terminate' })).toBeNull();
  });

  it("after Terminate then Relaunch, the new execution does not show the old run's termination notice", async () => {
    const user = userEvent.setup();
    const name = findExecution('RUNNING');
    const { router } = show(name);
    await user.click(await screen.findByRole('button', { name: 'Terminate' }));
    await user.type(screen.getByLabelText('Cause'), 'stop');
    await user.click(screen.getByRole('button', { name: 'Terminate execution' }));
    expect(await screen.findByText(`Termination of ${name} requested.`)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Relaunch with the same inputs' }));
    await waitFor(() => expect(router.state.location.pathname).not.toContain(name));
    const created = router.state.location.pathname.split('/').at(-1) ?? '';
    expect(await screen.findByRole('heading', { level: 1, name: created })).toBeInTheDocument();
    expect(screen.queryByText(/Termination of .* requested/)).toBeNull();
  }, 30_000);

  it('cancels the terminate dialog with Escape without sending anything', async () => {
    const user = userEvent.setup();
    show(findExecution('RUNNING'));
    await user.click(await screen.findByRole('button', { name: 'Terminate' }));
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(mock.adminCalls().some((r) => r.startsWith('DELETE'))).toBe(false);
    expect(screen.getByRole('button', { name: 'Terminate' })).toHaveFocus();
  });

  it('relaunches and opens the new execution', async () => {
    const user = userEvent.setup();
    const name = findExecution('FAILED');
    const { router } = show(name);
    await user.click(await screen.findByRole('button', { name: 'Relaunch with the same inputs' }));
    await waitFor(() => expect(router.state.location.pathname).not.toContain(name));
    expect(mock.adminCalls()).toContain('POST /api/v1/executions/relaunch');
    const created = router.state.location.pathname.split('/').at(-1) ?? '';
    expect(await screen.findByRole('heading', { level: 1, name: created })).toBeInTheDocument();
  });

  it('a missing execution gets a not-found page: no raw server text, no Retry, a way on', async () => {
    show('does-not-exist');
    expect(await screen.findByRole('heading', { level: 1, name: 'Execution not found' })).toBeInTheDocument();
    expect(screen.getByText(/There is no execution/)).toHaveTextContent(
      'There is no execution does-not-exist in flytesnacks / development.',
    );
    expect(screen.queryByRole('button', { name: 'Retry' })).toBeNull();
    expect(screen.queryByText(/missing entity|could not be loaded/i)).toBeNull();
    expect(screen.getByRole('link', { name: 'All executions of flytesnacks / development' })).toHaveAttribute(
      'href',
      '/projects/flytesnacks/domains/development/executions',
    );
    expect(document.title).toBe('Execution not found · Executions · flytesnacks/development · Flyte');
  });

  it('titles the page "<name> · Executions · <project>/<domain> · Flyte"', async () => {
    const name = findExecution('SUCCEEDED');
    show(name);
    await screen.findByText('Launched by');
    expect(document.title).toBe(`${name} · Executions · flytesnacks/development · Flyte`);
  });

  it('turns a malformed execution into an error state', async () => {
    mock.server.use(http.get(`${ADMIN}/api/v1/executions/:p/:d/:n`, () => HttpResponse.json({ id: null })));
    show('x');
    expect(await screen.findByRole('alert')).toHaveTextContent('expected an object, got null');
  });
});

describe('ExecutionPage: sub-workflow nodes', () => {
  it('expands a parent node into its child nodes on demand', async () => {
    const record = mock.store
      .executions('flytesnacks', 'development')
      .find(
        (r) =>
          !r.archived &&
          stateAt(r, mock.store.now()).phase === 'SUCCEEDED' &&
          r.workflow.name === 'core.etl.daily_ingest.ingest_wf',
      );
    if (!record) throw new Error('no finished ingest_wf execution in the seed');
    show(record.id.name, '?tab=nodes');
    const nodes = await screen.findByRole('table', { name: `Nodes of ${record.id.name}` });
    const toggle = await within(nodes).findByRole('button', { name: 'Show child nodes' });
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    await userEvent.click(toggle);
    expect(toggle).toHaveAttribute('aria-expanded', 'true');
    const children = await screen.findByRole('table', { name: /^Nodes inside / });
    await waitFor(() => expect(within(children).getAllByRole('row')).toHaveLength(4)); // header + n0, n1, n2
    await userEvent.click(within(nodes).getByRole('button', { name: 'Hide child nodes' }));
    expect(screen.queryByRole('table', { name: /^Nodes inside / })).toBeNull();
  });
});
