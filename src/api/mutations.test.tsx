import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { ReactNode } from 'react';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { renderHook, waitFor } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { setupMsw } from '../../test/msw/index.ts';
import { configureAdminClient } from './admin-client-instance';
import { executionQueryOptions } from './execution';
import { executionListQueryOptions } from './executions';
import { nodeExecutionsQueryOptions } from './node-executions';
import { executionKeys } from './query-keys';
import { useRelaunchExecution } from './relaunch-execution';
import { useTerminateExecution } from './terminate-execution';

const ADMIN = 'https://admin.test';
const seen: { method: string; path: string; body: unknown }[] = [];
const { server } = setupMsw({
  handlers: [
    http.delete(`${ADMIN}/api/v1/executions/:p/:d/:n`, async ({ request }) => {
      seen.push({ method: 'DELETE', path: new URL(request.url).pathname, body: await request.json() });
      return HttpResponse.json({});
    }),
    http.post(`${ADMIN}/api/v1/executions/relaunch`, async ({ request }) => {
      seen.push({ method: 'POST', path: new URL(request.url).pathname, body: await request.json() });
      return HttpResponse.json({ id: { project: 'p', domain: 'd', name: 'new1', org: '' } });
    }),
  ],
});

beforeAll(() => {
  configureAdminClient({ baseUrl: ADMIN, auth: null });
});
afterEach(() => {
  seen.length = 0;
});

function setup() {
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  const invalidate = vi.spyOn(queryClient, 'invalidateQueries');
  const wrapper = ({ children }: { children: ReactNode }) => (
    <QueryClientProvider client={queryClient}>{children}</QueryClientProvider>
  );
  return { queryClient, invalidate, wrapper };
}

const id = { project: 'p', domain: 'd', name: 'e1' };

describe('mutations', () => {
  it('terminate sends DELETE with the cause and invalidates the execution, its nodes and its lists', async () => {
    const { invalidate, wrapper } = setup();
    const { result } = renderHook(() => useTerminateExecution(), { wrapper });
    await result.current.mutateAsync({ id, cause: 'wrong input' });
    expect(seen).toEqual([
      { method: 'DELETE', path: '/api/v1/executions/p/d/e1', body: { id, cause: 'wrong input' } },
    ]);
    const keys = invalidate.mock.calls.map(([filters]) => filters?.queryKey);
    expect(keys).toEqual([
      executionQueryOptions(id).queryKey,
      nodeExecutionsQueryOptions(id).queryKey,
      executionKeys.listScope('p', 'd'),
    ]);
  });

  it('the list scope matches every list of that project/domain and no other', () => {
    const { queryClient } = setup();
    const sort = { key: 'created_at', direction: 'DESCENDING' } as const;
    const mine = executionListQueryOptions({ project: 'p', domain: 'd', filters: [], sort });
    const other = executionListQueryOptions({ project: 'p', domain: 'x', filters: [], sort });
    queryClient.setQueryData(mine.queryKey, { pages: [], pageParams: [] });
    queryClient.setQueryData(other.queryKey, { pages: [], pageParams: [] });
    const matched = queryClient.getQueryCache().findAll({ queryKey: executionKeys.listScope('p', 'd') });
    expect(matched.map((q) => q.queryKey)).toEqual([mine.queryKey]);
  });

  it('relaunch posts the id and returns the new execution, invalidating its lists', async () => {
    const { invalidate, wrapper } = setup();
    const { result } = renderHook(() => useRelaunchExecution(), { wrapper });
    result.current.mutate(id);
    await waitFor(() => expect(result.current.isSuccess).toBe(true));
    expect(result.current.data).toEqual({ project: 'p', domain: 'd', name: 'new1' });
    expect(seen[0]).toEqual({
      method: 'POST',
      path: '/api/v1/executions/relaunch',
      body: { id, name: '', overwrite_cache: false },
    });
    expect(invalidate).toHaveBeenCalledWith({ queryKey: executionKeys.listScope('p', 'd') });
  });

  it('a failed terminate surfaces the admin message', async () => {
    server.use(
      http.delete(`${ADMIN}/api/v1/executions/:p/:d/:n`, () =>
        HttpResponse.json({ code: 9, message: 'already terminated', details: [] }, { status: 400 }),
      ),
    );
    const { wrapper } = setup();
    const { result } = renderHook(() => useTerminateExecution(), { wrapper });
    await expect(result.current.mutateAsync({ id, cause: 'x' })).rejects.toMatchObject({
      kind: 'bad-request',
      serverMessage: 'already terminated',
    });
  });
});
