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

describe('task and launch plan pages', () => {
  it('launches a task directly: spec.launch_plan is the task identifier (resource_type TASK)', async () => {
    const bodies: Json[] = [];
    mock.server.events.on('request:start', ({ request }) => {
      if (request.method === 'POST')
        void request
          .clone()
          .json()
          .then((b: Json) => bodies.push(b));
    });
    const task = 'core.basics.hello_world.say_hello';
    const { router } = renderRoute(
      routes.task,
      `/projects/flytesnacks/domains/development/tasks/${task}`,
      <TaskPage />,
      [{ path: routes.execution, element: <p>Execution page</p> }],
    );
    await userEvent.click(await screen.findByRole('button', { name: 'Launch task' }));
    const panel = screen.getByRole('region', { name: `Launch ${task}` });
    await userEvent.type(within(panel).getByRole('textbox', { name: /^name\b/ }), 'Ada');
    await userEvent.click(within(panel).getByRole('button', { name: 'Launch' }));
    await waitFor(() => expect(router.state.location.pathname).toMatch(/\/executions\/[a-z]/));
    // ExecutionSpec.launch_plan takes a task id too (execution_validator.go:24-27, execution_manager.go:892).
    expect(bodies[0].spec.launch_plan).toMatchObject({ resource_type: 'TASK', name: task });
    expect(bodies[0].inputs.literals.name).toEqual({ scalar: { primitive: { string_value: 'Ada' } } });
  }, 90_000);

  it('shows a launch plan with its state, schedule, defaults and fixed inputs', async () => {
    const name = 'core.launch.all_types.all_types_wf_fixed';
    renderRoute(
      routes.launchPlan,
      `/projects/flytesnacks/domains/development/launchPlans/${name}`,
      <LaunchPlanPage />,
    );
    expect(await screen.findByText('label (fixed)')).toBeInTheDocument();
    expect(screen.getByText('fixed-by-plan')).toBeInTheDocument();
    expect(screen.getByText('State', { selector: 'dt' }).nextElementSibling).toHaveTextContent('Active');
    expect(screen.getByText('Schedule').nextElementSibling).toHaveTextContent('none');
    expect(screen.getByRole('link', { name: 'v1.0.0' })).toHaveAttribute(
      'href',
      `/projects/flytesnacks/domains/development/launch_plan/${name}/version/v1.0.0`,
    );
    expect(screen.getByRole('button', { name: 'Launch' })).toBeInTheDocument();
  }, 90_000);
});
