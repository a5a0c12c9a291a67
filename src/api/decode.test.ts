import { describe, expect, it } from 'vitest';
import { ApiError } from './api-error';
import { arr, decodeResponse, int64, obj, str } from './decode';
import { duration, page } from './decode-common';
import { launchPlan, project, workflow } from './decode-entities';
import { execution, executionData } from './decode-executions';
import { me } from './decode-me';
import { nodeExecution, taskExecution } from './decode-nodes';

const executionJson = {
  id: { project: 'p', domain: 'd', name: 'abc' },
  spec: {
    launch_plan: { resource_type: 'LAUNCH_PLAN', project: 'p', domain: 'd', name: 'core.wf', version: 'v1' },
    metadata: { mode: 'MANUAL', principal: 'alice', nesting: 0 },
    labels: null,
  },
  closure: {
    phase: 'FAILED',
    started_at: '2024-05-01T10:00:00Z',
    duration: '12.345s',
    created_at: '2024-05-01T09:59:58Z',
    updated_at: '2024-05-01T10:00:12Z',
    workflow_id: { resource_type: 'WORKFLOW', project: 'p', domain: 'd', name: 'core.wf', version: 'v1' },
    error: { code: 'USER:Boom', message: 'it broke', kind: 'USER', error_uri: '' },
    abort_metadata: null,
    outputs: null,
  },
};

function badResponse(run: () => unknown): ApiError {
  try {
    run();
  } catch (error) {
    if (error instanceof ApiError) return error;
    throw error;
  }
  throw new Error('expected an ApiError');
}

describe('decoders', () => {
  it('read an execution in the admin snake_case shape', () => {
    const e = decodeResponse(execution, executionJson, '/x');
    expect(e).toMatchObject({
      id: { name: 'abc' },
      phase: 'FAILED',
      duration: 12.345,
      principal: 'alice',
      mode: 'MANUAL',
      launchPlan: { resourceType: 'LAUNCH_PLAN', name: 'core.wf', version: 'v1' },
      workflowId: { name: 'core.wf' },
      createdAt: '2024-05-01T09:59:58Z',
      startedAt: '2024-05-01T10:00:00Z',
      updatedAt: '2024-05-01T10:00:12Z',
      error: { message: 'it broke', kind: 'USER' },
      abortCause: '',
      abortPrincipal: '',
    });
  });

  it('tolerate null messages and missing optional fields', () => {
    const e = execution(
      { id: { project: 'p', domain: 'd', name: 'n' }, spec: null, closure: { phase: 'QUEUED' } },
      '',
    );
    expect(e).toMatchObject({
      startedAt: '',
      duration: null,
      launchPlan: null,
      principal: '',
      error: null,
    });
  });

  it('turn a wrong shape into a bad-response ApiError naming the field', () => {
    const error = badResponse(() =>
      decodeResponse(
        page('executions', execution),
        { executions: [{ ...executionJson, id: { name: 5 } }] },
        '/api/v1/e',
      ),
    );
    expect(error.kind).toBe('bad-response');
    expect(error.message).toContain('executions[0].id.project: expected a string');
    expect(badResponse(() => decodeResponse(page('executions', execution), [], '/e')).message).toContain(
      'expected an object, got an array',
    );
    expect(
      badResponse(() => decodeResponse(page('executions', execution), { executions: 'x' }, '/e')).message,
    ).toContain('executions: expected an array');
    expect(badResponse(() => decodeResponse(page('projects', project), null, '/p')).message).toContain(
      'got null',
    );
  });

  it('reject durations and int64 that are not what the admin sends', () => {
    expect(duration('3s', '')).toBe(3);
    expect(duration(null, '')).toBeNull();
    expect(() => duration('3 minutes', 'closure.duration')).toThrow(/closure.duration/);
    expect(int64('12', '')).toBe('12');
    expect(int64(12, '')).toBe('12');
    expect(() => int64('1.5', 'x')).toThrow();
    expect(() => obj({ a: arr(str) })({ a: [1] }, '')).toThrow(/a\[0\]/);
  });

  it('read the interface from a single workflow version and leave it null on list entries', () => {
    const wf = workflow(
      {
        id: { resource_type: 'WORKFLOW', project: 'p', domain: 'd', name: 'w', version: 'v' },
        short_description: '',
        closure: {
          created_at: '2024-01-01T00:00:00Z',
          compiled_workflow: {
            primary: {
              template: {
                interface: {
                  inputs: { variables: { n: { type: { simple: 'INTEGER' }, description: 'count' } } },
                  outputs: { variables: {} },
                },
              },
            },
          },
        },
      },
      '',
    );
    expect(wf).toMatchObject({ createdAt: '2024-01-01T00:00:00Z', shortDescription: '' });
    expect(wf.id).toEqual({ resourceType: 'WORKFLOW', project: 'p', domain: 'd', name: 'w', version: 'v' });
    expect(wf.interface?.inputs.n).toEqual({ type: { simple: 'INTEGER' }, description: 'count' });
    const listed = workflow({ id: wf.id, closure: { created_at: '', compiled_workflow: null } }, '');
    expect(listed.interface).toBeNull();
  });

  it('read launch plans, nodes, task attempts and execution data', () => {
    const id = { resource_type: 'LAUNCH_PLAN', project: 'p', domain: 'd', name: 'lp', version: 'v' };
    expect(launchPlan({ id, spec: { workflow_id: null }, closure: { state: 'ACTIVE' } }, '').state).toBe(
      'ACTIVE',
    );
    const lp = launchPlan(
      { id, spec: { workflow_id: { ...id, resource_type: 'WORKFLOW' } }, closure: { created_at: 't' } },
      '',
    );
    expect(lp).toMatchObject({ workflowId: { resourceType: 'WORKFLOW', name: 'lp' }, createdAt: 't' });
    const node = nodeExecution(
      {
        id: { node_id: 'n0', execution_id: { project: 'p', domain: 'd', name: 'e' } },
        closure: { phase: 'RUNNING', started_at: null, duration: '0s', error: null },
        metadata: { spec_node_id: 'n0', is_parent_node: false },
      },
      '',
    );
    expect(node).toMatchObject({
      nodeId: 'n0',
      executionId: { project: 'p', domain: 'd', name: 'e' },
      specNodeId: 'n0',
      isParentNode: false,
      phase: 'RUNNING',
      startedAt: '',
      duration: 0,
    });
    const task = taskExecution(
      {
        id: { task_id: null, node_execution_id: { node_id: 'n0' }, retry_attempt: 1 },
        closure: { phase: 'FAILED', logs: [{ uri: 'https://logs/x', name: 'K8s' }], duration: null },
      },
      '',
    );
    expect(task).toMatchObject({ taskId: null, nodeId: 'n0', retryAttempt: 1, phase: 'FAILED' });
    expect(task.logs).toEqual([{ uri: 'https://logs/x', name: 'K8s' }]);
    const data = executionData(
      {
        full_inputs: { literals: { a: {} } },
        full_outputs: { literals: {} },
        inputs: { url: 'https://x/inputs.pb?sig=1', bytes: '4096' },
        outputs: { url: '', bytes: '0' },
      },
      '',
    );
    expect(data).toEqual({
      inputs: { a: {} },
      outputs: {},
      inputsUrl: 'https://x/inputs.pb?sig=1',
      outputsUrl: '',
      inputsBytes: 4096,
      outputsBytes: 0,
    });
  });

  it('read /me in camelCase, empty fields as missing, and reject a body that is not an object', () => {
    const claims = { subject: 's1', name: '', preferred_username: 'ada', email: 'a@x', picture: null };
    expect(decodeResponse(me, claims, '/me')).toEqual({
      subject: 's1',
      name: undefined,
      preferredUsername: 'ada',
      email: 'a@x',
      picture: undefined,
    });
    expect(badResponse(() => decodeResponse(me, 'nope', '/me')).message).toContain(
      '/me: response: expected an object',
    );
  });
});
