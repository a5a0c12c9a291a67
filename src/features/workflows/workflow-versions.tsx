import { Link } from 'react-router';
import { useWorkflowVersions } from '../../api/workflow-versions';
import { paths } from '../../config/paths';
import { EmptyState, ErrorState, LoadingSkeleton } from '../../components/query-state';
import { Timestamp } from '../../components/timestamp';

interface Props {
  project: string;
  domain: string;
  name: string;
  /** The version shown in the interface section ("" until the newest is known). */
  selected: string;
}

/** Registered versions, newest first; choosing one puts it in the URL (?version=) so the view is linkable. */
export function WorkflowVersions({ project, domain, name, selected }: Props) {
  const versions = useWorkflowVersions({ project, domain, name });
  const rows = versions.data?.pages.flatMap((p) => p.items) ?? [];

  if (versions.isPending) return <LoadingSkeleton label="Loading versions" rows={3} />;
  if (versions.isError && rows.length === 0) {
    return (
      <ErrorState
        title="Versions could not be loaded."
        error={versions.error}
        onRetry={() => void versions.refetch()}
      />
    );
  }
  if (rows.length === 0) return <EmptyState>No versions of {name} are registered.</EmptyState>;
  return (
    <>
      <table>
        <caption className="visually-hidden">Versions of {name}</caption>
        <thead>
          <tr>
            <th scope="col">Version</th>
            <th scope="col">Registered</th>
            <th scope="col">Description</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((w) => (
            <tr key={w.id.version} className={w.id.version === selected ? 'selected' : undefined}>
              <td>
                <Link
                  to={paths.workflow(project, domain, name, w.id.version)}
                  aria-current={w.id.version === selected ? 'true' : undefined}
                  replace
                >
                  {w.id.version}
                </Link>
              </td>
              <td>
                <Timestamp value={w.createdAt} />
              </td>
              <td>{w.shortDescription || '—'}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {versions.hasNextPage && (
        <button
          type="button"
          className="secondary"
          disabled={versions.isFetchingNextPage}
          onClick={() => void versions.fetchNextPage()}
        >
          {versions.isFetchingNextPage ? 'Loading…' : 'Load older versions'}
        </button>
      )}
    </>
  );
}
