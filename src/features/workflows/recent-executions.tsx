import { Link } from 'react-router';
import { useExecutionList } from '../../api/executions';
import { eq } from '../../api/filters';
import { paths } from '../../config/paths';
import { RunDuration } from '../../components/run-duration';
import { PhaseBadge } from '../../components/phase-badge';
import { EmptyState, ErrorState, LoadingSkeleton } from '../../components/query-state';
import { Timestamp } from '../../components/timestamp';

const RECENT = 10;

/** The newest executions of a workflow (any version), live while some are running. */
export function RecentExecutions({
  project,
  domain,
  name,
}: {
  project: string;
  domain: string;
  name: string;
}) {
  const list = useExecutionList({
    project,
    domain,
    filters: [eq('workflow.name', name)],
    sort: { key: 'created_at', direction: 'DESCENDING' },
    limit: RECENT,
  });
  const rows = list.data?.pages[0]?.items ?? [];

  if (list.isPending) return <LoadingSkeleton label="Loading recent executions" rows={3} />;
  if (list.isError) {
    return (
      <ErrorState
        title="Recent executions could not be loaded."
        error={list.error}
        onRetry={() => void list.refetch()}
      />
    );
  }
  if (rows.length === 0) return <EmptyState>{name} has not been executed yet.</EmptyState>;
  return (
    <>
      <table>
        <caption className="visually-hidden">Recent executions of {name}</caption>
        <thead>
          <tr>
            <th scope="col">Execution</th>
            <th scope="col">Phase</th>
            <th scope="col">Created</th>
            <th scope="col">Duration</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((e) => (
            <tr key={e.id.name}>
              <td>
                <Link to={paths.execution(project, domain, e.id.name)}>{e.id.name}</Link>
              </td>
              <td>
                <PhaseBadge phase={e.phase} />
              </td>
              <td>
                <Timestamp value={e.createdAt} />
              </td>
              <td>
                <RunDuration phase={e.phase} startedAt={e.startedAt} duration={e.duration} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <p>
        <Link to={paths.executions(project, domain, { workflow: name })}>All executions of {name}</Link>
      </p>
    </>
  );
}
