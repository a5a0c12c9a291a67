import { infiniteQueryOptions, keepPreviousData, useInfiniteQuery } from '@tanstack/react-query';
import { adminFetch } from './admin-client-instance';
import { decodeResponse } from './decode';
import { namedEntityId, page } from './decode-common';
import { contains, filterSafe } from './filters';
import { adminPath, listQuery, nextPageToken } from './list-query';
import { workflowKeys } from './query-keys';
import type { NamedEntityId, Page } from './types/common';

export interface WorkflowIdsParams {
  project: string;
  domain: string;
  /** Free text matched against the workflow name; separators the filter grammar uses are dropped. */
  search: string;
  limit?: number;
}

export const WORKFLOW_PAGE_SIZE = 50;

const decodeIds = page('entities', namedEntityId);

export async function fetchWorkflowIds(
  { project, domain, search, limit = WORKFLOW_PAGE_SIZE }: WorkflowIdsParams,
  token: string,
  signal?: AbortSignal,
): Promise<Page<NamedEntityId>> {
  const path = adminPath('workflow_ids', project, domain);
  const text = filterSafe(search);
  const query = listQuery({
    limit,
    token,
    sort: { key: 'name', direction: 'ASCENDING' },
    filters: text ? [contains('name', text)] : [],
  });
  const json = await adminFetch(path, { query, signal });
  return decodeResponse(decodeIds, json, path);
}

export function workflowIdsQueryOptions(params: WorkflowIdsParams) {
  const { project, domain, limit = WORKFLOW_PAGE_SIZE } = params;
  const search = filterSafe(params.search);
  return infiniteQueryOptions({
    queryKey: workflowKeys.ids({ project, domain, search, limit }),
    queryFn: ({ pageParam, signal }) =>
      fetchWorkflowIds({ project, domain, search, limit }, pageParam, signal),
    initialPageParam: '',
    getNextPageParam: nextPageToken,
  });
}

/** Keeps the previous results on screen while a new search runs, so the list does not flash empty. */
export function useWorkflowIds(params: WorkflowIdsParams) {
  return useInfiniteQuery({ ...workflowIdsQueryOptions(params), placeholderData: keepPreviousData });
}
