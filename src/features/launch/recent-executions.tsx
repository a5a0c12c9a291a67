import { Link } from 'react-router';
import { useExecutionList } from '../../api/executions';
import { eq } from '../../api/filters';
import { paths } from '../../config/paths';
import { PhaseBadge } from '../../components/phase-badge';
import { EmptyState, ErrorState, LoadingSkeleton } from '../../components/query-state';
import { RunDuration } from '../../components/run-duration';
import { Timestamp } from '../../components/timestamp';

const RECENT = 10;

/**
 * The newest executions launched from one launch plan name (any version). A task run on its own is launched
 * through the `.flytegen.<task>` launch plan flyteadmin generates for it (pkg/manager/impl/util/
 * single_task_execution.go:29,46-48,170-177; execution_manager.go:489), so a task's executions are found by that
 * launch plan name: executions have no join on tasks.
 */
export function RecentExecutions({
  project,
  domain,
  launchPlan,
  label,
}: {
  project: string;
  domain: string;
  /** The launch plan name the executions carry. */
  launchPlan: string;
  /** What the person knows the entity as (the task's own name for a task). */
  label: string;
}) {
  const list = useExecutionList({
    project,
    domain,
    filters: [eq('launch_plan.name', launchPlan)],
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
  if (rows.length === 0) return <EmptyState>{label} has not been executed yet.</EmptyState>;
  return (
    <>
      <table>
        <caption className="visually-hidden">Recent executions of {label}</caption>
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
        <Link to={paths.executions(project, domain, { launchPlan })}>All executions of {label}</Link>
      </p>
    </>
  );
}
