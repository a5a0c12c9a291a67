import { describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { routes } from '../../config/paths';
import { renderRoute } from '../../../test/unit/render-route';
import { ADMIN, viewServer } from '../../../test/unit/view-server';
import { WorkflowListPage } from './workflow-list-page';

const mock = viewServer();

const NAMED = `${ADMIN}/api/v1/named_entities/WORKFLOW/:p/:d`;
const IDS = `${ADMIN}/api/v1/workflow_ids/:p/:d`;
const show = (query = '') =>
  renderRoute(
    routes.workflows,
    `/projects/flytesnacks/domains/development/workflows${query}`,
    <WorkflowListPage />,
  );
const entity = (name: string) => ({
  resource_type: 'WORKFLOW',
  id: { project: 'flytesnacks', domain: 'development', name, org: '' },
  metadata: { description: '', state: 'NAMED_ENTITY_ACTIVE' },
});
/** `/workflow_ids` as the window probe: a name exists at every offset below `total`. */
const probe = (total: number) =>
  http.get(IDS, ({ request }) => {
    const token = Number(new URL(request.url).searchParams.get('token') ?? '0');
    const entities =
      token < total ? [{ project: 'flytesnacks', domain: 'development', name: `n${token}` }] : [];
    return HttpResponse.json({ entities, token: '' });
  });

describe('WorkflowListPage', () => {
  it('lists active workflow names as links after a skeleton, without .flytegen or archived ones', async () => {
    const { router } = show();
    expect(screen.getByText('Loading workflows')).toBeInTheDocument();
    const table = await screen.findByRole('table', { name: /Workflows in flytesnacks/ });
    const links = within(table).getAllByRole('link', { name: /^core\./ });
    expect(links.length).toBeGreaterThan(1);
    expect(links[0]?.getAttribute('href')).toMatch(
      /^\/projects\/flytesnacks\/domains\/development\/workflows\/core\./,
    );
    // The seed registers .flytegen workflows and archives one (test/fixtures/named-entities.ts).
    const names = within(table)
      .getAllByRole('link')
      .map((a) => a.textContent ?? '');
    expect(names.some((n) => n.startsWith('.flytegen.'))).toBe(false);
    expect(names.some((n) => n.endsWith('analytics.aggregate.summary_wf'))).toBe(false);
    // The names and the next-window probe (workflow_ids) are asked together; their order is not fixed.
    expect(
      mock.adminCalls().filter((c) => c.includes('/named_entities/WORKFLOW/flytesnacks/development?')),
    ).toHaveLength(1);
    expect(router.state.location.search).toBe('');
    expect(screen.getByRole('link', { name: 'Executions' })).toBeInTheDocument();
  });

  it('searches by name after a pause, keeps the typed text and puts it in the URL', async () => {
    const user = userEvent.setup();
    const { router } = show();
    await screen.findByRole('table');
    const input = screen.getByLabelText('Search by name');
    await user.type(input, 'zzz-nothing');
    expect(input).toHaveValue('zzz-nothing');
    expect(await screen.findByText('No workflow name contains "zzz-nothing".')).toBeInTheDocument();
    expect(input).toHaveValue('zzz-nothing');
    // One request for the pause, not one per keystroke.
    const searches = mock.adminCalls().filter((r) => r.includes('contains'));
    expect(searches.length).toBe(1);
    expect(searches[0]).toContain(
      'filters=not_like%28name%2C.flytegen%25%29%2Beq%28state%2C0%29%2Bcontains%28name%2Czzz-nothing%29',
    );
    await waitFor(() => expect(router.state.location.search).toBe('?q=zzz-nothing'));
  });

  it('finds names that match by search, never a .flytegen one', async () => {
    show('?q=hello');
    expect(screen.getByLabelText('Search by name')).toHaveValue('hello');
    const table = await screen.findByRole('table');
    const names = within(table)
      .getAllByRole('link')
      .map((a) => a.textContent ?? '')
      .filter((n) => n !== 'executions');
    expect(names).toEqual(['core.basics.hello_world.hello_world_wf']);
    // The names are read with the search's filter; the next-window probe (workflow_ids) may go out first.
    const nameReads = mock.adminCalls().filter((c) => c.includes('/named_entities/'));
    expect(nameReads.length).toBeGreaterThan(0);
    for (const read of nameReads) expect(read).toContain('contains%28name%2Chello%29');
  });

  it('keeps searching later windows when the first has no match (the admin filters inside a window)', async () => {
    const tokens: string[] = [];
    mock.server.use(
      probe(250),
      http.get(NAMED, ({ request }) => {
        const token = new URL(request.url).searchParams.get('token') ?? '';
        tokens.push(token);
        return HttpResponse.json({ entities: token === '200' ? [entity('core.late_match')] : [], token: '' });
      }),
    );
    show('?q=late');
    expect(
      await screen.findByRole('link', { name: 'core.late_match' }, { timeout: 4000 }),
    ).toBeInTheDocument();
    expect(tokens).toEqual(['', '100', '200']);
    expect(screen.queryByRole('button', { name: 'Load more workflows' })).toBeNull();
  });

  it('stops after a few windows and lets the person search further', async () => {
    const user = userEvent.setup();
    mock.server.use(
      probe(10_000),
      http.get(NAMED, () => HttpResponse.json({ entities: [], token: '' })),
    );
    show('?q=rare');
    const first = 'No workflow name among the first 500 contains "rare".';
    expect(await screen.findByText(first, {}, { timeout: 4000 })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Search further' }));
    const next = 'No workflow name among the first 600 contains "rare".';
    expect(await screen.findByText(next, {}, { timeout: 4000 })).toBeInTheDocument();
  });

  it('loads the next window on request', async () => {
    const user = userEvent.setup();
    const tokens: string[] = [];
    mock.server.use(
      probe(150),
      http.get(NAMED, ({ request }) => {
        const token = new URL(request.url).searchParams.get('token') ?? '';
        tokens.push(token);
        return HttpResponse.json({ entities: [entity(token ? 'core.second' : 'core.first')], token: '' });
      }),
    );
    show();
    await screen.findByRole('link', { name: 'core.first' });
    await user.click(screen.getByRole('button', { name: 'Load more workflows' }));
    expect(await screen.findByRole('link', { name: 'core.second' })).toBeInTheDocument();
    expect(tokens).toEqual(['', '100']);
    expect(screen.queryByRole('button', { name: 'Load more workflows' })).toBeNull();
  });

  it('says when there are no workflows', async () => {
    mock.server.use(
      probe(0),
      http.get(NAMED, () => HttpResponse.json({ entities: [], token: '' })),
    );
    show();
    expect(await screen.findByText('No workflows are registered here yet.')).toBeInTheDocument();
  });

  it('shows errors with Retry', async () => {
    mock.server.use(
      http.get(NAMED, () =>
        HttpResponse.json({ code: 7, message: 'no access to flytesnacks', details: [] }, { status: 403 }),
      ),
    );
    show();
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('not allowed');
    expect(alert).toHaveTextContent('no access to flytesnacks');
    expect(within(alert).getByRole('button', { name: 'Retry' })).toBeInTheDocument();
  });

  it('turns malformed JSON into an error state', async () => {
    mock.server.use(http.get(NAMED, () => HttpResponse.text('<html>proxy error</html>', { status: 200 })));
    show();
    expect(await screen.findByRole('alert')).toHaveTextContent('did not answer JSON');
  });
});
