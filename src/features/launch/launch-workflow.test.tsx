import { describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { routes } from '../../config/paths';
import { renderRoute } from '../../../test/unit/render-route';
import { viewServer } from '../../../test/unit/view-server';
import { LaunchWorkflow } from './launch-workflow';

const mock = viewServer();
const WF = 'core.launch.all_types.all_types_wf';

/** Bodies of POST /api/v1/executions as the admin received them. */
function captureLaunches(): unknown[] {
  const bodies: unknown[] = [];
  mock.server.events.on('request:start', ({ request }) => {
    if (request.method === 'POST' && new URL(request.url).pathname === '/api/v1/executions')
      void request
        .clone()
        .json()
        .then((b: unknown) => bodies.push(b));
  });
  return bodies;
}

async function openForm(workflow = WF) {
  const { router } = renderRoute(
    routes.workflow,
    `/projects/flytesnacks/domains/development/workflows/${workflow}`,
    <LaunchWorkflow />,
    [{ path: routes.execution, element: <p>Execution page</p> }],
  );
  await userEvent.click(screen.getByRole('button', { name: 'Launch workflow' }));
  const panel = await screen.findByRole('region', { name: `Launch ${workflow}` });
  await within(panel).findByRole('button', { name: 'Launch' });
  return { router, panel };
}

const field = (panel: HTMLElement, name: string) =>
  within(panel).getByRole('textbox', { name: new RegExp(`^${name}\\b`) });

describe('LaunchWorkflow', () => {
  it('picks the active launch plan, marks required inputs, prefills defaults and shows binary help', async () => {
    const { panel } = await openForm();
    expect(within(panel).getByRole('combobox', { name: 'Launch plan' })).toHaveDisplayValue(
      `${WF} @ v1.0.0 (active)`,
    );
    expect(field(panel, 'count')).toHaveAccessibleName('count (integer), required');
    expect(field(panel, 'ratio')).toHaveValue('0.5');
    expect(within(panel).getByRole('checkbox', { name: /^enabled\b/ })).not.toBeChecked();
    expect(within(panel).getByRole('combobox', { name: /^color\b/ })).toHaveValue('');
    expect(within(panel).getByRole('combobox', { name: 'note type' })).toHaveDisplayValue('none');
    expect(within(panel).getByText(/flytectl create execution/)).toBeInTheDocument();
  }, 90_000);

  it('checks every value before sending: messages next to the fields, focus on the first, nothing sent', async () => {
    const bodies = captureLaunches();
    const { panel } = await openForm();
    await userEvent.type(field(panel, 'count'), '4.5');
    await userEvent.type(field(panel, 'timeout'), 'soon');
    await userEvent.click(within(panel).getByRole('button', { name: 'Launch' }));
    const count = field(panel, 'count');
    await waitFor(() => expect(count).toHaveFocus());
    expect(count).toHaveAttribute('aria-invalid', 'true');
    expect(count).toHaveAccessibleDescription('An integer Enter a whole number, like 42.');
    expect(field(panel, 'timeout')).toHaveAccessibleDescription(
      'Enter a duration like 90s, 1h30m, 250ms or PT1H30M.',
    );
    expect(field(panel, 'label')).toHaveAccessibleDescription('A value is required.');
    expect(within(panel).getByRole('alert')).toHaveTextContent(/Nothing was sent: \d+ values need attention/);
    expect(mock.adminCalls('/api/v1/executions').filter((c) => c.startsWith('POST'))).toEqual([]);
    expect(bodies).toEqual([]);
    // What was typed stays.
    expect(field(panel, 'timeout')).toHaveValue('soon');
  }, 90_000);
});
