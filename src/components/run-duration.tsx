import { isTerminalPhase } from '../api/phases';
import { formatDuration } from './format';
import { useNow } from './use-now';

interface Props {
  phase: string;
  /** RFC 3339, or "" before the run started. */
  startedAt: string;
  /** Seconds; flyteadmin sets it only with the final event, so it is null while the run is going. */
  duration: number | null;
}

/**
 * How long a run (execution, node or attempt) has taken. flyteadmin reports `duration: null` until the final
 * event (flyteadmin/pkg/repositories/transformers/execution.go:244-247, node_execution.go:49-62), also while
 * FAILING or ABORTING, so a run that is not over shows the time since `started_at`, ticking each second.
 */
export function RunDuration({ phase, startedAt, duration }: Props) {
  const over = isTerminalPhase(phase);
  const started = startedAt ? Date.parse(startedAt) : Number.NaN;
  const ticking = !over && duration === null && Number.isFinite(started);
  const now = useNow(ticking);
  if (duration !== null) return <>{formatDuration(duration)}</>;
  if (!ticking) return <>—</>;
  return (
    <span title="Still running: time since it started">
      {formatDuration(Math.max(0, Math.floor((now - started) / 1000)))}
      <span className="visually-hidden"> so far</span>
    </span>
  );
}
