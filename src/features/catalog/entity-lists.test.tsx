import { describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { routes } from '../../config/paths';
import { renderRoute } from '../../../test/unit/render-route';
import { viewServer } from '../../../test/unit/view-server';
import { LaunchPlanListPage } from './launch-plan-list-page';
import { TaskListPage } from './task-list-page';

const mock = viewServer();
const BASE = '/projects/flytesnacks/domains/development';

describe('task and launch plan lists', () => {
  it('lists task names without .flytegen ones, links each task and searches by name', async () => {
    const requests: URL[] = [];
    mock.server.events.on('request:start', ({ request }) => requests.push(new URL(request.url)));
    const { router } = renderRoute(routes.tasks, `${BASE}/tasks`, <TaskListPage />);
    const table = await screen.findByRole('table', { name: 'Tasks in flytesnacks / development' });
    const links = within(table).getAllByRole('link');
    expect(links.length).toBeGreaterThan(1);
    expect(links.some((l) => l.textContent?.startsWith('.flytegen'))).toBe(false);
    expect(links[0]).toHaveAttribute('href', `${BASE}/tasks/${links[0]?.textContent ?? ''}`);
    expect(screen.getByRole('link', { name: 'Tasks' })).toHaveAttribute('aria-current', 'page');
    expect(document.title).toBe('Tasks · flytesnacks/development · Flyte');
    const named = requests.find((u) => u.pathname.includes('/named_entities/TASK/'));
    expect(named?.searchParams.get('filters')).toBe('not_like(name,.flytegen%)+eq(state,0)');

    await userEvent.type(screen.getByRole('searchbox', { name: 'Search by name' }), 'say_hello');
    await waitFor(() => expect(router.state.location.search).toBe('?q=say_hello'));
    await waitFor(() =>
      expect(
        within(screen.getByRole('table'))
          .getAllByRole('link')
          .map((l) => l.textContent),
      ).toEqual(['core.basics.hello_world.say_hello']),
    );
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('1 task'));

    // An archived task name is not listed; its sibling in the same module is.
    await userEvent.clear(screen.getByRole('searchbox', { name: 'Search by name' }));
    await userEvent.type(screen.getByRole('searchbox', { name: 'Search by name' }), 'analytics.aggregate');
    await waitFor(() =>
      expect(
        within(screen.getByRole('table'))
          .getAllByRole('link')
          .map((l) => l.textContent),
      ).toEqual(['core.analytics.aggregate.publish']),
    );
  }, 90_000);

  it('lists launch plans, searches and says when nothing matches', async () => {
    renderRoute(routes.launchPlans, `${BASE}/launchPlans?q=ingest`, <LaunchPlanListPage />);
    const table = await screen.findByRole('table', { name: 'Launch plans in flytesnacks / development' });
    const rows = within(table).getAllByRole('row').slice(1);
    const names = rows.map((row) => within(row).getAllByRole('link')[0]?.textContent);
    expect(names).toContain('core.etl.daily_ingest.ingest_wf_daily');
    // Each launch plan links to its executions, as the workflow list does.
    const executions = within(table).getByRole('link', {
      name: 'Executions of core.etl.daily_ingest.ingest_wf_daily',
    });
    expect(executions.getAttribute('href')).toContain('launchPlan=core.etl.daily_ingest.ingest_wf_daily');
    expect(names.every((n) => n?.includes('ingest'))).toBe(true);
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent(`${names.length} launch plan`));
    const search = screen.getByRole('searchbox', { name: 'Search by name' });
    await userEvent.clear(search);
    await userEvent.type(search, 'zzz-nothing');
    expect(await screen.findByText('No launch plan name contains "zzz-nothing".')).toBeInTheDocument();
    // The summary workflow's launch plan is archived: not listed.
    await userEvent.clear(search);
    await userEvent.type(search, 'summary_wf');
    expect(await screen.findByText('No launch plan name contains "summary_wf".')).toBeInTheDocument();
  }, 90_000);
});
