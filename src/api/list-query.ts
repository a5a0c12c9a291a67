import { encodeFilters, type Filter } from './filters';

export type SortDirection = 'ASCENDING' | 'DESCENDING';

export interface Sort {
  key: string;
  direction: SortDirection;
}

export interface ListParams {
  /** flyteadmin requires limit > 0 on every list but projects. */
  limit: number;
  /** Offset token from the previous page; "" or undefined for the first page. */
  token?: string;
  sort?: Sort;
  filters?: readonly Filter[];
}

/** Query parameters for a list call, with the admin's dotted names for the sort message. */
export function listQuery({
  limit,
  token,
  sort,
  filters,
}: ListParams): Record<string, string | number | undefined> {
  return {
    limit,
    token: token || undefined,
    'sort_by.key': sort?.key,
    'sort_by.direction': sort?.direction,
    filters: filters ? encodeFilters(filters) : undefined,
  };
}

/** `/api/v1/<resource>/<segments...>` with each segment encoded (names may hold dots, never slashes). */
export function adminPath(resource: string, ...segments: string[]): string {
  return `/api/v1/${resource}${segments.map((s) => `/${encodeURIComponent(s)}`).join('')}`;
}

/** The admin answers "" when the page was the last one; react-query wants undefined to stop. */
export function nextPageToken(page: { token: string }): string | undefined {
  return page.token === '' ? undefined : page.token;
}
