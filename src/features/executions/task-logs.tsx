import { useTaskExecutions } from '../../api/task-executions';
import type { ExecutionId } from '../../api/types/common';
import type { TaskLog } from '../../api/types/node-executions';
import { formatEnum, isWebUrl } from '../../components/format';

/**
 * Log links of every attempt of a node's task. A map task (ArrayNode) has no logs of its own: they are per sub-task
 * in `closure.metadata.external_resources` (flyteidl/protos/flyteidl/event/event.proto:272-302), shown here by
 * index and phase. Only http(s) URIs become links (a javascript: or s3:// URI stays text), and links open in a new
 * tab without giving the log viewer a handle on the console (noopener).
 */
export function TaskLogs({ id, nodeId, live }: { id: ExecutionId; nodeId: string; live: boolean }) {
  const tasks = useTaskExecutions({ ...id, nodeId }, { live });
  if (tasks.isPending) return <span className="muted">Loading logs…</span>;
  if (tasks.isError) {
    return (
      <span className="muted">
        Logs unavailable.{' '}
        <button type="button" className="link-button" onClick={() => void tasks.refetch()}>
          Retry
        </button>
      </span>
    );
  }
  const attempts = tasks.data.filter((t) => t.logs.length > 0 || t.subTasks.length > 0);
  if (attempts.length === 0) return <span className="muted">No logs</span>;
  const multipleAttempts = attempts.length > 1;
  return (
    <ul className="log-links">
      {attempts.flatMap((t) => {
        const suffix = multipleAttempts ? ` (attempt ${t.retryAttempt + 1})` : '';
        const own = t.logs.map((log, i) => (
          <li key={`${t.retryAttempt}-${i}`}>
            <LogLink log={log} label={`${log.name || 'Log'}${suffix}`} />
          </li>
        ));
        if (t.subTasks.length === 0) return own;
        return [
          ...own,
          <li key={`${t.retryAttempt}-subtasks`}>
            <span>Sub-tasks{suffix}</span>
            <ul className="subtask-logs" aria-label={`Sub-tasks${suffix}`}>
              {t.subTasks.map((s) => (
                <li key={s.index}>
                  Item {s.index} · {formatEnum(s.phase)}
                  {s.logs.length === 0 ? (
                    <span className="muted"> · no logs yet</span>
                  ) : (
                    s.logs.map((log, i) => (
                      <span key={i}>
                        {' · '}
                        <LogLink log={log} label={`${log.name || 'Log'} (item ${s.index})`} />
                      </span>
                    ))
                  )}
                </li>
              ))}
            </ul>
          </li>,
        ];
      })}
    </ul>
  );
}

function LogLink({ log, label }: { log: TaskLog; label: string }) {
  if (!isWebUrl(log.uri)) {
    return (
      <span>
        {label}: <code>{log.uri || 'no URI'}</code>
      </span>
    );
  }
  return (
    <a href={log.uri} target="_blank" rel="noopener noreferrer">
      {label}
      <span className="visually-hidden"> (opens in a new tab)</span>
    </a>
  );
}
