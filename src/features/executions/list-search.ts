import { eq, filterSafe, valueIn, type Filter } from '../../api/filters';
import type { Sort, SortDirection } from '../../api/list-query';
import { EXECUTION_PHASES } from '../../api/phases';

/**
 * The executions list's state lives in the URL (?phase=RUNNING,FAILED&sort=duration&dir=asc&workflow=x), so a
 * filtered view can be shared and the back button works. This module is the one place that reads and writes it.
 */
export type SortKey = 'created_at' | 'started_at' | 'duration';

export const SORT_KEYS: { key: SortKey; label: string }[] = [
  { key: 'created_at', label: 'Created' },
  { key: 'started_at', label: 'Started' },
  { key: 'duration', label: 'Duration' },
];

export interface ListState {
  phases: string[];
  sort: Sort & { key: SortKey };
  workflow: string;
  launchPlan: string;
}

const PHASES = new Set<string>(EXECUTION_PHASES);

export function readListState(search: URLSearchParams): ListState {
  const phases = (search.get('phase') ?? '').split(',').filter((p) => PHASES.has(p));
  const key = SORT_KEYS.find((s) => s.key === search.get('sort'))?.key ?? 'created_at';
  const direction: SortDirection = search.get('dir') === 'asc' ? 'ASCENDING' : 'DESCENDING';
  return {
    phases,
    sort: { key, direction },
    workflow: search.get('workflow') ?? '',
    launchPlan: search.get('launchPlan') ?? '',
  };
}

export function writeListState(state: ListState): URLSearchParams {
  const search = new URLSearchParams();
  if (state.phases.length) search.set('phase', state.phases.join(','));
  if (state.sort.key !== 'created_at') search.set('sort', state.sort.key);
  if (state.sort.direction === 'ASCENDING') search.set('dir', 'asc');
  if (state.workflow) search.set('workflow', state.workflow);
  if (state.launchPlan) search.set('launchPlan', state.launchPlan);
  return search;
}

/** The admin's filters for a list state; names from the URL go through the same separator check as any value. */
export function listFilters(state: ListState): Filter[] {
  const filters: Filter[] = [];
  if (state.phases.length) filters.push(valueIn('phase', state.phases));
  if (state.workflow) filters.push(eq('workflow.name', filterSafe(state.workflow)));
  if (state.launchPlan) filters.push(eq('launch_plan.name', filterSafe(state.launchPlan)));
  return filters;
}
