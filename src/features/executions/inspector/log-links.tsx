import type { TaskLog } from '../../../api/types/node-executions';
import { isWebUrl } from '../../../components/format';

/** Log links of one attempt or sub-task. Only http(s) URIs become links, opened without a handle on the console. */
export function LogLinks({ logs, label }: { logs: TaskLog[]; label: string }) {
  if (logs.length === 0) return <span className="muted">No logs</span>;
  return (
    <ul className="log-links" aria-label={label}>
      {logs.map((log, i) => (
        <li key={`${log.uri}-${i}`}>
          {isWebUrl(log.uri) ? (
            <a href={log.uri} target="_blank" rel="noopener noreferrer">
              {log.name || 'Log'}
              <span className="visually-hidden"> (opens in a new tab)</span>
            </a>
          ) : (
            <span>
              {log.name || 'Log'}: <code>{log.uri || 'no URI'}</code>
            </span>
          )}
        </li>
      ))}
    </ul>
  );
}
