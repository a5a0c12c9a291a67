import { describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { routes } from '../../config/paths';
import { renderRoute } from '../../../test/unit/render-route';
import { ADMIN, viewServer } from '../../../test/unit/view-server';
import { WorkflowPage } from './workflow-page';

const mock = viewServer();

/** A workflow with executions in the seed, and its newest version. */
function seededWorkflow() {
  const record = mock.store.executions('flytesnacks', 'development')[0]!;
  const versions = mock.store
    .workflowVersions('flytesnacks', 'development')
    .filter((w) => w.name === record.workflow.name);
  return { name: record.workflow.name, versions: versions.map((v) => v.version) };
}

const show = (name: string, query = '') =>
  renderRoute(
    routes.workflow,
    `/projects/flytesnacks/domains/development/workflows/${name}${query}`,
    <WorkflowPage />,
  );

describe('WorkflowPage', () => {
  it('shows versions, the newest interface with readable types, and recent executions', async () => {
    const { name } = seededWorkflow();
    show(name);
    expect(screen.getByRole('heading', { level: 1, name })).toBeInTheDocument();
    const versions = await screen.findByRole('table', { name: `Versions of ${name}` });
    const current = within(versions).getAllByRole('link')[0]!;
    expect(current).toHaveAttribute('aria-current', 'true');
    const inputs = await screen.findByRole('table', { name: 'Inputs' });
    const types = within(inputs)
      .getAllByRole('row')
      .slice(1)
      .map((row) => within(row).getAllByRole('cell')[1]?.textContent);
    expect(types.length).toBeGreaterThan(0);
    expect(types).not.toContain('unknown type');
    expect(
      mock
        .adminCalls()
        .some((r) => r.includes(`/workflows/flytesnacks/development/${name}/${current.textContent}`)),
    ).toBe(true);
    const recent = await screen.findByRole('table', { name: `Recent executions of ${name}` });
    expect(within(recent).getAllByRole('row').length).toBeGreaterThan(1);
    expect(mock.adminCalls().some((r) => r.includes(`eq%28workflow.name%2C${name}%29`))).toBe(true);
    expect(screen.getByRole('link', { name: `All executions of ${name}` })).toHaveAttribute(
      'href',
      `/projects/flytesnacks/domains/development/executions?workflow=${name}`,
    );
    const plans = await screen.findByRole('table', { name: `Launch plan versions of ${name}` });
    expect(within(plans).getAllByRole('row').length).toBeGreaterThan(1);
    const crumbs = screen.getByRole('navigation', { name: 'Breadcrumb' });
    expect(within(crumbs).getByRole('link', { name: 'Workflows' })).toHaveAttribute(
      'href',
      '/projects/flytesnacks/domains/development/workflows',
    );
  });

  it('shows the interface of the version in the URL', async () => {
    const { name, versions } = seededWorkflow();
    const older = versions[0]!;
    show(name, `?version=${older}`);
    expect(await screen.findByRole('heading', { name: `Interface of ${older}` })).toBeInTheDocument();
    await screen.findByRole('table', { name: 'Inputs' });
    expect(mock.adminCalls().some((r) => r.endsWith(`/${name}/${older}`))).toBe(true);
  });

  it('says when a workflow has no versions and no executions', async () => {
    show('core.never_registered');
    expect(
      await screen.findByText('No versions of core.never_registered are registered.'),
    ).toBeInTheDocument();
    expect(await screen.findByText('core.never_registered has not been executed yet.')).toBeInTheDocument();
    expect(await screen.findByText('No launch plan is registered under this name.')).toBeInTheDocument();
  });

  it('shows errors with Retry for each section', async () => {
    mock.server.use(
      http.get(`${ADMIN}/api/v1/workflows/:p/:d/:n`, () =>
        HttpResponse.json({ code: 13, message: 'boom', details: [] }, { status: 500 }),
      ),
      http.get(`${ADMIN}/api/v1/executions/:p/:d`, () => HttpResponse.json({ executions: 'nope' })),
    );
    show('core.anything');
    await waitFor(() => expect(screen.getAllByRole('alert')).toHaveLength(2));
    const [versions, recent] = screen.getAllByRole('alert');
    expect(versions).toHaveTextContent('Versions could not be loaded.');
    expect(versions).toHaveTextContent('boom');
    expect(recent).toHaveTextContent('executions: expected an array');
  });
});
