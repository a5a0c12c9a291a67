import { describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { routes } from '../../config/paths';
import { renderRoute } from '../../../test/unit/render-route';
import { viewServer } from '../../../test/unit/view-server';
import type { Json } from '../../../test/fixtures/test-helpers';
import { LaunchPlanPage } from './launch-plan-page';
import { TaskPage } from './task-page';

const mock = viewServer();
const NAME = 'core.etl.daily_ingest.ingest_wf';
const LP_URL = `/projects/flytesnacks/domains/development/launchPlans/${NAME}`;

const stateOf = (version: string) =>
  within(screen.getByRole('link', { name: version }).closest('tr') as HTMLElement).getAllByRole('cell')[1];

describe('launch plan state', () => {
  it('deactivates and activates versions through a confirmation dialog', async () => {
    const puts: Json[] = [];
    mock.server.events.on('request:start', ({ request }) => {
      if (request.method === 'PUT')
        void request
          .clone()
          .json()
          .then((b: Json) => puts.push({ url: request.url, body: b }));
    });
    renderRoute(routes.launchPlan, LP_URL, <LaunchPlanPage />);
    const active = await screen.findByText(/^Active version:/);
    const activeVersion = within(active).getByRole('strong').textContent ?? '';
    const deactivate = screen.getByRole('button', { name: `Deactivate version ${activeVersion}` });

    // Cancel first: nothing is sent and focus returns to the button.
    await userEvent.click(deactivate);
    const dialog = screen.getByRole('dialog', { name: `Deactivate version ${activeVersion}?` });
    await userEvent.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(deactivate).toHaveFocus();
    expect(puts).toHaveLength(0);

    await userEvent.click(deactivate);
    await userEvent.click(screen.getByRole('button', { name: 'Deactivate version' }));
    await waitFor(() => expect(stateOf(activeVersion)).toHaveTextContent('Inactive'));
    expect(screen.getByText(/No version of this launch plan is active/)).toBeInTheDocument();
    expect(screen.getByText(`Version ${activeVersion} of ${NAME} is now inactive.`)).toBeInTheDocument();
    // Focus is back on the same control, which now offers the opposite action.
    expect(screen.getByRole('button', { name: `Activate version ${activeVersion}` })).toHaveFocus();
    expect(puts[0].body).toEqual({
      id: {
        resource_type: 'LAUNCH_PLAN',
        project: 'flytesnacks',
        domain: 'development',
        name: NAME,
        version: activeVersion,
      },
      state: 'INACTIVE',
    });

    // Activate an older version: the dialog says none other is active; then it is the active one.
    const rows = screen.getAllByRole('button', { name: /^Activate version / });
    const older = rows[rows.length - 1]?.getAttribute('aria-label')?.replace('Activate version ', '') ?? '';
    await userEvent.click(screen.getByRole('button', { name: `Activate version ${older}` }));
    await userEvent.click(screen.getByRole('button', { name: 'Activate version' }));
    await waitFor(() => expect(stateOf(older)).toHaveTextContent('Active'));
    expect(within(screen.getByText(/^Active version:/)).getByRole('strong')).toHaveTextContent(older);

    // Activating another says which one it replaces, and leaves exactly one active.
    await userEvent.click(screen.getByRole('button', { name: `Activate version ${activeVersion}` }));
    expect(screen.getByRole('dialog')).toHaveTextContent(
      `Version ${older} is active now and becomes inactive.`,
    );
    await userEvent.click(screen.getByRole('button', { name: 'Activate version' }));
    await waitFor(() => expect(stateOf(older)).toHaveTextContent('Inactive'));
    expect(stateOf(activeVersion)).toHaveTextContent('Active');
    expect(screen.getAllByRole('button', { name: /^Deactivate version / })).toHaveLength(1);
  }, 90_000);

  it('shows an admin error inside the dialog and keeps it open', async () => {
    const { http, HttpResponse } = await import('msw');
    mock.server.use(
      http.put('*/api/v1/launch_plans/*', () =>
        HttpResponse.json({ code: 7, message: 'not allowed', details: [] }, { status: 403 }),
      ),
    );
    renderRoute(routes.launchPlan, LP_URL, <LaunchPlanPage />);
    const button = (await screen.findAllByRole('button', { name: /^(Deactivate|Activate) version / }))[0];
    await userEvent.click(button as HTMLElement);
    await userEvent.click(screen.getByRole('button', { name: /^(Deactivate|Activate) version$/ }));
    expect(await within(screen.getByRole('dialog')).findByRole('alert')).toBeInTheDocument();
  }, 90_000);

  it('lists recent executions of a launch plan, linked to each execution', async () => {
    renderRoute(routes.launchPlan, LP_URL, <LaunchPlanPage />);
    const table = await screen.findByRole('table', { name: `Recent executions of ${NAME}` });
    const links = within(table).getAllByRole('link');
    expect(links.length).toBeGreaterThan(0);
    expect(links[0]).toHaveAttribute('href', expect.stringMatching(/\/executions\/[a-z0-9]+$/));
    expect(screen.getByRole('link', { name: `All executions of ${NAME}` })).toHaveAttribute(
      'href',
      `/projects/flytesnacks/domains/development/executions?launchPlan=${NAME}`,
    );
  }, 90_000);

  it('finds a task’s executions by its generated .flytegen launch plan', async () => {
    const filters: string[] = [];
    mock.server.events.on('request:start', ({ request }) => {
      const url = new URL(request.url);
      if (url.pathname.endsWith('/executions/flytesnacks/development'))
        filters.push(url.searchParams.get('filters') ?? '');
    });
    const task = 'core.basics.hello_world.say_hello';
    renderRoute(routes.task, `/projects/flytesnacks/domains/development/tasks/${task}`, <TaskPage />);
    expect(await screen.findByText(`${task} has not been executed yet.`)).toBeInTheDocument();
    expect(filters).toContain(`eq(launch_plan.name,.flytegen.${task})`);
  }, 90_000);
});
