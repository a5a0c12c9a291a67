import { Link } from 'react-router';
import { useExecutionList } from '../api/executions';
import { eq } from '../api/filters';
import { paths, type ExecutionListFilter } from '../config/paths';
import { PhaseBadge } from './phase-badge';
import { EmptyState, ErrorState, LoadingSkeleton } from './query-state';
import { RunDuration } from './run-duration';
import { Timestamp } from './timestamp';

const RECENT = 10;

/**
 * The newest executions of a workflow or of a launch plan name (any version), with a link to all of them in the
 * executions list. Shared by the workflow, task and launch plan pages, which filter on different fields.
 */
export function RecentExecutions({
  project,
  domain,
  of,
  label,
}: {
  project: string;
  domain: string;
  /** Exactly one of the two: the workflow name, or the launch plan name the executions carry. */
  of: Required<Pick<ExecutionListFilter, 'workflow'>> | Required<Pick<ExecutionListFilter, 'launchPlan'>>;
  /** What the person knows the entity as (the task's own name for a task). */
  label: string;
}) {
  const filter = 'workflow' in of ? eq('workflow.name', of.workflow) : eq('launch_plan.name', of.launchPlan);
  const list = useExecutionList({
    project,
    domain,
    filters: [filter],
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
        <Link to={paths.executions(project, domain, of)}>All executions of {label}</Link>
      </p>
    </>
  );
}
