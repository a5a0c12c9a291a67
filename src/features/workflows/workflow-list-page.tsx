import { useEffect, useId, useState } from 'react';
import { Link, useParams, useSearchParams } from 'react-router';
import { useWorkflowIds } from '../../api/workflow-ids';
import { paths } from '../../config/paths';
import { Breadcrumbs } from '../../components/breadcrumbs';
import { countOf } from '../../components/format';
import { EmptyState, ErrorState, LoadingSkeleton } from '../../components/query-state';
import { SectionNav } from '../../components/section-nav';
import { useDebouncedValue } from '../../components/use-debounced-value';
import { usePageTitle } from '../../components/page-title';

export const SEARCH_DEBOUNCE_MS = 300;

/** Workflow names of a project/domain, searchable by name, paged by the admin's tokens ("Load more"). */
export function WorkflowListPage() {
  const { project = '', domain = '' } = useParams();
  const [params, setParams] = useSearchParams();
  // The input owns what is typed; the URL follows after a pause, so results arriving never reset the text.
  const [text, setText] = useState(() => params.get('q') ?? '');
  const search = useDebouncedValue(text.trim(), SEARCH_DEBOUNCE_MS);
  const searchId = useId();
  const ids = useWorkflowIds({ project, domain, search });
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
        {ids.isSuccess ? countOf(rows.length, 'workflow', 'workflows', ids.hasNextPage) : ''}
      </p>
      {ids.isPending ? (
        <LoadingSkeleton label="Loading workflows" />
      ) : ids.isError && rows.length === 0 ? (
        <ErrorState
          title="Workflows could not be loaded."
          error={ids.error}
          onRetry={() => void ids.refetch()}
        />
      ) : rows.length === 0 ? (
        <EmptyState>
          {search ? `No workflow name contains "${search}".` : 'No workflows are registered here yet.'}
        </EmptyState>
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
