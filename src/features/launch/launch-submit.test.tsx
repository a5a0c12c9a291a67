import { describe, expect, it } from 'vitest';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { routes } from '../../config/paths';
import { renderRoute } from '../../../test/unit/render-route';
import { ADMIN, viewServer } from '../../../test/unit/view-server';
import { LaunchWorkflow } from './launch-workflow';
import type { Json } from '../../../test/fixtures/test-helpers';

const mock = viewServer();
const WF = 'core.launch.all_types.all_types_wf';

function captureLaunches(): Json[] {
  const bodies: Json[] = [];
  mock.server.events.on('request:start', ({ request }) => {
    if (request.method === 'POST' && new URL(request.url).pathname === '/api/v1/executions')
      void request
        .clone()
        .json()
        .then((b: Json) => bodies.push(b));
  });
  return bodies;
}

async function openForm() {
  const rendered = renderRoute(
    routes.workflow,
    `/projects/flytesnacks/domains/development/workflows/${WF}`,
    <LaunchWorkflow />,
    [{ path: routes.execution, element: <p>Execution page</p> }],
  );
  await userEvent.click(screen.getByRole('button', { name: 'Launch workflow' }));
  const panel = await screen.findByRole('region', { name: `Launch ${WF}` });
  await within(panel).findByRole('button', { name: 'Launch' });
  return { ...rendered, panel };
}

const box = (panel: HTMLElement, name: string) =>
  within(panel).getByRole('textbox', { name: new RegExp(`^${name}\\b`) });
/** A change event per field keeps this long form fast; typing itself is covered in launch-workflow.test.tsx. */
async function fill(panel: HTMLElement, name: string, text: string) {
  fireEvent.change(box(panel, name), { target: { value: text } });
  await Promise.resolve();
}

const REQUIRED: Record<string, string> = {
  count: '42',
  label: 'hello',
  start: '2024-05-01T12:00:00Z',
  timeout: '1h30m',
  config: '{"lr": 0.1}',
  data_file: 's3://b/f.csv',
  model_dir: 's3://b/m/',
  sizes: '[1, 2]',
  weights: '{"a": 0.5}',
  groups: '[{"k": "v"}]',
  table: 's3://b/t.parquet',
  legacy: 's3://b/s',
};

describe('launching', () => {
  it('sends flyteidl JSON for every type and the advanced options, then opens the new execution', async () => {
    const bodies = captureLaunches();
    const { panel, router } = await openForm();
    for (const [name, text] of Object.entries(REQUIRED)) await fill(panel, name, text);
    await userEvent.selectOptions(within(panel).getByRole('combobox', { name: /^color\b/ }), 'green');
    await userEvent.click(within(panel).getByRole('checkbox', { name: /^enabled\b/ }));
    await userEvent.selectOptions(within(panel).getByRole('combobox', { name: 'either type' }), 'string');
    await fill(panel, 'either value', 'text');
    await userEvent.click(within(panel).getByText('Advanced options'));
    await fill(panel, 'Execution name', 'my-launch');
    await fill(panel, 'Labels', 'team=ml');
    await fill(panel, 'Environment variables', 'A=1\nB=two');
    // The launch plan's max_parallelism (25) is prefilled; the person changes it.
    expect(box(panel, 'Max parallelism')).toHaveValue('25');
    await fill(panel, 'Max parallelism', '3');
    await userEvent.selectOptions(within(panel).getByRole('combobox', { name: 'Interruptible' }), 'false');
    await userEvent.click(within(panel).getByRole('checkbox', { name: 'Overwrite cached outputs' }));
    await userEvent.click(within(panel).getByRole('button', { name: 'Launch' }));
    await waitFor(() =>
      expect(router.state.location.pathname).toBe(
        '/projects/flytesnacks/domains/development/executions/my-launch',
      ),
    );
    const body = bodies[0]!;
    // ExecutionCreateRequest (admin/execution.proto:21-47): project, domain, name, spec, inputs.
    expect(body).toMatchObject({ project: 'flytesnacks', domain: 'development', name: 'my-launch' });
    // ExecutionSpec.launch_plan (:277) is a core.Identifier with resource_type LAUNCH_PLAN.
    expect(body.spec.launch_plan).toEqual({
      resource_type: 'LAUNCH_PLAN',
      project: 'flytesnacks',
      domain: 'development',
      name: WF,
      version: 'v1.0.0',
    });
    // labels (:299), envs (:337, a list of KeyValuePair), max_parallelism (:316), interruptible BoolValue (:329),
    // overwrite_cache (:334).
    expect(body.spec.labels).toEqual({ values: { team: 'ml' } });
    expect(body.spec.envs).toEqual({
      values: [
        { key: 'A', value: '1' },
        { key: 'B', value: 'two' },
      ],
    });
    expect(body.spec.max_parallelism).toBe(3);
    expect(body.spec.interruptible).toBe(false);
    expect(body.spec.overwrite_cache).toBe(true);
    const lit = body.inputs.literals;
    expect(lit.count).toEqual({ scalar: { primitive: { integer: '42' } } });
    expect(lit.timeout).toEqual({ scalar: { primitive: { duration: '5400s' } } });
    expect(lit.enabled).toEqual({ scalar: { primitive: { boolean: true } } });
    expect(lit.color).toEqual({ scalar: { primitive: { string_value: 'green' } } });
    expect(lit.either.scalar.union.value).toEqual({ scalar: { primitive: { string_value: 'text' } } });
    expect(lit.either.scalar.union.type).toMatchObject({ simple: 'STRING', structure: { tag: 'str' } });
    // Defaults left alone are sent as the launch plan's own literals (closure.expected_inputs[].default).
    expect(lit.ratio).toMatchObject({ scalar: { primitive: { float_value: 0.5 } } });
    expect(lit.payload).toMatchObject({ scalar: { binary: { value: 'AAEC', tag: '' } } });
    expect(lit.note.scalar.union.value).toMatchObject({ scalar: { none_type: {} } });
    expect(
      mock.store.execution({ project: 'flytesnacks', domain: 'development', name: 'my-launch' }),
    ).toBeDefined();
  }, 90_000);

  it("shows the admin's 400 next to the input it names and keeps everything typed", async () => {
    mock.server.use(
      http.post(`${ADMIN}/api/v1/executions`, () =>
        HttpResponse.json(
          {
            code: 3,
            message:
              'invalid sizes input wrong type. Expected collection_type:{simple:INTEGER}, but got simple:STRING',
            details: [],
          },
          { status: 400 },
        ),
      ),
    );
    const { panel } = await openForm();
    for (const [name, text] of Object.entries(REQUIRED)) await fill(panel, name, text);
    await userEvent.selectOptions(within(panel).getByRole('combobox', { name: /^color\b/ }), 'red');
    await fill(panel, 'either value', '7');
    await userEvent.click(within(panel).getByRole('button', { name: 'Launch' }));
    const sizes = box(panel, 'sizes');
    await waitFor(() => expect(sizes).toHaveFocus());
    expect(sizes).toHaveAccessibleDescription(
      /^The admin refused this value: invalid sizes input wrong type/,
    );
    expect(within(panel).getByRole('alert')).toHaveTextContent(
      'The launch was refused; see the marked input.',
    );
    expect(box(panel, 'count')).toHaveValue('42');
    expect(sizes).toHaveValue('[1, 2]');
  }, 90_000);
});
