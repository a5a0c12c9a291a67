import { lazy, Suspense } from 'react';
import { LoadingSkeleton } from '../../components/query-state';

// Below the page's facts and form: its code (the execution list's decoders, phases, durations) loads with it,
// in parallel with the page's own reads, instead of weighing on the page's chunk.
const RecentExecutions = lazy(async () => ({
  default: (await import('../../components/recent-executions')).RecentExecutions,
}));

/**
 * The "Recent executions" section of the task and launch plan pages: the executions launched from one launch plan
 * name (any version). A task run on its own is launched through the `.flytegen.<task>` launch plan flyteadmin
 * generates for it (pkg/manager/impl/util/single_task_execution.go:29,46-48,170-177; execution_manager.go:489),
 * so a task's executions are found by that launch plan name: executions have no join on tasks.
 */
export function RecentExecutionsSection({
  launchPlan,
  ...props
}: {
  project: string;
  domain: string;
  /** The launch plan name the executions carry. */
  launchPlan: string;
  /** What the person knows the entity as (the task's own name for a task). */
  label: string;
}) {
  return (
    <>
      <h2>Recent executions</h2>
      <Suspense fallback={<LoadingSkeleton label="Loading recent executions" rows={3} />}>
        <RecentExecutions {...props} of={{ launchPlan }} />
      </Suspense>
    </>
  );
}
