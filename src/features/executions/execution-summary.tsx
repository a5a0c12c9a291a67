import { Link } from 'react-router';
import type { Execution } from '../../api/types/executions';
import { paths } from '../../config/paths';
import { formatEnum } from '../../components/format';
import { PhaseBadge } from '../../components/phase-badge';
import { RunDuration } from '../../components/run-duration';
import { Timestamp } from '../../components/timestamp';
import { ExecutionOrigin } from './execution-origin';

/** The facts of one execution as a description list; the phase is a live region so changes are announced. */
export function ExecutionSummary({ execution: e }: { execution: Execution }) {
  const wf = e.workflowId;
  const lp = e.launchPlan;
  return (
    <>
      <dl className="facts">
        <div>
          <dt>Phase</dt>
          <dd>
            {/* The live region sits inside the <dd>: a <dd> with a role is no longer a definition. */}
            <span role="status" aria-live="polite" aria-atomic="true">
              <PhaseBadge phase={e.phase} />
            </span>
          </dd>
        </div>
        <div>
          <dt>Created</dt>
          <dd>
            <Timestamp value={e.createdAt} />
          </dd>
        </div>
        <div>
          <dt>Started</dt>
          <dd>
            <Timestamp value={e.startedAt} />
          </dd>
        </div>
        <div>
          <dt>Duration</dt>
          <dd>
            <RunDuration phase={e.phase} startedAt={e.startedAt} duration={e.duration} />
          </dd>
        </div>
        <div>
          <dt>Launched by</dt>
          <dd>
            {e.principal || 'unknown'}
            {e.mode && <span className="muted"> ({formatEnum(e.mode)})</span>}
          </dd>
        </div>
        <ExecutionOrigin execution={e} />
        <div>
          <dt>Workflow</dt>
          <dd>
            {wf ? (
              <>
                <Link
                  className="entity-name"
                  to={paths.workflow(wf.project, wf.domain, wf.name, wf.version || undefined)}
                >
                  {wf.name}
                </Link>
                {wf.version && <span className="muted"> @ {wf.version}</span>}
              </>
            ) : (
              '—'
            )}
          </dd>
        </div>
        <div>
          <dt>Launch plan</dt>
          <dd>
            {lp ? (
              <>
                <Link
                  className="entity-name"
                  to={
                    lp.version
                      ? paths.launchPlanVersion(lp.project, lp.domain, lp.name, lp.version)
                      : paths.launchPlan(lp.project, lp.domain, lp.name)
                  }
                >
                  {lp.name}
                </Link>
                {lp.version && <span className="muted"> @ {lp.version}</span>}
                <br />
                <Link
                  className="secondary-link"
                  to={paths.executions(lp.project, lp.domain, { launchPlan: lp.name })}
                >
                  Executions of this launch plan
                </Link>
              </>
            ) : (
              '—'
            )}
          </dd>
        </div>
      </dl>
      {e.error && (
        <section className="execution-error" aria-labelledby="error-title">
          <h2 id="error-title">Error{e.error.kind ? ` (${formatEnum(e.error.kind)})` : ''}</h2>
          {e.error.code && <p className="muted">{e.error.code}</p>}
          <pre className="error-detail">{e.error.message || 'No message.'}</pre>
        </section>
      )}
      {e.abortCause && (
        <p className="abort-cause">
          Terminated{e.abortPrincipal ? ` by ${e.abortPrincipal}` : ''}: {e.abortCause}
        </p>
      )}
    </>
  );
}
