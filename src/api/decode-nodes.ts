import { arr, nullable, obj, optBool, optStr, str, type Decoder } from './decode';
import { duration, executionId, identifier, phase, timestamp } from './decode-common';
import { executionError } from './decode-executions';
import type { NodeExecution, Subtask, TaskExecution, TaskLog } from './types/node-executions';

export const nodeExecution: Decoder<NodeExecution> = (value, path) => {
  const n = obj({
    id: obj({ node_id: str, execution_id: executionId }),
    closure: obj({
      phase,
      started_at: timestamp,
      duration,
      error: nullable(executionError),
      // The field is named `executionId` in the proto (flyteidl/protos/flyteidl/admin/node_execution.proto:184-187),
      // so it stays camelCase even in flyteadmin's snake_case JSON.
      workflow_node_metadata: nullable(obj({ executionId: nullable(executionId) })),
    }),
    metadata: nullable(obj({ spec_node_id: optStr, is_parent_node: optBool, is_dynamic: optBool })),
  })(value, path);
  return {
    nodeId: n.id.node_id,
    executionId: n.id.execution_id,
    specNodeId: n.metadata?.spec_node_id ?? '',
    isParentNode: n.metadata?.is_parent_node ?? false,
    phase: n.closure.phase,
    startedAt: n.closure.started_at,
    duration: n.closure.duration,
    error: n.closure.error,
    isDynamic: n.metadata?.is_dynamic ?? false,
    childExecution: n.closure.workflow_node_metadata?.executionId ?? null,
  };
};

const taskLog = obj<TaskLog>({ uri: optStr, name: optStr });

/** index is a uint32 (a JSON number); retry_attempt likewise. */
const uint: Decoder<number> = (value) => (typeof value === 'number' ? value : Number(value ?? 0) || 0);

const subtask: Decoder<Subtask> = obj<Subtask>({ index: uint, phase, logs: arr(taskLog) });

const retryAttempt = uint;

export const taskExecution: Decoder<TaskExecution> = (value, path) => {
  const t = obj({
    id: obj({
      task_id: nullable(identifier),
      node_execution_id: obj({ node_id: str }),
      retry_attempt: retryAttempt,
    }),
    closure: obj({
      phase,
      started_at: timestamp,
      duration,
      logs: arr(taskLog),
      // Map tasks: one entry per sub-task (flyteidl/protos/flyteidl/event/event.proto:272-302).
      metadata: nullable(obj({ external_resources: arr(subtask) })),
    }),
  })(value, path);
  return {
    taskId: t.id.task_id,
    nodeId: t.id.node_execution_id.node_id,
    retryAttempt: t.id.retry_attempt,
    phase: t.closure.phase,
    startedAt: t.closure.started_at,
    duration: t.closure.duration,
    logs: t.closure.logs,
    subtasks: t.closure.metadata?.external_resources ?? [],
  };
};
