import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { routes } from '../../config/paths';
import { fakeLayout, renderRoute } from '../../../test/unit/render-route';
import { ADMIN, viewServer } from '../../../test/unit/view-server';
import { stateAt } from '../../../test/fixtures/execution-record.ts';
import { ExecutionListPage } from './execution-list-page';

const mock = viewServer();
let restoreLayout: () => void;
beforeAll(() => {
  restoreLayout = fakeLayout();
});
afterAll(() => restoreLayout());

const LIST = `${ADMIN}/api/v1/executions/:p/:d`;
const show = (url: string) => renderRoute(routes.executions, url, <ExecutionListPage />);

describe('ExecutionListPage', () => {
  it('shows a skeleton, then a table of executions with breadcrumb links', async () => {
    show('/projects/flytesnacks/domains/development/executions');
    expect(screen.getByText('Loading executions')).toBeInTheDocument();
    const table = await screen.findByRole('table');
    expect(table).toHaveAttribute('aria-rowcount');
    const rows = within(table).getAllByRole('row');
    expect(rows.length).toBeGreaterThan(5);
    expect(rows[1]).toHaveAttribute('aria-rowindex', '2');
    const crumbs = screen.getByRole('navigation', { name: 'Breadcrumb' });
    expect(within(crumbs).getByRole('link', { name: 'flytesnacks' })).toHaveAttribute(
      'href',
      '/?project=flytesnacks',
    );
    expect(within(crumbs).getByRole('link', { name: 'Projects' })).toHaveAttribute('href', '/');
    expect(mock.adminCalls()[0]).toMatch(/limit=100/);
    // "Created" sorts on the indexed column (models/execution.go:35), which flyteadmin accepts as a sort key.
    expect(mock.adminCalls()[0]).toMatch(/sort_by.key=execution_created_at&/);
  });

  it('filters by phase and sorts by duration through the admin query', async () => {
    const user = userEvent.setup();
    show('/projects/flytesnacks/domains/development/executions');
    await screen.findByRole('table');
    await user.click(screen.getByRole('checkbox', { name: 'Failed' }));
    await user.selectOptions(screen.getByLabelText('Sort by'), 'duration');
    await waitFor(() => expect(mock.adminCalls().at(-1)).toContain('filters=value_in%28phase%2CFAILED%29'));
    await waitFor(() => expect(mock.adminCalls().at(-1)).toContain('sort_by.key=duration'));
    const table = await screen.findByRole('table');
    await waitFor(() => {
      const phases = within(table)
        .getAllByRole('row')
        .slice(1)
        .map((r) => within(r).getAllByRole('cell')[1]?.textContent);
      expect(phases.length).toBeGreaterThan(0);
      expect(new Set(phases)).toEqual(new Set(['Failed']));
    });
    expect(screen.getByRole('columnheader', { name: 'Duration' })).toHaveAttribute('aria-sort', 'descending');
    // The server sorts unfinished runs as 0 s; the page says so next to the sort control.
    expect(screen.getByLabelText('Sort by')).toHaveAccessibleDescription(
      /Runs that have not finished count as 0 s in this order/,
    );
  });

  it('"No executions match these filters" offers Clear filters, which brings the list back', async () => {
    const user = userEvent.setup();
    const { router } = show(
      '/projects/flytesnacks/domains/development/executions?workflow=no.such.wf&phase=FAILED',
    );
    expect(await screen.findByText(/No executions match these filters/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Clear filters' }));
    expect(router.state.location.search).toBe('');
    expect(await screen.findByRole('table')).toBeInTheDocument();
    expect(screen.getByRole('checkbox', { name: 'Failed' })).not.toBeChecked();
  });

  it('every phase can be filtered on, UNDEFINED included', async () => {
    const user = userEvent.setup();
    show('/projects/flytesnacks/domains/development/executions');
    await screen.findByRole('table');
    await user.click(screen.getByRole('checkbox', { name: 'Undefined' }));
    await waitFor(() =>
      expect(mock.adminCalls().at(-1)).toContain('filters=value_in%28phase%2CUNDEFINED%29'),
    );
  });

  it('counts with the right plural and titles the page', async () => {
    // A workflow and phase with exactly one execution in the seed.
    const groups = new Map<string, number>();
    for (const r of mock.store.executions('flytesnacks', 'development')) {
      if (r.archived) continue;
      const key = `workflow=${r.workflow.name}&phase=${stateAt(r, mock.store.now()).phase}`;
      groups.set(key, (groups.get(key) ?? 0) + 1);
    }
    const single = [...groups].find(([, count]) => count === 1)?.[0];
    if (!single) throw new Error('no workflow/phase pair with one execution in the seed');
    show(`/projects/flytesnacks/domains/development/executions?${single}`);
    expect(await screen.findByText(/^1 execution loaded/)).toBeInTheDocument();
    expect(document.title).toBe('Executions · flytesnacks/development · Flyte');
  });

  it('pages through tokens as the person scrolls', async () => {
    show('/projects/scale/domains/development/executions');
    await screen.findByRole('table');
    // 250 executions, pages of 100: the virtualizer asks for more while the end is near.
    const region = screen.getByRole('region', { name: 'Executions, scrollable' });
    for (let i = 0; i < 6; i++) {
      region.scrollTop = 100_000;
      region.dispatchEvent(new Event('scroll'));
      await new Promise((r) => setTimeout(r, 30));
    }
    await waitFor(() => expect(mock.adminCalls().some((r) => r.includes('token=200'))).toBe(true));
    await waitFor(() => expect(screen.getByText(/^250 executions loaded/)).toBeInTheDocument());
    expect(screen.getByRole('table')).toHaveAttribute('aria-rowcount', '251');
  });

  it('says when nothing matches', async () => {
    mock.server.use(http.get(LIST, () => HttpResponse.json({ executions: [], token: '' })));
    show('/projects/flytesnacks/domains/development/executions?phase=ABORTING');
    expect(await screen.findByText('No executions match these filters.')).toBeInTheDocument();
  });

  it('shows the error with a working Retry', async () => {
    let fail = true;
    mock.server.use(
      http.get(LIST, () =>
        fail
          ? HttpResponse.json({ code: 13, message: 'database down', details: [] }, { status: 500 })
          : undefined,
      ),
    );
    const user = userEvent.setup();
    show('/projects/flytesnacks/domains/development/executions');
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Executions could not be loaded.');
    expect(alert).toHaveTextContent('database down');
    fail = false;
    await user.click(within(alert).getByRole('button', { name: 'Retry' }));
    expect(await screen.findByRole('table')).toBeInTheDocument();
  });

  it('turns malformed JSON into an error state, not a crash', async () => {
    mock.server.use(http.get(LIST, () => HttpResponse.json({ executions: [{ id: 'nope' }], token: '' })));
    show('/projects/flytesnacks/domains/development/executions');
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('cannot read');
    expect(alert).toHaveTextContent('executions[0].id: expected an object');
  });
});
