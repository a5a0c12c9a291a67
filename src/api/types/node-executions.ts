import type { ExecutionId, Identifier } from './common';
import type { ExecutionError } from './executions';

/** Node executions and their task attempts: what the execution page's node table and log links read. */
export interface NodeExecution {
  nodeId: string;
  executionId: ExecutionId;
  specNodeId: string;
  isParentNode: boolean;
  phase: string;
  startedAt: string;
  duration: number | null;
  error: ExecutionError | null;
  /** A dynamic node: it also runs a task (with logs) that generated its children. */
  isDynamic: boolean;
  /** The execution this node launched (a launch plan node), from closure.workflow_node_metadata. */
  childExecution: ExecutionId | null;
}

export interface TaskLog {
  uri: string;
  name: string;
}

export interface TaskExecution {
  taskId: Identifier | null;
  nodeId: string;
  retryAttempt: number;
  phase: string;
  startedAt: string;
  duration: number | null;
  logs: TaskLog[];
  /** Map tasks (ArrayNode): one entry per sub-task, each with its own logs; `logs` is then empty. */
  subtasks: Subtask[];
}

export interface Subtask {
  index: number;
  phase: string;
  logs: TaskLog[];
}
