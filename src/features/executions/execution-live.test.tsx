import { afterEach, describe, expect, it, vi } from 'vitest';
import { act, screen, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { LIVE_INTERVAL_MS } from '../../api/phases';
import { routes } from '../../config/paths';
import { renderRoute } from '../../../test/unit/render-route';
import { ADMIN, viewServer } from '../../../test/unit/view-server';
import { ExecutionPage } from './execution-page';

/**
 * An execution that finishes while someone watches: phase, outputs and polling follow it. The shared admin mock
 * serves everything else; this one execution is canned so that it finishes exactly when the test says.
 */
const mock = viewServer();
let phase = 'RUNNING';
const calls = { execution: 0, data: 0 };
const execution = () => ({
  id: { project: 'p', domain: 'd', name: 'live1' },
  spec: { launch_plan: null, metadata: { mode: 'MANUAL', principal: 'ada' } },
  closure: { phase, started_at: '2024-01-01T00:00:00Z', duration: '3s', created_at: '2024-01-01T00:00:00Z' },
});
const answer = { scalar: { primitive: { integer: '42' } } };
const live1 = [
  http.get(`${ADMIN}/api/v1/executions/p/d/live1`, () => {
    calls.execution++;
    return HttpResponse.json(execution());
  }),
  http.get(`${ADMIN}/api/v1/data/executions/p/d/live1`, () => {
    calls.data++;
    const outputs = phase === 'SUCCEEDED' ? { literals: { answer } } : null;
    return HttpResponse.json({ full_inputs: { literals: {} }, full_outputs: outputs });
  }),
  http.get(`${ADMIN}/api/v1/node_executions/p/d/live1`, () =>
    HttpResponse.json({ node_executions: [], token: '' }),
  ),
];
afterEach(() => vi.useRealTimers());

describe('watching a running execution', () => {
  it('announces the new phase, shows the outputs, then stops polling', async () => {
    mock.server.use(...live1);
    vi.useFakeTimers({ shouldAdvanceTime: true });
    renderRoute(routes.execution, '/projects/p/domains/d/executions/live1', <ExecutionPage />);
    const phaseCell = () => screen.getByText('Phase', { selector: 'dt' }).nextElementSibling as HTMLElement;
    expect(await screen.findByRole('button', { name: 'Terminate' })).toBeInTheDocument();
    expect(phaseCell()).toHaveTextContent('Running');
    expect(await screen.findByText('Outputs appear when the execution finishes.')).toBeInTheDocument();

    phase = 'SUCCEEDED';
    await act(() => vi.advanceTimersByTimeAsync(LIVE_INTERVAL_MS + 100));
    expect(phaseCell()).toHaveTextContent('Succeeded');
    const outputs = await screen.findByRole('region', { name: 'Outputs' });
    expect(await within(outputs).findByText('42')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Terminate' })).toBeNull();

    const settled = { ...calls };
    await act(() => vi.advanceTimersByTimeAsync(LIVE_INTERVAL_MS * 3));
    expect(calls).toEqual(settled);
  });
});
