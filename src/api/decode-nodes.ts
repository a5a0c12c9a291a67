import { arr, nullable, obj, optBool, optStr, str, type Decoder } from './decode';
import { duration, executionId, identifier, phase, timestamp } from './decode-common';
import { executionError } from './decode-executions';
import type { NodeExecution, SubTask, TaskExecution, TaskLog } from './types/node-executions';

export const nodeExecution: Decoder<NodeExecution> = (value, path) => {
  const n = obj({
    id: obj({ node_id: str, execution_id: executionId }),
    closure: obj({
      phase,
      started_at: timestamp,
      duration,
      error: nullable(executionError),
      created_at: timestamp,
      updated_at: timestamp,
      task_node_metadata: nullable(obj({ cache_status: optStr })),
      // This key stays camelCase in snake_case JSON (admin/node_execution.proto names the field `executionId`).
      workflow_node_metadata: nullable(obj({ executionId: nullable(executionId) })),
    }),
    metadata: nullable(
      obj({ spec_node_id: optStr, is_parent_node: optBool, is_dynamic: optBool, is_array: optBool }),
    ),
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
    createdAt: n.closure.created_at,
    updatedAt: n.closure.updated_at,
    isDynamic: n.metadata?.is_dynamic ?? false,
    isArray: n.metadata?.is_array ?? false,
    cacheStatus: n.closure.task_node_metadata?.cache_status ?? '',
    childExecution: n.closure.workflow_node_metadata?.executionId ?? null,
  };
};

const taskLog = obj<TaskLog>({ uri: optStr, name: optStr });

/** index and retry_attempt are uint32 (JSON numbers). */
const uint: Decoder<number> = (value) => (typeof value === 'number' ? value : Number(value ?? 0) || 0);

const retryAttempt = uint;

const subTask: Decoder<SubTask> = (value, path) => {
  const s = obj({
    index: uint,
    external_id: optStr,
    retry_attempt: retryAttempt,
    phase,
    logs: arr(taskLog),
  })(value, path);
  return {
    index: s.index,
    externalId: s.external_id,
    retryAttempt: s.retry_attempt,
    phase: s.phase,
    logs: s.logs,
  };
};

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
      created_at: timestamp,
      updated_at: timestamp,
      error: nullable(executionError),
      task_type: optStr,
      metadata: nullable(obj({ external_resources: arr(subTask) })),
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
    createdAt: t.closure.created_at,
    updatedAt: t.closure.updated_at,
    error: t.closure.error,
    taskType: t.closure.task_type,
    subTasks: t.closure.metadata?.external_resources ?? [],
  };
};
