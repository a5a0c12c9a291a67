import { useEffect, useId, useState } from 'react';
import { Link, useParams, useSearchParams } from 'react-router';
import { NAME_WINDOW, useEntityNames, type NamedEntityKind } from '../api/entity-names';
import { Breadcrumbs } from './breadcrumbs';
import { countOf } from './format';
import { usePageTitle } from './page-title';
import { EmptyState, ErrorState, LoadingSkeleton } from './query-state';
import { SectionNav } from './section-nav';
import { useDebouncedValue } from './use-debounced-value';

const SEARCH_DEBOUNCE_MS = 300;
/** A search keeps reading windows of names by itself until this many matches are on screen... */
const AUTO_MATCHES = 20;
/** ...or this many windows were read for it; then "Search further" asks the person. */
const AUTO_WINDOWS = 5;

export interface EntityListCopy {
  kind: NamedEntityKind;
  /** "Tasks", "Launch plans" */
  title: string;
  /** "task", "launch plan" */
  one: string;
  many: string;
  link: (project: string, domain: string, name: string) => string;
  /** Where the executions of one name are listed, when the executions list can filter on this kind. */
  executions?: (project: string, domain: string, name: string) => string;
}

/**
 * Names of one kind (workflows, tasks, launch plans) in a project/domain, searchable by name, read in windows of
 * registered names ("Load more"). The admin filters inside each window, so a search may find nothing in one window
 * and matches in the next.
 */
export function EntityNameList({ copy }: { copy: EntityListCopy }) {
  const { project = '', domain = '' } = useParams();
  const [params, setParams] = useSearchParams();
  // The input owns what is typed; the URL follows after a pause, so results arriving never reset the text.
  const [text, setText] = useState(() => params.get('q') ?? '');
  const search = useDebouncedValue(text.trim(), SEARCH_DEBOUNCE_MS);
  const searchId = useId();
  const ids = useEntityNames(copy.kind, { project, domain, search });
  const windows = ids.data?.pages.length ?? 0;
  usePageTitle(copy.title, `${project}/${domain}`);

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
  const searched = windows * NAME_WINDOW;
  const lower = copy.title.toLowerCase();

  return (
    <section aria-labelledby="page-title">
      <Breadcrumbs project={project} domain={domain} trail={[{ label: copy.title }]} />
      <SectionNav project={project} domain={domain} />
      <h1 id="page-title">{copy.title}</h1>
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
            ? `${countOf(rows.length, `matching ${copy.one}`, `matching ${copy.many}`)} in the first ${searched} names`
            : countOf(rows.length, copy.one, copy.many, ids.hasNextPage)
          : ''}
      </p>
      {ids.isPending ? (
        <LoadingSkeleton label={`Loading ${lower}`} />
      ) : ids.isError && rows.length === 0 ? (
        <ErrorState
          title={`${copy.title} could not be loaded.`}
          error={ids.error}
          onRetry={() => void ids.refetch()}
        />
      ) : rows.length === 0 && !ids.hasNextPage ? (
        <EmptyState>
          {search ? `No ${copy.one} name contains "${search}".` : `No ${lower} are registered here yet.`}
        </EmptyState>
      ) : rows.length === 0 && (keepSearching || ids.isFetching) ? (
        <LoadingSkeleton label={`Searching ${lower}`} />
      ) : rows.length === 0 ? (
        <>
          <EmptyState>
            No {copy.one} name among the first {searched} contains "{search}".
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
            <caption className="visually-hidden">
              {copy.title} in {`${project} / ${domain}`}
            </caption>
            <thead>
              <tr>
                <th scope="col">Name</th>
                {copy.executions && <th scope="col">Executions</th>}
              </tr>
            </thead>
            <tbody>
              {rows.map((id) => (
                <tr key={id.name}>
                  <td>
                    <Link to={copy.link(project, domain, id.name)}>{id.name}</Link>
                  </td>
                  {copy.executions && (
                    <td>
                      <Link
                        to={copy.executions(project, domain, id.name)}
                        aria-label={`Executions of ${id.name}`}
                      >
                        executions
                      </Link>
                    </td>
                  )}
                </tr>
              ))}
            </tbody>
          </table>
          {ids.isFetchNextPageError && (
            <ErrorState
              title={`More ${lower} could not be loaded.`}
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
              {ids.isFetchingNextPage ? 'Loading…' : `Load more ${lower}`}
            </button>
          )}
        </>
      )}
    </section>
  );
}
