import { lazy, Suspense, type ComponentProps } from 'react';
import { LoadingSkeleton } from '../../components/query-state';

// Below the page's facts and form: its code (the execution list's decoders, phases, durations) loads with it,
// in parallel with the page's own reads, instead of weighing on the page's chunk.
const RecentExecutions = lazy(async () => ({
  default: (await import('./recent-executions')).RecentExecutions,
}));

/** The "Recent executions" section of the task and launch plan pages. */
export function RecentExecutionsSection(props: ComponentProps<typeof RecentExecutions>) {
  return (
    <>
      <h2>Recent executions</h2>
      <Suspense fallback={<LoadingSkeleton label="Loading recent executions" rows={3} />}>
        <RecentExecutions {...props} />
      </Suspense>
    </>
  );
}
