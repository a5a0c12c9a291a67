import type { TaskExecution } from '../../../api/types/node-executions';
import { formatDuration } from '../../../components/format';
import { PhaseBadge } from '../../../components/phase-badge';
import { Timestamp } from '../../../components/timestamp';
import { elapsedSeconds } from '../timing';
import { LogLinks } from './log-links';

/** Every attempt of the node's task (retries included), newest last, with its error and logs. */
export function NodeAttempts({ attempts, now }: { attempts: TaskExecution[]; now: number }) {
  if (attempts.length === 0)
    return <p className="muted">No task attempts (the node runs no task, or it has not started).</p>;
  return (
    <ol className="attempts">
      {attempts.map((a) => (
        <li key={a.retryAttempt} aria-label={`Attempt ${a.retryAttempt + 1}`}>
          <h4>
            Attempt {a.retryAttempt + 1} <PhaseBadge phase={a.phase} />
          </h4>
          <p className="muted">
            Started <Timestamp value={a.startedAt} /> · ran{' '}
            {formatDuration(a.duration ?? elapsedSeconds(a.startedAt, now))}
          </p>
          {a.error && (
            <div className="node-error">
              <strong>{a.error.kind || 'Error'}</strong> {a.error.code}
              <pre>{a.error.message}</pre>
            </div>
          )}
          {a.subTasks.length > 0 ? (
            <SubTasks attempt={a} />
          ) : (
            <LogLinks logs={a.logs} label={`Logs of attempt ${a.retryAttempt + 1}`} />
          )}
        </li>
      ))}
    </ol>
  );
}

function SubTasks({ attempt }: { attempt: TaskExecution }) {
  return (
    <details>
      <summary>{attempt.subTasks.length} sub-tasks and their logs</summary>
      <table className="subtasks">
        <caption className="visually-hidden">Sub-tasks of attempt {attempt.retryAttempt + 1}</caption>
        <thead>
          <tr>
            <th scope="col">Index</th>
            <th scope="col">Phase</th>
            <th scope="col">Retries</th>
            <th scope="col">Logs</th>
          </tr>
        </thead>
        <tbody>
          {attempt.subTasks.map((s) => (
            <tr key={s.index}>
              <td>{s.index}</td>
              <td>
                <PhaseBadge phase={s.phase} />
              </td>
              <td>{s.retryAttempt}</td>
              <td>
                <LogLinks logs={s.logs} label={`Logs of sub-task ${s.index}`} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </details>
  );
}
