import './execution-views.css';
import { useEffect, useRef, useState } from 'react';
import { useParams, useSearchParams } from 'react-router';
import { useQueryClient } from '@tanstack/react-query';
import { useExecution } from '../../api/execution';
import { executionDataQueryOptions } from '../../api/execution-data';
import { nodeExecutionsQueryOptions, useNodeExecutions } from '../../api/node-executions';
import { useWorkflow } from '../../api/workflow';
import { isTerminalPhase } from '../../api/phases';
import { paths } from '../../config/paths';
import { Breadcrumbs } from '../../components/breadcrumbs';
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

/** One execution (the page flytekit links to): facts, error, inputs/outputs, nodes with logs, actions. */
export function ExecutionPage() {
  const { project = '', domain = '', name = '' } = useParams();
  const id = { project, domain, name };
  const execution = useExecution(id);
  const [notice, setNotice] = useState('');
  const running = execution.data ? !isTerminalPhase(execution.data.phase) : false;
  const queryClient = useQueryClient();
  const wasRunning = useRef(running);
  const [search, setSearch] = useSearchParams();
  const tab = readTab(search.get('tab'));
  const nodeKey = search.get('node') ?? '';
  // One poll of the node list per interval feeds the graph, the table and the timeline alike.
  const nodes = useNodeExecutions(id, { live: running });
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
          <div className={nodeKey ? 'with-inspector' : undefined}>
            <section aria-labelledby="nodes-title" className="execution-views">
              <h2 id="nodes-title">Nodes</h2>
              <ExecutionTabs active={tab} onChange={selectTab}>
                {tab === 'nodes' ? (
                  <NodeExecutions id={id} running={running} selectedKey={nodeKey} onSelect={selectNode} />
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
