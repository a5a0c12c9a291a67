import { describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { routes } from '../../config/paths';
import { renderRoute } from '../../../test/unit/render-route';
import { ADMIN, viewServer } from '../../../test/unit/view-server';
import { WorkflowListPage } from './workflow-list-page';

const mock = viewServer();

const IDS = `${ADMIN}/api/v1/workflow_ids/:p/:d`;
const show = (query = '') =>
  renderRoute(
    routes.workflows,
    `/projects/flytesnacks/domains/development/workflows${query}`,
    <WorkflowListPage />,
  );

describe('WorkflowListPage', () => {
  it('lists workflow names as links after a skeleton', async () => {
    const { router } = show();
    expect(screen.getByText('Loading workflows')).toBeInTheDocument();
    const table = await screen.findByRole('table', { name: /Workflows in flytesnacks/ });
    const links = within(table).getAllByRole('link', { name: /^core\./ });
    expect(links.length).toBeGreaterThan(1);
    expect(links[0]?.getAttribute('href')).toMatch(
      /^\/projects\/flytesnacks\/domains\/development\/workflows\/core\./,
    );
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
    expect(mock.adminCalls().filter((r) => r.includes('contains')).length).toBe(1);
    expect(mock.adminCalls().at(-1)).toContain('filters=contains%28name%2Czzz-nothing%29');
    await waitFor(() => expect(router.state.location.search).toBe('?q=zzz-nothing'));
  });

  it('starts from the search in the URL', async () => {
    show('?q=core');
    expect(screen.getByLabelText('Search by name')).toHaveValue('core');
    await screen.findByRole('table');
    expect(mock.adminCalls()[0]).toContain('contains%28name%2Ccore%29');
  });

  it('loads the next page by token', async () => {
    const user = userEvent.setup();
    const tokens: string[] = [];
    mock.server.use(
      http.get(IDS, ({ request }) => {
        const token = new URL(request.url).searchParams.get('token') ?? '';
        tokens.push(token);
        const name = token ? 'core.second' : 'core.first';
        return HttpResponse.json({
          entities: [{ project: 'flytesnacks', domain: 'development', name }],
          token: token ? '' : '1',
        });
      }),
    );
    show();
    await screen.findByRole('link', { name: 'core.first' });
    await user.click(screen.getByRole('button', { name: 'Load more workflows' }));
    expect(await screen.findByRole('link', { name: 'core.second' })).toBeInTheDocument();
    expect(tokens).toEqual(['', '1']);
    expect(screen.queryByRole('button', { name: 'Load more workflows' })).toBeNull();
  });

  it('says when there are no workflows', async () => {
    mock.server.use(http.get(IDS, () => HttpResponse.json({ entities: [], token: '' })));
    show();
    expect(await screen.findByText('No workflows are registered here yet.')).toBeInTheDocument();
  });

  it('shows errors with Retry', async () => {
    mock.server.use(
      http.get(IDS, () =>
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
    mock.server.use(http.get(IDS, () => HttpResponse.text('<html>proxy error</html>', { status: 200 })));
    show();
    expect(await screen.findByRole('alert')).toHaveTextContent('did not answer JSON');
  });
});
