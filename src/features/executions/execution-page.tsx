import './execution-views.css';
import { useEffect, useRef, useState, type ReactNode } from 'react';
import { Link, useParams, useSearchParams } from 'react-router';
import { useQueryClient } from '@tanstack/react-query';
import { useExecution } from '../../api/execution';
import { useExecutionData } from '../../api/execution-data';
import { useNodeExecutions } from '../../api/node-executions';
import { useWorkflow } from '../../api/workflow';
import { isTerminalPhase } from '../../api/phases';
import { executionKeys } from '../../api/query-keys';
import { paths } from '../../config/paths';
import { isApiError } from '../../api/api-error';
import { Breadcrumbs } from '../../components/breadcrumbs';
import { usePageTitle } from '../../components/page-title';
import { ErrorState, LoadingSkeleton } from '../../components/query-state';
import { ExecutionIo } from './execution-io';
import { ExecutionSummary } from './execution-summary';
import { ExecutionTabs, readTab, type TabId } from './execution-tabs';
import { ExecutionGraph } from './graph/execution-graph';
import { NodeInspector } from './inspector/node-inspector';
import { NodeExecutions } from './node-executions';
import { ExecutionTimeline } from './timeline/execution-timeline';
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
  // Started here, with the execution, not by the sections that render after it arrives: no request waterfall.
  const data = useExecutionData(id, { live: running });
  // One poll of the node list per interval feeds the graph, the table and the timeline alike.
  const nodes = useNodeExecutions(id, { live: running });
  // Terminate only moves a run to ABORTING (flyteadmin/pkg/repositories/transformers/execution.go:350-369);
  // ABORTED follows when propeller has stopped it. Asking again meanwhile would only replace the cause.
  const aborting = execution.data?.phase === 'ABORTING';
  const queryClient = useQueryClient();
  const wasRunning = useRef(running);
  const missing = isApiError(execution.error) && execution.error.kind === 'not-found' && !execution.data;
  usePageTitle(missing ? 'Execution not found' : name, 'Executions', `${project}/${domain}`);
  const [search, setSearch] = useSearchParams();
  const tab = readTab(search.get('tab'));
  const nodeKey = search.get('node') ?? '';
  const wf = execution.data?.workflowId;
  const workflow = useWorkflow(
    {
      project: wf?.project ?? '',
      domain: wf?.domain ?? '',
      name: wf?.name ?? '',
      version: wf?.version ?? '',
    },
    { enabled: Boolean(wf) },
  );
  // View state people share lives in the URL: the open node and the tab survive a reload and a copied link.
  const setQuery = (changes: Record<string, string | null>) =>
    setSearch(
      (current) => {
        const next = new URLSearchParams(current);
        for (const [key, value] of Object.entries(changes)) {
          if (value) next.set(key, value);
          else next.delete(key);
        }
        return next;
      },
      { replace: false },
    );
  const selectNode = (key: string) => setQuery({ node: key });
  const selectTab = (next: TabId) => setQuery({ tab: next === 'graph' ? null : next });

  // Outputs and final node phases are written as the execution ends, possibly after the last poll: read once more.
  useEffect(() => {
    if (wasRunning.current && !running) {
      void queryClient.invalidateQueries({ queryKey: executionKeys.data({ project, domain, name }) });
      void queryClient.invalidateQueries({ queryKey: executionKeys.nodes({ project, domain, name }) });
    }
    wasRunning.current = running;
  }, [running, queryClient, project, domain, name]);

  if (missing) return <ExecutionNotFound project={project} domain={domain} name={name} />;

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
            {running && !aborting && <TerminateButton id={id} onDone={setNotice} />}
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
          {aborting && (
            <p className="notice aborting-note">
              Aborting: the run stops once its running tasks have been aborted.
            </p>
          )}
          <ExecutionSummary execution={execution.data} />
          <ExecutionIo data={data} running={running} />
          <div className={nodeKey ? 'with-inspector' : undefined}>
            <section aria-labelledby="nodes-title" className="execution-views">
              <h2 id="nodes-title">Nodes</h2>
              <ExecutionTabs active={tab} onChange={selectTab}>
                {tab === 'nodes' ? (
                  <NodeExecutions
                    id={id}
                    running={running}
                    nodes={nodes}
                    selectedKey={nodeKey}
                    onSelect={selectNode}
                  />
                ) : nodes.isPending ? (
                  <LoadingSkeleton label="Loading nodes" rows={3} />
                ) : nodes.isError ? (
                  <ErrorState
                    title="Nodes could not be loaded."
                    error={nodes.error}
                    onRetry={() => void nodes.refetch()}
                  />
                ) : tab === 'graph' ? (
                  <ExecutionGraph
                    execution={execution.data}
                    nodes={nodes.data}
                    running={running}
                    selectedKey={nodeKey}
                    onSelect={selectNode}
                  />
                ) : (
                  <ExecutionTimeline
                    execution={execution.data}
                    nodes={nodes.data}
                    running={running}
                    selectedKey={nodeKey}
                    onSelect={selectNode}
                  />
                )}
              </ExecutionTabs>
            </section>
            {nodeKey && (
              <NodeInspector
                key={nodeKey}
                id={id}
                nodeKey={nodeKey}
                running={running}
                graph={workflow.data?.graph ?? null}
                onClose={() => setQuery({ node: null })}
              />
            )}
          </div>
        </>
      )}
    </section>
  );
}

/** A link to an execution that does not exist (mistyped, or from another deployment): say so, offer the list. */
function ExecutionNotFound({ project, domain, name }: { project: string; domain: string; name: string }) {
  return (
    <section aria-labelledby="page-title">
      <Breadcrumbs
        project={project}
        domain={domain}
        trail={[{ label: 'Executions', to: paths.executions(project, domain) }, { label: name }]}
      />
      <h1 id="page-title">Execution not found</h1>
      <p>
        There is no execution <code className="entity-name">{name}</code> in {project} / {domain}. Check the
        link, or the project and domain it belongs to.
      </p>
      <Link to={paths.executions(project, domain)}>
        All executions of {project} / {domain}
      </Link>
    </section>
  );
}
