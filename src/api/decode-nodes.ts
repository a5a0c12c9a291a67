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
}

export const nodeExecution: Decoder<NodeExecution> = (value, path) => {
  const n = obj({
    id: obj({ node_id: str, execution_id: executionId }),
    closure: obj({ phase, started_at: timestamp, duration, error: nullable(executionError) }),
    metadata: nullable(obj({ spec_node_id: optStr, is_parent_node: optBool })),
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
      logs: arr(obj<TaskLog>({ uri: optStr, name: optStr })),
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
  };
};
