import { useEffect, useId, useState } from 'react';
import { Link, useParams, useSearchParams } from 'react-router';
import { useWorkflowNames, WORKFLOW_WINDOW } from '../../api/workflow-names';
import { paths } from '../../config/paths';
import { Breadcrumbs } from '../../components/breadcrumbs';
import { countOf } from '../../components/format';
import { EmptyState, ErrorState, LoadingSkeleton } from '../../components/query-state';
import { SectionNav } from '../../components/section-nav';
import { useDebouncedValue } from '../../components/use-debounced-value';
import { usePageTitle } from '../../components/page-title';

export const SEARCH_DEBOUNCE_MS = 300;
/** A search keeps reading windows of names by itself until this many matches are on screen... */
const AUTO_MATCHES = 20;
/** ...or this many windows were read for it; then "Search further" asks the person. */
const AUTO_WINDOWS = 5;

/**
 * Workflow names of a project/domain, searchable by name, read in windows of registered names ("Load more").
 * The admin filters inside each window, so a search may find nothing in one window and matches in the next.
 */
export function WorkflowListPage() {
  const { project = '', domain = '' } = useParams();
  const [params, setParams] = useSearchParams();
  // The input owns what is typed; the URL follows after a pause, so results arriving never reset the text.
  const [text, setText] = useState(() => params.get('q') ?? '');
  const search = useDebouncedValue(text.trim(), SEARCH_DEBOUNCE_MS);
  const searchId = useId();
  const ids = useWorkflowNames({ project, domain, search });
  const windows = ids.data?.pages.length ?? 0;
  usePageTitle('Workflows', `${project}/${domain}`);

  useEffect(() => {
    setParams(
      (prev) => {
        const next = new URLSearchParams(prev);
        if (search) next.set('q', search);
        else next.delete('q');
        return next;
      },
      { replace: true },
    );
  }, [search, setParams]);

  const rows = ids.data?.pages.flatMap((p) => p.items) ?? [];
  const { hasNextPage, isFetching, isError, fetchNextPage } = ids;
  // Only for a search, and bounded: at most AUTO_WINDOWS windows per search without the person asking.
  const keepSearching =
    search !== '' &&
    hasNextPage &&
    !isFetching &&
    !isError &&
    rows.length < AUTO_MATCHES &&
    windows < AUTO_WINDOWS;
  // `windows` is a dependency so each window that arrives can ask for the next one.
  useEffect(() => {
    if (keepSearching) void fetchNextPage();
  }, [keepSearching, windows, fetchNextPage]);
  const searched = windows * WORKFLOW_WINDOW;

  return (
    <section aria-labelledby="page-title">
      <Breadcrumbs project={project} domain={domain} trail={[{ label: 'Workflows' }]} />
      <SectionNav project={project} domain={domain} />
      <h1 id="page-title">Workflows</h1>
      <div className="toolbar">
        <label htmlFor={searchId}>Search by name</label>
        <input
          id={searchId}
          type="search"
          value={text}
          onChange={(e) => setText(e.target.value)}
          autoComplete="off"
        />
      </div>
      <p className="visually-hidden" role="status" aria-live="polite">
        {ids.isSuccess && !ids.isFetching
          ? search && ids.hasNextPage
            ? `${countOf(rows.length, 'matching workflow', 'matching workflows')} in the first ${searched} names`
            : countOf(rows.length, 'workflow', 'workflows', ids.hasNextPage)
          : ''}
      </p>
      {ids.isPending ? (
        <LoadingSkeleton label="Loading workflows" />
      ) : ids.isError && rows.length === 0 ? (
        <ErrorState
          title="Workflows could not be loaded."
          error={ids.error}
          onRetry={() => void ids.refetch()}
        />
      ) : rows.length === 0 && !ids.hasNextPage ? (
        <EmptyState>
          {search ? `No workflow name contains "${search}".` : 'No workflows are registered here yet.'}
        </EmptyState>
      ) : rows.length === 0 && (keepSearching || ids.isFetching) ? (
        <LoadingSkeleton label="Searching workflows" />
      ) : rows.length === 0 ? (
        <>
          <EmptyState>
            No workflow name among the first {searched} contains "{search}".
          </EmptyState>
          <button
            type="button"
            className="secondary"
            disabled={ids.isFetchingNextPage}
            onClick={() => void ids.fetchNextPage()}
          >
            {ids.isFetchingNextPage ? 'Searching…' : 'Search further'}
          </button>
        </>
      ) : (
        <>
          <table>
            <caption className="visually-hidden">Workflows in {`${project} / ${domain}`}</caption>
            <thead>
              <tr>
                <th scope="col">Name</th>
                <th scope="col">Executions</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((id) => (
                <tr key={id.name}>
                  <td>
                    <Link to={paths.workflow(project, domain, id.name)}>{id.name}</Link>
                  </td>
                  <td>
                    <Link
                      to={paths.executions(project, domain, { workflow: id.name })}
                      aria-label={`Executions of ${id.name}`}
                    >
                      executions
                    </Link>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          {ids.isFetchNextPageError && (
            <ErrorState
              title="More workflows could not be loaded."
              error={ids.error}
              onRetry={() => void ids.fetchNextPage()}
            />
          )}
          {ids.hasNextPage && (
            <button
              type="button"
              className="secondary"
              disabled={ids.isFetchingNextPage}
              onClick={() => void ids.fetchNextPage()}
            >
              {ids.isFetchingNextPage ? 'Loading…' : 'Load more workflows'}
            </button>
          )}
        </>
      )}
    </section>
  );
}
