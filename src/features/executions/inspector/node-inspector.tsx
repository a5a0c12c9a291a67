import { useEffect, useRef } from 'react';
import { Link } from 'react-router';
import type { ExecutionId } from '../../../api/types/common';
import { identifierKey } from '../../../api/decode-graph';
import type { CompiledGraph } from '../../../api/types/graph';
import { useNodeExecution } from '../../../api/node-execution';
import { useNodeExecutionData } from '../../../api/node-execution-data';
import { isTerminalPhase } from '../../../api/phases';
import { useTaskExecutions } from '../../../api/task-executions';
import { paths } from '../../../config/paths';
import { formatDuration, formatEnum } from '../../../components/format';
import { LiteralData } from '../../../components/literal-data';
import { PhaseBadge } from '../../../components/phase-badge';
import { ErrorState, LoadingSkeleton } from '../../../components/query-state';
import { Timestamp } from '../../../components/timestamp';
import { elapsedSeconds } from '../timing';
import { useNow } from '../use-now';
import { NodeAttempts } from './node-attempts';
import { TaskFacts } from './task-facts';

interface Props {
  id: ExecutionId;
  /** flyteadmin's unique node id (`n2`, `n1-0-n0`), as in the URL's `?node=`. */
  nodeKey: string;
  running: boolean;
  graph: CompiledGraph | null;
  onClose: () => void;
}

/**
 * One node of the run: phase, timing, error, every attempt with its logs, inputs and outputs, cache status, the
 * task's spec and a child execution. It is the only place that polls task executions for a node.
 */
export function NodeInspector({ id, nodeKey, running, graph, onClose }: Props) {
  const params = { ...id, nodeId: nodeKey };
  const node = useNodeExecution(params, { live: running });
  const nodeLive = running && !(node.data && isTerminalPhase(node.data.phase));
  const attempts = useTaskExecutions(params, { live: nodeLive });
  const data = useNodeExecutionData(params);
  const now = useNow(nodeLive);
  const heading = useRef<HTMLHeadingElement>(null);

  useEffect(() => heading.current?.focus(), [nodeKey]);
  // Outputs are written when the node succeeds: read them again when its phase changes, not on a timer.
  const phase = node.data?.phase;
  const refetchData = data.refetch;
  useEffect(() => {
    if (phase) void refetchData();
  }, [phase, refetchData]);

  const taskId = attempts.data?.find((a) => a.taskId)?.taskId ?? null;
  const task = taskId ? graph?.tasks.find((t) => identifierKey(t.id) === identifierKey(taskId)) : undefined;

  return (
    <section className="inspector" aria-labelledby="inspector-title">
      <div className="inspector-header">
        <h2 id="inspector-title" tabIndex={-1} ref={heading}>
          Node <code>{nodeKey}</code>
        </h2>
        <button type="button" className="secondary" onClick={onClose}>
          Close node details
        </button>
      </div>
      {node.isPending ? (
        <LoadingSkeleton label="Loading the node" rows={3} />
      ) : node.isError ? (
        <ErrorState
          title={`Node ${nodeKey} could not be loaded.`}
          error={node.error}
          onRetry={() => void node.refetch()}
        />
      ) : (
        <>
          <dl className="facts">
            <dt>Phase</dt>
            <dd>
              <PhaseBadge phase={node.data.phase} />
            </dd>
            <dt>Queued</dt>
            <dd>
              <Timestamp value={node.data.createdAt} />
            </dd>
            <dt>Started</dt>
            <dd>
              <Timestamp value={node.data.startedAt} />
            </dd>
            <dt>Duration</dt>
            <dd>{formatDuration(node.data.duration ?? elapsedSeconds(node.data.startedAt, now))}</dd>
            <dt>Cache</dt>
            <dd>{node.data.cacheStatus ? formatEnum(node.data.cacheStatus.replace(/^CACHE_/, '')) : '—'}</dd>
            {node.data.childExecution && (
              <>
                <dt>Child execution</dt>
                <dd>
                  <Link
                    to={paths.execution(
                      node.data.childExecution.project,
                      node.data.childExecution.domain,
                      node.data.childExecution.name,
                    )}
                  >
                    {node.data.childExecution.name}
                  </Link>
                </dd>
              </>
            )}
          </dl>
          {node.data.error && (
            <div className="node-error" role="group" aria-label="Node error">
              <strong>{node.data.error.kind || 'Error'} error</strong> <code>{node.data.error.code}</code>
              <pre>{node.data.error.message}</pre>
            </div>
          )}
        </>
      )}
      <h3>Attempts</h3>
      {attempts.isPending ? (
        <LoadingSkeleton label="Loading attempts" rows={2} />
      ) : attempts.isError ? (
        <ErrorState
          title="Attempts could not be loaded."
          error={attempts.error}
          onRetry={() => void attempts.refetch()}
        />
      ) : (
        <NodeAttempts attempts={attempts.data} now={now} />
      )}
      {task && <TaskFacts task={task} />}
      <h3>Inputs</h3>
      {data.isPending ? (
        <LoadingSkeleton label="Loading inputs" rows={1} />
      ) : data.isError ? (
        <ErrorState
          title="Inputs and outputs could not be loaded."
          error={data.error}
          onRetry={() => void data.refetch()}
        />
      ) : (
        <LiteralData data={data.data} pick="inputs" empty="No inputs." />
      )}
      <h3>Outputs</h3>
      {data.data && <LiteralData data={data.data} pick="outputs" empty="No outputs (yet)." />}
    </section>
  );
}
