import { useTaskExecutions } from '../../api/task-executions';
import type { ExecutionId } from '../../api/types/common';
import { isWebUrl } from '../../components/format';

/**
 * Log links of every attempt of a node's task. Only http(s) URIs become links (a javascript: or s3:// URI stays
 * text), and links open in a new tab without giving the log viewer a handle on the console (noopener).
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
  const logs = tasks.data.flatMap((t) =>
    t.logs.map((log, i) => ({ ...log, key: `${t.retryAttempt}-${i}`, attempt: t.retryAttempt })),
  );
  if (logs.length === 0) return <span className="muted">No logs</span>;
  const multipleAttempts = new Set(logs.map((l) => l.attempt)).size > 1;
  return (
    <ul className="log-links">
      {logs.map((log) => {
        const label = `${log.name || 'Log'}${multipleAttempts ? ` (attempt ${log.attempt + 1})` : ''}`;
        return (
          <li key={log.key}>
            {isWebUrl(log.uri) ? (
              <a href={log.uri} target="_blank" rel="noopener noreferrer">
                {label}
                <span className="visually-hidden"> (opens in a new tab)</span>
              </a>
            ) : (
              <span>
                {label}: <code>{log.uri || 'no URI'}</code>
              </span>
            )}
          </li>
        );
      })}
    </ul>
  );
}
