import { describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { stateAt } from '../../../../test/fixtures/execution-record.ts';
import { routes } from '../../../config/paths';
import { renderRoute } from '../../../../test/unit/render-route';
import { viewServer } from '../../../../test/unit/view-server';
import { ExecutionPage } from '../execution-page';

const mock = viewServer();

function run(workflow: string, phase: string): string {
  const record = mock.store
    .executions('flytesnacks', 'development')
    .find((r) => r.workflow.name === workflow && stateAt(r, mock.store.now()).phase === phase);
  if (!record) throw new Error(`no ${phase} run of ${workflow}`);
  return record.id.name;
}

describe('execution graph and node inspector', () => {
  it('shows the failed node, opens it from the graph with its state in the URL, and reads only its attempts', async () => {
    const user = userEvent.setup();
    const name = run('core.graphs.fan_out.fan_out_wf', 'FAILED');
    const { router } = renderRoute(
      routes.execution,
      `/projects/flytesnacks/domains/development/executions/${name}`,
      <ExecutionPage />,
    );
    const graph = await screen.findByRole('group', { name: `Graph of execution ${name}` });
    const failed = await within(graph).findByRole('button', { name: 'n1 shard, python-task, Failed' });
    expect(within(graph).getByRole('button', { name: 'n2 shard, python-task, Aborted' })).toBeInTheDocument();
    expect(
      within(graph).getByRole('button', { name: 'n5 merge, python-task, Undefined' }),
    ).toBeInTheDocument();
    expect(graph.querySelectorAll('path.dag-edge')).toHaveLength(10);
    // One node is in the Tab order; the failed summary links to it too.
    expect(graph.querySelectorAll('g.dag-node[tabindex="0"]')).toHaveLength(1);
    expect(screen.getByRole('button', { name: 'n1' })).toBeInTheDocument();

    await user.click(failed);
    await waitFor(() => expect(router.state.location.search).toBe('?node=n1'));
    const inspector = await screen.findByRole('region', { name: 'Node n1' });
    expect(await within(inspector).findByText('USER error')).toBeInTheDocument();
    const attempts = await within(inspector).findAllByRole('listitem', { name: /^Attempt \d$/ });
    expect(attempts).toHaveLength(3);
    for (const attempt of attempts)
      expect(within(attempt).getAllByRole('link', { name: /Logs/ }).length).toBeGreaterThan(0);
    const taskReads = mock.adminCalls().filter((c) => c.includes('/task_executions/'));
    expect(taskReads.length).toBeGreaterThan(0);
    expect(taskReads.every((c) => (c.split('?')[0] ?? '').endsWith(`/${name}/n1`))).toBe(true);

    await user.click(within(inspector).getByRole('button', { name: 'Close node details' }));
    await waitFor(() => expect(router.state.location.search).toBe(''));
    // Several reads and clicks in one story: on a loaded 2-core machine it needs more than the default 5 s.
  }, 30_000);

  it('keeps the open node and the tab from the URL', async () => {
    const name = run('core.graphs.fan_out.fan_out_wf', 'FAILED');
    renderRoute(
      routes.execution,
      `/projects/flytesnacks/domains/development/executions/${name}?tab=timeline&node=n1`,
      <ExecutionPage />,
    );
    expect(await screen.findByRole('tab', { name: 'Timeline' })).toHaveAttribute('aria-selected', 'true');
    expect(await screen.findByRole('region', { name: 'Node n1' })).toBeInTheDocument();
    expect(await screen.findByRole('table', { name: `Timeline of execution ${name}` })).toBeInTheDocument();
  }, 20_000);
});
