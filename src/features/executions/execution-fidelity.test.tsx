// What the execution page shows where flyteadmin's answers differ from an idealised server (issue 11).
import { describe, expect, it } from 'vitest';
import { cleanup, screen, waitFor, within } from '@testing-library/react';
import { LARGE_DATA_WORKFLOW } from '../../../test/fixtures/execution-data.ts';
import { stateAt } from '../../../test/fixtures/execution-record.ts';
import { planNodes } from '../../../test/fixtures/node-plan.ts';
import { routes } from '../../config/paths';
import { renderRoute } from '../../../test/unit/render-route';
import { viewServer } from '../../../test/unit/view-server';
import { ExecutionPage } from './execution-page';

const mock = viewServer();
const phaseOf = (r: { events: unknown }) => stateAt(r as never, mock.store.now()).phase;
const records = () => mock.store.executions('flytesnacks', 'development').filter((r) => !r.archived);
/** On the nodes table (`?tab=nodes`; the graph is the default tab), where the rows these tests read are. */
const show = (name: string) =>
  renderRoute(
    routes.execution,
    `/projects/flytesnacks/domains/development/executions/${name}?tab=nodes`,
    <ExecutionPage />,
  );
const durationOf = () => screen.getByText('Duration', { selector: 'dt' }).nextElementSibling;

describe('ExecutionPage against flyteadmin', () => {
  it('shows the time since start for a run whose duration the admin has not set yet', async () => {
    for (const phase of ['RUNNING', 'FAILING']) {
      const record = records().find((r) => phaseOf(r) === phase)!;
      show(record.id.name);
      await screen.findByRole('heading', { level: 1, name: record.id.name });
      await screen.findByText('Launched by');
      expect(durationOf()).toHaveTextContent(
        /^\d+(\.\d)?s so far$|^\d+m \d{2}s so far$|^\d+h \d{2}m so far$/,
      );
      cleanup();
    }
  });

  it('shows an aborting run as aborting, without a second Terminate', async () => {
    const record = records().find((r) => phaseOf(r) === 'ABORTING')!;
    show(record.id.name);
    await screen.findByText('Launched by');
    expect(screen.getByText('Phase', { selector: 'dt' }).nextElementSibling).toHaveTextContent('Aborting');
    expect(screen.getByText(/the run stops once its running tasks have been aborted/)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Terminate' })).toBeNull();
    expect(durationOf()).toHaveTextContent(/so far$/);
  });

  it('says inputs and outputs over the size limit are too large, with their size and the signed link', async () => {
    const record = records().find(
      (r) => r.workflow.name.endsWith(LARGE_DATA_WORKFLOW) && phaseOf(r) === 'SUCCEEDED',
    )!;
    show(record.id.name);
    for (const title of ['Inputs', 'Outputs']) {
      const region = await screen.findByRole('region', { name: title });
      await waitFor(() =>
        expect(region).toHaveTextContent(
          new RegExp(`The ${title.toLowerCase()} are too large to show here \\(\\d+(\\.\\d)? MB\\)`),
        ),
      );
      expect(region).not.toHaveTextContent(/No inputs|No outputs/);
      const link = within(region).getByRole('link', { name: /Download the/ });
      expect(link.getAttribute('href')).toMatch(/^https:\/\/.*X-Amz-Signature=/);
      expect(link).toHaveAttribute('rel', 'noopener noreferrer');
    }
  });

  it("says a node's inputs over the size limit are too large in the node inspector too", async () => {
    const record = records().find(
      (r) => r.workflow.name.endsWith(LARGE_DATA_WORKFLOW) && phaseOf(r) === 'SUCCEEDED',
    )!;
    const node = planNodes(record, mock.store.now()).find(
      (n) => n.specNodeId !== 'start-node' && n.specNodeId !== 'end-node' && n.children.length === 0,
    )!;
    renderRoute(
      routes.execution,
      `/projects/flytesnacks/domains/development/executions/${record.id.name}?node=${node.nodeId}`,
      <ExecutionPage />,
    );
    const inspector = await screen.findByRole('region', { name: `Node ${node.nodeId}` });
    await waitFor(() =>
      expect(inspector).toHaveTextContent(/The inputs are too large to show here \(\d+(\.\d)? MB\)/),
    );
    expect(inspector).not.toHaveTextContent('No inputs.');
    const link = within(inspector).getByRole('link', { name: /Download the inputs/ });
    expect(link.getAttribute('href')).toMatch(/^https:\/\/.*X-Amz-Signature=/);
  });

  it('asks for task attempts by retry_attempt and lists them in that order', async () => {
    const now = mock.store.now();
    let target: { name: string; nodeId: string } | undefined;
    for (const r of records()) {
      if (phaseOf(r) !== 'SUCCEEDED' || r.workflow.name.endsWith(LARGE_DATA_WORKFLOW)) continue;
      const node = planNodes(r, now).find((n) => n.attempts.length > 1 && n.children.length === 0);
      if (node) {
        target = { name: r.id.name, nodeId: node.nodeId };
        break;
      }
    }
    if (!target) throw new Error('no retried node in the seed');
    show(target.name);
    const nodes = await screen.findByRole('table', { name: `Nodes of ${target.name}` });
    const links = await within(nodes).findAllByRole('link', { name: /\(attempt \d+\)/ });
    const attempts = links.map((a) => Number(/attempt (\d+)/.exec(a.textContent ?? '')?.[1]));
    expect(attempts).toEqual([...attempts].sort((a, b) => a - b));
    expect(
      mock
        .adminCalls()
        .some(
          (c) =>
            c.includes(`/task_executions/flytesnacks/development/${target.name}/${target.nodeId}?`) &&
            c.includes('sort_by.key=retry_attempt&sort_by.direction=ASCENDING'),
        ),
    ).toBe(true);
  });

  it('shows map-task logs per sub-task, dynamic-node logs and a link to a launched execution', async () => {
    const find = (module: string) =>
      records().find((r) => r.workflow.name === `core.${module}` && phaseOf(r) === 'SUCCEEDED')!;
    const batch = find('map_tasks.batch.process_batch_wf');
    show(batch.id.name);
    const nodes = await screen.findByRole('table', { name: `Nodes of ${batch.id.name}` });
    // One list per attempt (retries re-run the map); the last attempt succeeded.
    const subtasks = (await within(nodes).findAllByRole('list', { name: /^Sub-tasks/ })).at(-1)!;
    const items = within(subtasks).getAllByRole('listitem');
    expect(items).toHaveLength(5);
    expect(items[0]).toHaveTextContent(/^Item 0 · Succeeded/);
    expect(
      within(items[3]!)
        .getAllByRole('link', { name: /\(item 3\)/ })[0]
        ?.getAttribute('href'),
    ).toMatch(/^https:/);
    cleanup();

    const ingest = find('etl.daily_ingest.ingest_wf');
    show(ingest.id.name);
    const ingestNodes = await screen.findByRole('table', { name: `Nodes of ${ingest.id.name}` });
    const dynamicRow = (await within(ingestNodes).findByRole('button', { name: 'Show child nodes' })).closest(
      'tr',
    )!;
    await waitFor(() =>
      expect(within(dynamicRow).getAllByRole('link', { name: /opens in a new tab/ }).length).toBeGreaterThan(
        0,
      ),
    );
    cleanup();

    const parent = find('subworkflows.parent.parent_wf');
    show(parent.id.name);
    const link = await screen.findByRole('link', { name: /^Launched execution / });
    expect(link.getAttribute('href')).toBe(
      `/projects/flytesnacks/domains/development/executions/${parent.id.name}-c-n2`,
    );
  });
  it('says which node of which run launched a child run, and which run a relaunch started from', async () => {
    const parent = records().find(
      (r) => r.workflow.name === 'core.subworkflows.parent.parent_wf' && phaseOf(r) === 'SUCCEEDED',
    )!;
    show(parent.id.name);
    const child = (await screen.findByRole('link', { name: /^Launched execution / })).getAttribute('href')!;
    cleanup();
    show(child.split('/').at(-1)!);
    const origin = (await screen.findByText('Launched from', { selector: 'dt' })).nextElementSibling!;
    expect(within(origin as HTMLElement).getByRole('link', { name: 'n2' })).toHaveAttribute(
      'href',
      `/projects/flytesnacks/domains/development/executions/${parent.id.name}?node=n2`,
    );
    expect(within(origin as HTMLElement).getByRole('link', { name: parent.id.name })).toBeInTheDocument();
    cleanup();

    const relaunched = records().find((r) => r.mode === 'RELAUNCH' && r.referenceExecution)!;
    show(relaunched.id.name);
    const source = (await screen.findByText('Relaunched from', { selector: 'dt' })).nextElementSibling!;
    expect(source).toHaveTextContent(relaunched.referenceExecution!.name);
  });
});
