import { useCallback, useMemo } from 'react';
import { useParams, useSearchParams } from 'react-router';
import type { Execution } from '../../api/types/executions';
import { liveListInterval, useExecutionList } from '../../api/executions';
import { Breadcrumbs } from '../../components/breadcrumbs';
import { countOf } from '../../components/format';
import { usePageTitle } from '../../components/page-title';
import { EmptyState, ErrorState, LoadingSkeleton } from '../../components/query-state';
import { SectionNav } from '../../components/section-nav';
import { ExecutionListControls } from './execution-list-controls';
import { ExecutionTable } from './execution-table';
import { listFilters, readListState, writeListState, type ListState } from './list-search';

/** Executions of a project/domain: filter by phase, sort, scroll through pages, live while some run. */
export function ExecutionListPage() {
  const { project = '', domain = '' } = useParams();
  const [search, setSearch] = useSearchParams();
  const state = useMemo(() => readListState(search), [search]);
  const list = useExecutionList({ project, domain, filters: listFilters(state), sort: state.sort });
  const { fetchNextPage } = list;
  const loadMore = useCallback(() => void fetchNextPage(), [fetchNextPage]);

  // Pages may overlap when new executions arrive between reads (offset paging): keep each name once.
  const rows = useMemo(() => {
    const seen = new Set<string>();
    const out: Execution[] = [];
    for (const page of list.data?.pages ?? []) {
      for (const e of page.items) {
        if (seen.has(e.id.name)) continue;
        seen.add(e.id.name);
        out.push(e);
      }
    }
    return out;
  }, [list.data]);

  const onChange = (next: ListState) => setSearch(writeListState(next), { replace: true });
  const live = liveListInterval(list.data) !== false;
  const filtered = state.phases.length > 0 || state.workflow !== '' || state.launchPlan !== '';
  usePageTitle('Executions', `${project}/${domain}`);

  return (
    <section aria-labelledby="page-title">
      <Breadcrumbs project={project} domain={domain} trail={[{ label: 'Executions' }]} />
      <SectionNav project={project} domain={domain} />
      <h1 id="page-title">Executions</h1>
      <ExecutionListControls state={state} onChange={onChange} />
      <p className="list-status" role="status" aria-live="polite">
        {list.isSuccess &&
          `${countOf(rows.length, 'execution', 'executions', list.hasNextPage)} loaded${live ? ' · live updates on' : ''}`}
      </p>
      {list.isPending ? (
        <LoadingSkeleton label="Loading executions" rows={8} />
      ) : list.isError && rows.length === 0 ? (
        <ErrorState
          title="Executions could not be loaded."
          error={list.error}
          onRetry={() => void list.refetch()}
        />
      ) : rows.length === 0 ? (
        <EmptyState>
          {filtered ? (
            <>
              No executions match these filters.{' '}
              <button
                type="button"
                className="secondary"
                onClick={() => onChange({ ...state, phases: [], workflow: '', launchPlan: '' })}
              >
                Clear filters
              </button>
            </>
          ) : (
            `Nothing has run in ${project} / ${domain} yet.`
          )}
        </EmptyState>
      ) : (
        <>
          <ExecutionTable
            project={project}
            domain={domain}
            rows={rows}
            sort={state.sort}
            hasNextPage={list.hasNextPage && !list.isFetchNextPageError}
            isFetchingNextPage={list.isFetchingNextPage}
            fetchNextPage={loadMore}
          />
          {list.isFetchNextPageError && (
            <ErrorState title="More executions could not be loaded." error={list.error} onRetry={loadMore} />
          )}
        </>
      )}
    </section>
  );
}
