import type { ExecutionId, Identifier } from './common';

export interface ExecutionError {
  code: string;
  message: string;
  kind: string;
}

export interface Execution {
  id: ExecutionId;
  launchPlan: Identifier | null;
  workflowId: Identifier | null;
  mode: string;
  principal: string;
  phase: string;
  createdAt: string;
  startedAt: string;
  updatedAt: string;
  /** Seconds, or null when the admin has none yet. */
  duration: number | null;
  error: ExecutionError | null;
  abortCause: string;
  abortPrincipal: string;
  /** For a launch plan node's run: the node that launched it (spec.metadata.parent_node_execution). */
  parentNode: { executionId: ExecutionId; nodeId: string } | null;
  /** The run a relaunch or a recovery started from (spec.metadata.reference_execution). */
  referenceExecution: ExecutionId | null;
}

/**
 * Literal maps stay raw below the map: literals are recursive and the renderer copes with any shape. The blobs
 * (signed URL and stored size) matter when the map is empty: flyteadmin leaves it out at or above its
 * remoteData.maxSizeInBytes (flyteadmin/pkg/manager/impl/util/data.go:22-25,50,116).
 */
export interface ExecutionData {
  inputs: Record<string, unknown>;
  outputs: Record<string, unknown>;
  inputsUrl: string;
  outputsUrl: string;
  /** Stored size in bytes; 0 when the admin signs no URLs or there is no data yet. */
  inputsBytes: number;
  outputsBytes: number;
}
