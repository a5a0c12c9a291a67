import type { Identifier } from './common';

/** A compiled workflow's graph (decoded by decode-graph.ts from `closure.compiled_workflow`). */
type GraphNodeKind = 'task' | 'subworkflow' | 'launchplan' | 'branch' | 'map' | 'gate' | 'unknown';

export interface GraphNodeSpec {
  id: string;
  name: string;
  kind: GraphNodeKind;
  upstream: string[];
  /** task and map nodes: the task; a map node's is its sub-node's. */
  taskId: Identifier | null;
  /** subworkflow: the sub-workflow; launchplan: the launch plan. */
  refId: Identifier | null;
  /** branch: the then-nodes of every case, then the else-node. */
  cases: GraphNodeSpec[];
}

export interface WorkflowGraph {
  id: Identifier | null;
  nodes: GraphNodeSpec[];
  /** From `connections.downstream`, start-node and end-node included. */
  edges: Array<[string, string]>;
}

export interface ResourceEntry {
  name: string;
  value: string;
}

export interface TaskSpec {
  id: Identifier;
  type: string;
  image: string;
  requests: ResourceEntry[];
  limits: ResourceEntry[];
  retries: number;
  cacheable: boolean;
}

export interface CompiledGraph {
  primary: WorkflowGraph;
  subWorkflows: WorkflowGraph[];
  tasks: TaskSpec[];
}
