import { describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { routes } from '../../config/paths';
import { renderRoute } from '../../../test/unit/render-route';
import { viewServer } from '../../../test/unit/view-server';
import { WorkflowPage } from './workflow-page';

const mock = viewServer();
const NAME = 'core.graphs.shapes.shapes_wf';

function aVersion(): string {
  const version = mock.store
    .workflowVersions('flytesnacks', 'development')
    .find((w) => w.name === NAME)?.version;
  if (!version) throw new Error(`no version of ${NAME}`);
  return version;
}

describe('workflow version graph', () => {
  it('draws the version from its closure without phases, and expands a branch and a sub-workflow', async () => {
    const user = userEvent.setup();
    const version = aVersion();
    renderRoute(
      routes.workflowVersion,
      `/projects/flytesnacks/domains/development/workflow/${NAME}/version/${version}`,
      <WorkflowPage />,
    );
    const graph = await screen.findByRole('group', { name: `Graph of ${NAME} version ${version}` });
    await within(graph).findByRole('button', { name: /^n0 prepare, python-task$/ });
    expect(within(graph).getByRole('button', { name: /^n1 route, branch$/ })).toBeInTheDocument();
    expect(within(graph).getByRole('button', { name: /^n2 child_wf, sub-workflow$/ })).toBeInTheDocument();
    expect(within(graph).getByRole('button', { name: 'start node' })).toBeInTheDocument();
    // No phase anywhere: names carry none and no phase text is drawn.
    expect(graph.querySelectorAll('.dag-phase')).toHaveLength(0);
    expect(graph.querySelectorAll('path.dag-edge').length).toBeGreaterThanOrEqual(10);
    expect(graph.querySelectorAll('g.dag-node[tabindex="0"]')).toHaveLength(1);
    // Dynamic and map nodes have children only in a run.
    expect(within(graph).queryByRole('button', { name: 'Expand n3' })).toBeNull();
    expect(within(graph).queryByRole('button', { name: 'Expand n4' })).toBeNull();

    await user.click(within(graph).getByRole('button', { name: 'Expand n2' }));
    // A loaded machine may take more than a second for the layout that follows.
    const wait = { timeout: 10_000 };
    expect(await screen.findByRole('button', { name: /^n0 square, python-task$/ }, wait)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Collapse n2' })).toHaveAttribute('aria-expanded', 'true');
    await user.click(screen.getByRole('button', { name: 'Expand n1' }));
    expect(
      await screen.findByRole('button', { name: /^n1 large_batch, python-task$/ }, wait),
    ).toBeInTheDocument();
    // The version read is the one the interface uses: one request for both.
    await waitFor(() =>
      expect(
        mock.adminCalls().filter((c) => c.includes(`/workflows/flytesnacks/development/${NAME}/${version}`)),
      ).toHaveLength(1),
    );
  }, 30_000);
});
