import { infiniteQueryOptions, useInfiniteQuery } from '@tanstack/react-query';
import { adminFetch } from './admin-client-instance';
import { decodeResponse } from './decode';
import { page } from './decode-common';
import { workflow } from './decode-entities';
import { adminPath, listQuery, nextPageToken } from './list-query';
import { workflowKeys } from './query-keys';
import type { Page } from './types/common';
import type { Workflow } from './types/workflows';

export interface WorkflowVersionsParams {
  project: string;
  domain: string;
  name: string;
  limit?: number;
}

export const VERSION_PAGE_SIZE = 20;

const decodeVersions = page('workflows', workflow);

/** Versions of one workflow, newest first. */
export async function fetchWorkflowVersions(
  { project, domain, name, limit = VERSION_PAGE_SIZE }: WorkflowVersionsParams,
  token: string,
  signal?: AbortSignal,
): Promise<Page<Workflow>> {
  const path = adminPath('workflows', project, domain, name);
  const query = listQuery({ limit, token, sort: { key: 'created_at', direction: 'DESCENDING' } });
  const json = await adminFetch(path, { query, signal });
  return decodeResponse(decodeVersions, json, path);
}

export function workflowVersionsQueryOptions({
  project,
  domain,
  name,
  limit = VERSION_PAGE_SIZE,
}: WorkflowVersionsParams) {
  return infiniteQueryOptions({
    queryKey: workflowKeys.versions({ project, domain, name, limit }),
    queryFn: ({ pageParam, signal }) =>
      fetchWorkflowVersions({ project, domain, name, limit }, pageParam, signal),
    initialPageParam: '',
    getNextPageParam: nextPageToken,
  });
}

export function useWorkflowVersions(params: WorkflowVersionsParams) {
  return useInfiniteQuery(workflowVersionsQueryOptions(params));
}
