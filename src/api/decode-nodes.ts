import { arr, nullable, obj, optBool, optStr, str, type Decoder } from './decode';
import {
  duration,
  executionId,
  identifier,
  phase,
  timestamp,
  type ExecutionId,
  type Identifier,
} from './decode-common';
import { executionError, type ExecutionError } from './decode-executions';

/** Node executions and their task attempts: what the execution page's node table and log links read. */
export interface NodeExecution {
  node_id: string;
  execution_id: ExecutionId;
  spec_node_id: string;
  is_parent_node: boolean;
  phase: string;
  started_at: string;
  duration: number | null;
  error: ExecutionError | null;
  /** Graph and timeline fields; new names are camelCase. */
  createdAt: string;
  updatedAt: string;
  isDynamic: boolean;
  isArray: boolean;
  /** `task_node_metadata.cache_status` (core/catalog.proto CatalogCacheStatus), "" when unset. */
  cacheStatus: string;
  /** `workflow_node_metadata.executionId`: the child execution a launch-plan node started. */
  childExecution: ExecutionId | null;
}

/** One sub-task of a map task (flyteidl event/event.proto `ExternalResourceInfo`). */
export interface SubTask {
  index: number;
  externalId: string;
  retryAttempt: number;
  phase: string;
  logs: TaskLog[];
}

export interface TaskLog {
  uri: string;
  name: string;
}

export interface TaskExecution {
  task_id: Identifier | null;
  node_id: string;
  retry_attempt: number;
  phase: string;
  started_at: string;
  duration: number | null;
  logs: TaskLog[];
  createdAt: string;
  updatedAt: string;
  error: ExecutionError | null;
  taskType: string;
  /** Map tasks: their sub-tasks, whose logs these are (the attempt's own `logs` is empty). */
  subTasks: SubTask[];
}

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
    node_id: n.id.node_id,
    execution_id: n.id.execution_id,
    spec_node_id: n.metadata?.spec_node_id ?? '',
    is_parent_node: n.metadata?.is_parent_node ?? false,
    phase: n.closure.phase,
    started_at: n.closure.started_at,
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

const subTask: Decoder<SubTask> = (value, path) => {
  const s = obj({
    index: retryAttempt,
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

const retryAttempt: Decoder<number> = (value) =>
  typeof value === 'number' ? value : Number(value ?? 0) || 0;

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
    task_id: t.id.task_id,
    node_id: t.id.node_execution_id.node_id,
    retry_attempt: t.id.retry_attempt,
    phase: t.closure.phase,
    started_at: t.closure.started_at,
    duration: t.closure.duration,
    logs: t.closure.logs,
    createdAt: t.closure.created_at,
    updatedAt: t.closure.updated_at,
    error: t.closure.error,
    taskType: t.closure.task_type,
    subTasks: t.closure.metadata?.external_resources ?? [],
  };
};
