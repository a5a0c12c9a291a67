import { describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { stateAt } from '../../../test/fixtures/execution-record.ts';
import { routes } from '../../config/paths';
import { renderRoute } from '../../../test/unit/render-route';
import { viewServer } from '../../../test/unit/view-server';
import { ExecutionPage } from './execution-page';

const mock = viewServer();

describe('the nodes table of a 1,000-node run', () => {
  it('draws a page of rows and says how many more there are', async () => {
    const user = userEvent.setup();
    const record = mock.store
      .executions('flytesnacks', 'development')
      .find(
        (r) =>
          r.workflow.name === 'core.graphs.generated.big_wf' &&
          stateAt(r, mock.store.now()).phase === 'RUNNING',
      );
    if (!record) throw new Error('no running 1,000-node run');
    renderRoute(
      routes.execution,
      `/projects/flytesnacks/domains/development/executions/${record.id.name}?tab=nodes`,
      <ExecutionPage />,
    );
    const table = await screen.findByRole('table', { name: `Nodes of ${record.id.name}` });
    // A header row and one page of nodes, not one row per node.
    expect(within(table).getAllByRole('row')).toHaveLength(101);
    expect(screen.getByText(/^Showing 100 of [\d,]+\.$/)).toHaveAttribute('role', 'status');
    await user.click(screen.getByRole('button', { name: 'Show 100 more' }));
    expect(within(table).getAllByRole('row')).toHaveLength(201);
  }, 30_000);
});
