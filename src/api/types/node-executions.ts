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
  createdAt: string;
  updatedAt: string;
  isDynamic: boolean;
  isArray: boolean;
  /** `task_node_metadata.cache_status` (flyteidl core/catalog.proto CatalogCacheStatus), "" when unset. */
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
  taskId: Identifier | null;
  nodeId: string;
  retryAttempt: number;
  phase: string;
  startedAt: string;
  duration: number | null;
  logs: TaskLog[];
  createdAt: string;
  updatedAt: string;
  error: ExecutionError | null;
  taskType: string;
  /** Map tasks: their sub-tasks, whose logs these are (the attempt's own `logs` is empty). */
  subTasks: SubTask[];
}
