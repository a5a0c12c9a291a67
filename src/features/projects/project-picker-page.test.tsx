import { describe, expect, it } from 'vitest';
import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { Outlet } from 'react-router';
import { routes } from '../../config/paths';
import { unreachable } from '../../../test/msw/index.ts';
import { renderRoute } from '../../../test/unit/render-route';
import { ADMIN, viewServer } from '../../../test/unit/view-server';
import { readLastProject, rememberLastProject } from './last-project';
import { ProjectDomainSwitcher } from './project-domain-switcher';
import { ProjectPickerPage } from './project-picker-page';
import { scopeFromPath } from './route-scope';

const mock = viewServer();

const PROJECTS = `${ADMIN}/api/v1/projects`;

describe('ProjectPickerPage', () => {
  it('lists projects with a link per domain', async () => {
    renderRoute(routes.home, '/', <ProjectPickerPage />);
    expect(screen.getByText('Loading projects')).toBeInTheDocument();
    const domains = await screen.findByRole('list', { name: 'Domains of flytesnacks' });
    expect(within(domains).getByRole('link', { name: 'development' })).toHaveAttribute(
      'href',
      '/projects/flytesnacks/domains/development/executions',
    );
    expect(within(domains).getByRole('link', { name: 'Workflows in flytesnacks / staging' })).toHaveAttribute(
      'href',
      '/projects/flytesnacks/domains/staging/workflows',
    );
    expect(screen.queryByRole('link', { name: /Continue with/ })).toBeNull();
  });

  it('offers to continue with the last project and domain', async () => {
    rememberLastProject({ project: 'scale', domain: 'production' });
    renderRoute(routes.home, '/', <ProjectPickerPage />);
    expect(screen.getByRole('link', { name: 'Continue with scale / production' })).toHaveAttribute(
      'href',
      '/projects/scale/domains/production/executions',
    );
  });

  it('narrows to one project from ?project=', async () => {
    renderRoute(routes.home, '/?project=scale', <ProjectPickerPage />);
    expect(await screen.findByRole('heading', { name: 'scale', level: 2 })).toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: 'flytesnacks' })).toBeNull();
  });

  it('shows empty and error states', async () => {
    mock.server.use(http.get(PROJECTS, () => HttpResponse.json({ projects: [], token: '' })));
    renderRoute(routes.home, '/', <ProjectPickerPage />);
    expect(await screen.findByText('No projects are registered yet.')).toBeInTheDocument();
  });

  it('shows an unreachable admin as an error with Retry', async () => {
    mock.server.use(unreachable(PROJECTS));
    renderRoute(routes.home, '/', <ProjectPickerPage />);
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('could not be reached');
    expect(within(alert).getByRole('button', { name: 'Retry' })).toBeInTheDocument();
  });

  it('ends a request the admin never answers in the error state with Retry, not an endless skeleton', async () => {
    const user = userEvent.setup();
    mock.setAdminTimeout(100);
    let calls = 0;
    mock.server.use(
      http.get(PROJECTS, () => {
        calls += 1;
        return calls === 1 ? new Promise<never>(() => {}) : HttpResponse.json({ projects: [], token: '' });
      }),
    );
    renderRoute(routes.home, '/', <ProjectPickerPage />);
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('did not answer in time');
    await user.click(within(alert).getByRole('button', { name: 'Retry' }));
    expect(await screen.findByText('No projects are registered yet.')).toBeInTheDocument();
  });
});

describe('ProjectDomainSwitcher', () => {
  const shell = (
    <>
      <ProjectDomainSwitcher />
      <Outlet />
    </>
  );

  it('shows the route scope, remembers it, and switches to the same section elsewhere', async () => {
    const user = userEvent.setup();
    const { router } = renderRoute(
      '/projects/:project/domains/:domain/*',
      '/projects/flytesnacks/domains/staging/workflows',
      shell,
    );
    const project = screen.getByLabelText('Project');
    await waitFor(() => expect(project).toHaveValue('flytesnacks'));
    expect(screen.getByLabelText('Domain')).toHaveValue('staging');
    expect(readLastProject()).toEqual({ project: 'flytesnacks', domain: 'staging' });
    await user.selectOptions(project, 'scale');
    expect(router.state.location.pathname).toBe('/projects/flytesnacks/domains/staging/workflows');
    await user.selectOptions(screen.getByLabelText('Domain'), 'production');
    expect(router.state.location.pathname).toBe('/projects/flytesnacks/domains/staging/workflows');
    await user.click(screen.getByRole('button', { name: 'Switch' }));
    expect(router.state.location.pathname).toBe('/projects/scale/domains/production/workflows');
    expect(readLastProject()).toEqual({ project: 'scale', domain: 'production' });
  });

  it('arrow keys on the project select do not navigate; one switch is one history entry (WCAG 3.2.2)', async () => {
    const user = userEvent.setup();
    const { router } = renderRoute(
      '/projects/:project/domains/:domain/*',
      '/projects/flytesnacks/domains/development/executions',
      shell,
    );
    const project = screen.getByLabelText('Project');
    await waitFor(() => expect(project).toHaveValue('flytesnacks'));
    project.focus();
    // A closed select changes its value on every arrow key, firing change each time.
    for (const id of ['ml-pipelines', 'data-eng', 'scale'])
      fireEvent.change(project, { target: { value: id } });
    expect(router.state.location.pathname).toBe('/projects/flytesnacks/domains/development/executions');
    await user.click(screen.getByRole('button', { name: 'Switch' }));
    expect(router.state.location.pathname).toBe('/projects/scale/domains/development/executions');
    expect(router.state.historyAction).toBe('PUSH');
    await act(() => router.navigate(-1));
    expect(router.state.location.pathname).toBe('/projects/flytesnacks/domains/development/executions');
    // Navigating elsewhere drops a choice that was never switched to.
    await user.selectOptions(project, 'flytesnacks');
    await act(() => router.navigate('/projects/data-eng/domains/staging/executions'));
    expect(project).toHaveValue('data-eng');
  });

  it('reads the scope from a path', () => {
    expect(scopeFromPath('/projects/a/domains/b/executions/x')).toEqual({
      project: 'a',
      domain: 'b',
      section: 'executions',
    });
    expect(scopeFromPath('/projects/a/domains/b/workflows')).toEqual({
      project: 'a',
      domain: 'b',
      section: 'workflows',
    });
    expect(scopeFromPath('/projects/a/domains/b/tasks')?.section).toBe('tasks');
    expect(scopeFromPath('/projects/a/domains/b/task/t/version/v1')?.section).toBe('tasks');
    expect(scopeFromPath('/projects/a/domains/b/launchPlans/lp')?.section).toBe('launchPlans');
    expect(scopeFromPath('/projects/a/domains/b/launch_plan/lp/version/v1')?.section).toBe('launchPlans');
    expect(scopeFromPath('/settings/auth')).toBeNull();
  });

  it('ignores unreadable storage', () => {
    localStorage.setItem('flyte-console.last-project', '{not json');
    expect(readLastProject()).toBeNull();
    localStorage.setItem('flyte-console.last-project', JSON.stringify({ project: 1 }));
    expect(readLastProject()).toBeNull();
  });
});
