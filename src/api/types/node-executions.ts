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
}
