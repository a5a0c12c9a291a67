import { describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { stateAt } from '../../../test/fixtures/execution-record.ts';
import { executionKeys } from '../../api/query-keys';
import { routes } from '../../config/paths';
import { renderRoute } from '../../../test/unit/render-route';
import { viewServer } from '../../../test/unit/view-server';
import { RecoverExecution } from './recover-execution';

const mock = viewServer();

function executionIn(phase: string): string {
  const record = mock.store
    .executions('flytesnacks', 'development')
    .find((r) => !r.archived && stateAt(r, mock.store.now()).phase === phase);
  if (!record) throw new Error(`no ${phase} execution in the seed`);
  return record.id.name;
}

const show = (name: string) =>
  renderRoute(
    routes.execution,
    `/projects/flytesnacks/domains/development/executions/${name}`,
    <RecoverExecution />,
    [{ path: '/projects/:project/domains/:domain/executions/:name/*', element: <p>Other</p> }],
  );

describe('RecoverExecution', () => {
  it('recovers a failed run after a confirmation (POST /api/v1/executions/recover) and opens the new one', async () => {
    const name = executionIn('FAILED');
    const { router } = show(name);
    await userEvent.click(await screen.findByRole('button', { name: 'Recover' }));
    const dialog = screen.getByRole('dialog', { name: `Recover ${name}?` });
    expect(mock.adminCalls().some((c) => c.startsWith('POST'))).toBe(false);
    await userEvent.click(within(dialog).getByRole('button', { name: 'Recover execution' }));
    await waitFor(() => expect(router.state.location.pathname).not.toContain(name));
    expect(mock.adminCalls()).toContain('POST /api/v1/executions/recover');
    const created = router.state.location.pathname.split('/').at(-1) ?? '';
    const record = mock.store.execution({ project: 'flytesnacks', domain: 'development', name: created });
    expect(record?.mode).toBe('RECOVERED');
    expect(record?.referenceExecution?.name).toBe(name);
  }, 90_000);

  it('is not offered for a run that did not fail', async () => {
    const name = executionIn('SUCCEEDED');
    const { queryClient } = show(name);
    const key = executionKeys.detail({ project: 'flytesnacks', domain: 'development', name });
    await waitFor(() => expect(queryClient.getQueryData(key)).toBeDefined());
    expect(screen.queryByRole('button', { name: 'Recover' })).toBeNull();
  }, 90_000);
});
