import { infiniteQueryOptions, useInfiniteQuery, type InfiniteData } from '@tanstack/react-query';
import { adminFetch } from './admin-client-instance';
import { decodeResponse } from './decode';
import { page } from './decode-common';
import { execution } from './decode-executions';
import { encodeFilters, type Filter } from './filters';
import { adminPath, listQuery, nextPageToken, type Sort } from './list-query';
import { LIVE_INTERVAL_MS, isTerminalPhase } from './phases';
import { executionKeys } from './query-keys';
import type { Page } from './types/common';
import type { Execution } from './types/executions';

export interface ExecutionListParams {
  project: string;
  domain: string;
  filters: readonly Filter[];
  sort: Sort;
  limit?: number;
}

const EXECUTION_PAGE_SIZE = 100;

const decodeExecutions = page('executions', execution);

/**
 * "Created" sorts on the indexed `execution_created_at` (flyteadmin/pkg/repositories/models/execution.go:35,
 * index idx_executions_created_at), not gorm's unindexed row `created_at`. Both are accepted: the sort
 * allow-list is every column of the model (models/execution.go:93, pkg/common/sorting.go:33-36).
 */
function serverSort(sort: Sort): Sort {
  return sort.key === 'created_at' ? { ...sort, key: 'execution_created_at' } : sort;
}

async function fetchExecutions(
  { project, domain, filters, sort, limit = EXECUTION_PAGE_SIZE }: ExecutionListParams,
  token: string,
  signal?: AbortSignal,
): Promise<Page<Execution>> {
  const path = adminPath('executions', project, domain);
  const query = listQuery({ limit, token, sort: serverSort(sort), filters });
  const json = await adminFetch(path, { query, signal });
  return decodeResponse(decodeExecutions, json, path);
}

/**
 * Poll while a loaded row can still change. A refetch re-reads every loaded page, so the interval grows with
 * the pages held: someone deep in a 10,000-row list keeps live rows without a storm of requests.
 */
export function liveListInterval(data: InfiniteData<Page<Execution>> | undefined): number | false {
  if (!data) return false;
  const moving = data.pages.some((p) => p.items.some((e) => !isTerminalPhase(e.phase)));
  if (!moving) return false;
  return Math.min(60_000, LIVE_INTERVAL_MS * Math.max(1, Math.ceil(data.pages.length / 2)));
}

export function executionListQueryOptions(params: ExecutionListParams) {
  const { project, domain, filters, sort, limit = EXECUTION_PAGE_SIZE } = params;
  return infiniteQueryOptions({
    queryKey: executionKeys.list({ project, domain, filters: encodeFilters(filters) ?? '', sort, limit }),
    queryFn: ({ pageParam, signal }) =>
      fetchExecutions({ project, domain, filters, sort, limit }, pageParam, signal),
    initialPageParam: '',
    getNextPageParam: nextPageToken,
    refetchInterval: (query) => liveListInterval(query.state.data),
    // Background tabs do not poll; react-query resumes when the tab is visible again.
    refetchIntervalInBackground: false,
  });
}

export function useExecutionList(params: ExecutionListParams) {
  return useInfiniteQuery(executionListQueryOptions(params));
}
