import { infiniteQueryOptions, keepPreviousData, useInfiniteQuery } from '@tanstack/react-query';
import { adminFetch } from './admin-client-instance';
import { decodeResponse, nullable, obj, optStr, type Decoder } from './decode';
import { namedEntityId, page } from './decode-common';
import { contains, eq, escapeLike, filterSafe, notLike, type Filter } from './filters';
import { adminPath, listQuery, nextPageToken, type Sort } from './list-query';
import { launchPlanKeys, taskKeys, workflowKeys } from './query-keys';
import type { NamedEntityId, Page } from './types/common';

/** The registered entities that have names the console lists: flyteadmin's ResourceType names. */
export type NamedEntityKind = 'WORKFLOW' | 'TASK' | 'LAUNCH_PLAN';

export interface EntityNamesParams {
  project: string;
  domain: string;
  /** Free text matched against the name; separators the filter grammar uses are dropped. */
  search: string;
  limit?: number;
}

/** How many registered names one request looks at (the admin filters inside that window, see below). */
export const NAME_WINDOW = 100;

const BY_NAME: Sort = { key: 'name', direction: 'ASCENDING' };

/** The unfiltered id list of each kind (`/workflow_ids`, `/task_ids`, `/launch_plan_ids`): same names, same order. */
const IDS_ROUTE: Record<NamedEntityKind, string> = {
  WORKFLOW: 'workflow_ids',
  TASK: 'task_ids',
  LAUNCH_PLAN: 'launch_plan_ids',
};

type NamesKey = (
  scope: Parameters<typeof workflowKeys.names>[0],
) => readonly [string, 'list', ReturnType<typeof workflowKeys.names>[2]];

const KEYS: Record<NamedEntityKind, NamesKey> = {
  WORKFLOW: workflowKeys.names,
  TASK: taskKeys.names,
  LAUNCH_PLAN: launchPlanKeys.names,
};

const namedEntity: Decoder<NamedEntityId> = (value, path) =>
  obj({ id: namedEntityId, metadata: nullable(obj({ state: optStr })) })(value, path).id;
const decodeEntities = page('entities', namedEntity);
const decodeIds = page('entities', namedEntityId);

/**
 * Search and list go through `/named_entities/{type}/...`: the `_ids` routes ignore filters
 * (flyteadmin/pkg/manager/impl/workflow_manager.go:306-309, task_manager.go:227-230,
 * launch_plan_manager.go:506-509). Sending filters turns off the admin's own `.flytegen` exclusion
 * (named_entity_manager.go:103-106), so the term is sent here, with `eq(state,0)` for active (not archived) names
 * (named_entity_manager.go:80-87 reads a missing state as 0).
 */
function nameFilters(search: string): Filter[] {
  const text = filterSafe(search);
  const filters = [notLike('name', '.flytegen%'), eq('state', '0')];
  // `contains` is SQL LIKE '%v%' (pkg/common/filters.go:39-40): `_` and `%` in a name must match themselves.
  return text ? [...filters, contains('name', escapeLike(text))] : filters;
}

/**
 * One window of names. The admin cuts the window from all names of the kind's table first and filters inside it
 * afterwards (gormimpl/named_entity_repo.go:31-44,185-191), and sends a next token only when the filtered page is
 * full (named_entity_manager.go:144-147): a short page says nothing about what follows. Whether another window
 * exists is asked of the kind's unfiltered `_ids` route (same names, same order) with limit 1.
 */
async function fetchEntityNames(
  kind: NamedEntityKind,
  { project, domain, search, limit = NAME_WINDOW }: EntityNamesParams,
  token: string,
  signal?: AbortSignal,
): Promise<Page<NamedEntityId>> {
  const offset = Number(token || '0');
  const path = adminPath('named_entities', kind, project, domain);
  const probePath = adminPath(IDS_ROUTE[kind], project, domain);
  const query = listQuery({ limit, token, sort: BY_NAME, filters: nameFilters(search) });
  const probeQuery = listQuery({ limit: 1, token: String(offset + limit), sort: BY_NAME });
  const [json, probe] = await Promise.all([
    adminFetch(path, { query, signal }),
    adminFetch(probePath, { query: probeQuery, signal }),
  ]);
  const names = decodeResponse(decodeEntities, json, path);
  const more = decodeResponse(decodeIds, probe, probePath).items.length > 0;
  return { items: names.items, token: more ? String(offset + limit) : '' };
}

export function entityNamesQueryOptions(kind: NamedEntityKind, params: EntityNamesParams) {
  const { project, domain, limit = NAME_WINDOW } = params;
  const search = filterSafe(params.search);
  // `kind` picks the key factory, so each kind has its own key prefix.
  // eslint-disable-next-line @tanstack/query/exhaustive-deps
  return infiniteQueryOptions({
    queryKey: KEYS[kind]({ project, domain, search, limit }),
    queryFn: ({ pageParam, signal }) =>
      fetchEntityNames(kind, { project, domain, search, limit }, pageParam, signal),
    initialPageParam: '',
    getNextPageParam: nextPageToken,
  });
}

/** Keeps the previous results on screen while a new search runs, so the list does not flash empty. */
export function useEntityNames(kind: NamedEntityKind, params: EntityNamesParams) {
  return useInfiniteQuery({ ...entityNamesQueryOptions(kind, params), placeholderData: keepPreviousData });
}
