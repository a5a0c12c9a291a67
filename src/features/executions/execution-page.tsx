import { useEffect, useRef, useState, type ReactNode } from 'react';
import { useParams } from 'react-router';
import { useQueryClient } from '@tanstack/react-query';
import { useExecution } from '../../api/execution';
import { executionDataQueryOptions } from '../../api/execution-data';
import { nodeExecutionsQueryOptions } from '../../api/node-executions';
import { isTerminalPhase } from '../../api/phases';
import { paths } from '../../config/paths';
import { Breadcrumbs } from '../../components/breadcrumbs';
import { ErrorState, LoadingSkeleton } from '../../components/query-state';
import { ExecutionIo } from './execution-io';
import { ExecutionSummary } from './execution-summary';
import { NodeExecutions } from './node-executions';
import { RelaunchButton } from './relaunch-button';
import { TerminateButton } from './terminate-button';

/**
 * One execution (the page flytekit links to): facts, error, inputs/outputs, nodes with logs, actions. `actions`
 * are what the app composes in from other features (relaunch with a form, recover).
 */
export function ExecutionPage({ actions }: { actions?: ReactNode }) {
  const { project = '', domain = '', name = '' } = useParams();
  const id = { project, domain, name };
  const execution = useExecution(id);
  // The router keeps this page mounted from one execution to the next (Relaunch navigates here): a notice
  // belongs to the execution it was about and is not shown on another one.
  const [noticeOf, setNoticeOf] = useState({ name: '', text: '' });
  const setNotice = (text: string) => setNoticeOf({ name, text });
  const notice = noticeOf.name === name ? noticeOf.text : '';
  const running = execution.data ? !isTerminalPhase(execution.data.phase) : false;
  const queryClient = useQueryClient();
  const wasRunning = useRef(running);

  // Outputs and final node phases are written as the execution ends, possibly after the last poll: read once more.
  useEffect(() => {
    if (wasRunning.current && !running) {
      void queryClient.invalidateQueries({
        queryKey: executionDataQueryOptions({ project, domain, name }).queryKey,
      });
      void queryClient.invalidateQueries({
        queryKey: nodeExecutionsQueryOptions({ project, domain, name }).queryKey,
      });
    }
    wasRunning.current = running;
  }, [running, queryClient, project, domain, name]);

  return (
    <section aria-labelledby="page-title">
      <Breadcrumbs
        project={project}
        domain={domain}
        trail={[{ label: 'Executions', to: paths.executions(project, domain) }, { label: name }]}
      />
      <div className="page-header">
        <h1 id="page-title">{name}</h1>
        {execution.data && (
          <div className="actions">
            {running && <TerminateButton id={id} onDone={setNotice} />}
            <RelaunchButton id={id} />
          </div>
        )}
      </div>
      {execution.data && actions && <div className="page-launch">{actions}</div>}
      <p className={notice ? 'notice' : 'visually-hidden'} role="status" aria-live="polite">
        {notice}
      </p>
      {execution.isPending ? (
        <LoadingSkeleton label="Loading execution" rows={6} />
      ) : execution.isError && !execution.data ? (
        <ErrorState
          title={`Execution ${name} could not be loaded.`}
          error={execution.error}
          onRetry={() => void execution.refetch()}
        />
      ) : (
        <>
          <ExecutionSummary execution={execution.data} />
          <ExecutionIo id={id} running={running} />
          <section aria-labelledby="nodes-title">
            <h2 id="nodes-title">Nodes</h2>
            <NodeExecutions id={id} running={running} />
          </section>
        </>
      )}
    </section>
  );
}
