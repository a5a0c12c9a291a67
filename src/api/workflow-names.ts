import { infiniteQueryOptions, keepPreviousData, useInfiniteQuery } from '@tanstack/react-query';
import { adminFetch } from './admin-client-instance';
import { decodeResponse, nullable, obj, optStr, type Decoder } from './decode';
import { namedEntityId, page } from './decode-common';
import { contains, eq, escapeLike, filterSafe, notLike, type Filter } from './filters';
import { adminPath, listQuery, nextPageToken, type Sort } from './list-query';
import { workflowKeys } from './query-keys';
import type { NamedEntityId, Page } from './types/common';

export interface WorkflowNamesParams {
  project: string;
  domain: string;
  /** Free text matched against the workflow name; separators the filter grammar uses are dropped. */
  search: string;
  limit?: number;
}

/** How many registered names one request looks at (the admin filters inside that window, see below). */
export const WORKFLOW_WINDOW = 100;

const BY_NAME: Sort = { key: 'name', direction: 'ASCENDING' };

const namedEntity: Decoder<NamedEntityId> = (value, path) =>
  obj({ id: namedEntityId, metadata: nullable(obj({ state: optStr })) })(value, path).id;
const decodeEntities = page('entities', namedEntity);
const decodeIds = page('entities', namedEntityId);

/**
 * Search and list go through `/named_entities/WORKFLOW/...`: `/workflow_ids` ignores filters
 * (flyteadmin/pkg/manager/impl/workflow_manager.go:306-309). Sending filters turns off the admin's own
 * `.flytegen` exclusion (named_entity_manager.go:103-106), so the term is sent here, with `eq(state,0)` for
 * active (not archived) names (named_entity_manager.go:80-87 reads a missing state as 0).
 */
function workflowNameFilters(search: string): Filter[] {
  const text = filterSafe(search);
  const filters = [notLike('name', '.flytegen%'), eq('state', '0')];
  // `contains` is SQL LIKE '%v%' (pkg/common/filters.go:39-40): `_` and `%` in a name must match themselves.
  return text ? [...filters, contains('name', escapeLike(text))] : filters;
}

/**
 * One window of names. The admin cuts the window from all names first and filters inside it afterwards
 * (gormimpl/named_entity_repo.go:31-44,185-191), and sends a next token only when the filtered page is full
 * (named_entity_manager.go:144-147): a short page says nothing about what follows. Whether another window exists
 * is asked of `/workflow_ids` (same names, same order, unfiltered, workflow_repo.go:106,122) with limit 1.
 */
async function fetchWorkflowNames(
  { project, domain, search, limit = WORKFLOW_WINDOW }: WorkflowNamesParams,
  token: string,
  signal?: AbortSignal,
): Promise<Page<NamedEntityId>> {
  const offset = Number(token || '0');
  const path = adminPath('named_entities', 'WORKFLOW', project, domain);
  const probePath = adminPath('workflow_ids', project, domain);
  const query = listQuery({ limit, token, sort: BY_NAME, filters: workflowNameFilters(search) });
  const probeQuery = listQuery({ limit: 1, token: String(offset + limit), sort: BY_NAME });
  const [json, probe] = await Promise.all([
    adminFetch(path, { query, signal }),
    adminFetch(probePath, { query: probeQuery, signal }),
  ]);
  const names = decodeResponse(decodeEntities, json, path);
  const more = decodeResponse(decodeIds, probe, probePath).items.length > 0;
  return { items: names.items, token: more ? String(offset + limit) : '' };
}

export function workflowNamesQueryOptions(params: WorkflowNamesParams) {
  const { project, domain, limit = WORKFLOW_WINDOW } = params;
  const search = filterSafe(params.search);
  return infiniteQueryOptions({
    queryKey: workflowKeys.names({ project, domain, search, limit }),
    queryFn: ({ pageParam, signal }) =>
      fetchWorkflowNames({ project, domain, search, limit }, pageParam, signal),
    initialPageParam: '',
    getNextPageParam: nextPageToken,
  });
}

/** Keeps the previous results on screen while a new search runs, so the list does not flash empty. */
export function useWorkflowNames(params: WorkflowNamesParams) {
  return useInfiniteQuery({ ...workflowNamesQueryOptions(params), placeholderData: keepPreviousData });
}
