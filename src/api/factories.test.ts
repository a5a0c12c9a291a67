import { beforeEach, describe, expect, it } from 'vitest';
import { QueryClient } from '@tanstack/react-query';
import { configureAdminClient } from './admin-client-instance';
import { domainsQueryOptions } from './domains';
import { executionDataQueryOptions } from './execution-data';
import { executionQueryOptions } from './execution';
import { executionListQueryOptions, liveListInterval } from './executions';
import { valueIn } from './filters';
import { launchPlansQueryOptions } from './launch-plans';
import { nodeExecutionsQueryOptions } from './node-executions';
import { projectsQueryOptions } from './projects';
import { executionKeys } from './query-keys';
import { taskExecutionsQueryOptions } from './task-executions';
import { entityNamesQueryOptions } from './entity-names';
import { workflowQueryOptions } from './workflow';
import { workflowVersionsQueryOptions } from './workflow-versions';
import type { Execution } from './types/executions';

const id = { project: 'flytesnacks', domain: 'development', name: 'abc123' };
let requests: URL[];
let answer: unknown;

beforeEach(() => {
  requests = [];
  answer = {};
  configureAdminClient({
    baseUrl: 'https://admin.test',
    auth: null,
    fetchImpl: async (input) => {
      requests.push(new URL(input instanceof Request ? input.url : input));
      return new Response(JSON.stringify(answer), { status: 200 });
    },
  });
});

function client() {
  return new QueryClient({ defaultOptions: { queries: { retry: false } } });
}

describe('query keys', () => {
  it('are arrays scoped by resource, built from the parameters', () => {
    expect(projectsQueryOptions().queryKey).toEqual(['projects', 'list']);
    expect(domainsQueryOptions().queryKey).toEqual(['domains']);
    expect(executionQueryOptions(id).queryKey).toEqual(['executions', 'detail', id]);
    expect(executionDataQueryOptions(id).queryKey).toEqual(['executions', 'data', id]);
    expect(nodeExecutionsQueryOptions(id).queryKey).toEqual(['executions', 'nodes', id]);
    expect(nodeExecutionsQueryOptions(id, 'n1').queryKey).toEqual([
      'executions',
      'nodes',
      id,
      { parentId: 'n1' },
    ]);
    expect(taskExecutionsQueryOptions({ ...id, nodeId: 'n0' }).queryKey).toEqual([
      'executions',
      'tasks',
      { ...id, nodeId: 'n0' },
    ]);
    expect(workflowQueryOptions({ ...id, version: 'v1' }).queryKey).toEqual([
      'workflows',
      'detail',
      { ...id, version: 'v1' },
    ]);
    expect(
      entityNamesQueryOptions('WORKFLOW', { project: 'p', domain: 'd', search: ' a b ' }).queryKey,
    ).toEqual(['workflow-names', 'list', { project: 'p', domain: 'd', search: 'ab', limit: 100 }]);
  });

  it('put the encoded filters and the sort into the executions list key, under the list scope', () => {
    const key = executionListQueryOptions({
      project: 'p',
      domain: 'd',
      filters: [valueIn('phase', ['RUNNING'])],
      sort: { key: 'duration', direction: 'ASCENDING' },
    }).queryKey;
    expect(key).toEqual([
      'executions',
      'list',
      {
        project: 'p',
        domain: 'd',
        filters: 'value_in(phase,RUNNING)',
        sort: { key: 'duration', direction: 'ASCENDING' },
        limit: 100,
      },
    ]);
    expect(executionKeys.listScope('p', 'd')).toEqual(['executions', 'list', { project: 'p', domain: 'd' }]);
  });
});

describe('fetchers', () => {
  it('projects ask for all projects with limit 0', async () => {
    answer = {
      projects: [{ id: 'p', name: 'P', domains: [{ id: 'd', name: 'd' }], description: '', state: 'ACTIVE' }],
    };
    const projects = await client().fetchQuery(projectsQueryOptions());
    expect(requests[0]?.pathname).toBe('/api/v1/projects');
    expect(requests[0]?.searchParams.get('limit')).toBe('0');
    expect(projects[0]?.domains).toEqual([{ id: 'd', name: 'd' }]);
  });

  it('executions list sends limit, token, sort and filters, and pages by token', async () => {
    answer = { executions: [], token: '100' };
    const qc = client();
    const options = executionListQueryOptions({
      project: 'p',
      domain: 'd',
      filters: [valueIn('phase', ['RUNNING', 'QUEUED'])],
      sort: { key: 'started_at', direction: 'DESCENDING' },
    });
    const data = await qc.fetchInfiniteQuery(options);
    expect(options.getNextPageParam(data.pages[0]!, data.pages, '', [''])).toBe('100');
    const first = requests[0]!;
    expect(first.pathname).toBe('/api/v1/executions/p/d');
    expect(first.searchParams.get('limit')).toBe('100');
    expect(first.searchParams.has('token')).toBe(false);
    expect(first.searchParams.get('sort_by.key')).toBe('started_at');
    expect(first.searchParams.get('sort_by.direction')).toBe('DESCENDING');
    expect(first.searchParams.get('filters')).toBe('value_in(phase,RUNNING;QUEUED)');
    expect(options.getNextPageParam({ items: [], token: '' }, [], '', [''])).toBeUndefined();
  });

  it('workflow names search named entities with the .flytegen and archive terms, escaping LIKE wildcards', async () => {
    // Both requests get this answer: an entity has an `id` (named_entities) and names (workflow_ids).
    const entity = {
      project: 'p',
      domain: 'd',
      name: 'core.a_b',
      id: { project: 'p', domain: 'd', name: 'core.a_b' },
    };
    answer = { entities: [entity], token: '' };
    const options = entityNamesQueryOptions('WORKFLOW', { project: 'p', domain: 'd', search: 'a_b' });
    const data = await client().fetchInfiniteQuery(options);
    const search = requests.find((u) => u.pathname === '/api/v1/named_entities/WORKFLOW/p/d')!;
    expect(search.searchParams.get('filters')).toBe(
      'not_like(name,.flytegen%)+eq(state,0)+contains(name,a\\_b)',
    );
    expect(search.searchParams.get('sort_by.key')).toBe('name');
    expect(search.searchParams.get('sort_by.direction')).toBe('ASCENDING');
    expect(search.searchParams.get('limit')).toBe('100');
    // Whether another window exists: the first name after this window, unfiltered.
    const probe = requests.find((u) => u.pathname === '/api/v1/workflow_ids/p/d')!;
    expect(probe.searchParams.get('limit')).toBe('1');
    expect(probe.searchParams.get('token')).toBe('100');
    expect(data.pages[0]).toEqual({ items: [{ project: 'p', domain: 'd', name: 'core.a_b' }], token: '100' });
  });

  it('encodes path segments and reaches each resource path', async () => {
    const qc = client();
    answer = { workflows: [], token: '' };
    await qc.fetchInfiniteQuery(workflowVersionsQueryOptions({ project: 'p', domain: 'd', name: 'core.wf' }));
    answer = { launch_plans: [], token: '' };
    await qc.fetchQuery(launchPlansQueryOptions({ project: 'p', domain: 'd', name: 'core.wf' }));
    answer = { node_executions: [], token: '' };
    await qc.fetchQuery(nodeExecutionsQueryOptions(id));
    answer = { task_executions: [], token: '' };
    await qc.fetchQuery(taskExecutionsQueryOptions({ ...id, nodeId: 'n 1' }));
    answer = { full_inputs: { literals: {} }, full_outputs: null, inputs: null, outputs: null };
    await qc.fetchQuery(executionDataQueryOptions(id));
    expect(requests.map((u) => u.pathname)).toEqual([
      '/api/v1/workflows/p/d/core.wf',
      '/api/v1/launch_plans/p/d/core.wf',
      '/api/v1/node_executions/flytesnacks/development/abc123',
      '/api/v1/task_executions/flytesnacks/development/abc123/n%201',
      '/api/v1/data/executions/flytesnacks/development/abc123',
    ]);
    expect(requests[0]?.searchParams.get('sort_by.key')).toBe('created_at');
    expect(
      requests.every((u) => u.pathname.includes('/data/') || Number(u.searchParams.get('limit')) > 0),
    ).toBe(true);
  });
});

describe('live list polling', () => {
  const row = (phase: string) => ({ phase }) as Execution;
  it('polls while a loaded row is unfinished and stops when all are terminal', () => {
    expect(liveListInterval(undefined)).toBe(false);
    const done = { pages: [{ items: [row('SUCCEEDED'), row('ABORTED')], token: '' }], pageParams: [''] };
    expect(liveListInterval(done)).toBe(false);
    const moving = { pages: [{ items: [row('SUCCEEDED'), row('RUNNING')], token: '' }], pageParams: [''] };
    expect(liveListInterval(moving)).toBe(5000);
  });

  it('polls less often when many pages are held', () => {
    const pages = Array.from({ length: 100 }, () => ({ items: [row('RUNNING')], token: 'x' }));
    expect(liveListInterval({ pages, pageParams: [] })).toBe(60_000);
  });
});
