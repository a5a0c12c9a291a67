import {
  arr,
  isRecord,
  nullable,
  obj,
  optBool,
  optStr,
  record,
  str,
  DecodeError,
  type Decoder,
} from './decode';
import { identifier } from './decode-common';
import type { Identifier } from './types/common';
import type { CompiledGraph, GraphNodeSpec, ResourceEntry, TaskSpec, WorkflowGraph } from './types/graph';

/**
 * The workflow graph from a compiled closure (`closure.compiled_workflow`), in the names of flyteidl v1.16.8:
 * core/compiler.proto `CompiledWorkflowClosure {primary, sub_workflows, tasks}`, `CompiledWorkflow {template,
 * connections}`, `ConnectionSet {downstream, upstream: map<string, IdList {ids}>}`, and core/workflow.proto
 * `Node {id, metadata.name, upstream_node_ids, oneof target {task_node, workflow_node, branch_node, gate_node,
 * array_node}}`. New types are camelCase (the console's own names), the JSON stays snake_case.
 */
const idList = nullable(obj({ ids: arr(str) }));

const graphNode: Decoder<GraphNodeSpec> = (value, path) => {
  if (!isRecord(value)) throw new DecodeError(path, 'an object', value);
  const base = obj({
    id: str,
    metadata: nullable(obj({ name: optStr })),
    upstream_node_ids: arr(str),
  })(value, path);
  const node: GraphNodeSpec = {
    id: base.id,
    name: base.metadata?.name || base.id,
    kind: 'unknown',
    upstream: base.upstream_node_ids,
    taskId: null,
    refId: null,
    cases: [],
  };
  if (isRecord(value.task_node)) {
    node.kind = 'task';
    node.taskId = nullable(identifier)(value.task_node.reference_id, `${path}.task_node.reference_id`);
  } else if (isRecord(value.workflow_node)) {
    const w = obj({ sub_workflow_ref: nullable(identifier), launchplan_ref: nullable(identifier) })(
      value.workflow_node,
      `${path}.workflow_node`,
    );
    node.kind = w.launchplan_ref ? 'launchplan' : 'subworkflow';
    node.refId = w.launchplan_ref ?? w.sub_workflow_ref;
  } else if (isRecord(value.branch_node)) {
    const ifElse = obj({
      if_else: obj({
        case: nullable(obj({ then_node: nullable(graphNode) })),
        other: arr(obj({ then_node: nullable(graphNode) })),
        else_node: nullable(graphNode),
      }),
    })(value.branch_node, `${path}.branch_node`).if_else;
    node.kind = 'branch';
    node.cases = [ifElse.case?.then_node, ...ifElse.other.map((o) => o.then_node), ifElse.else_node].filter(
      (n): n is GraphNodeSpec => Boolean(n),
    );
  } else if (isRecord(value.array_node)) {
    const inner = nullable(graphNode)(value.array_node.node, `${path}.array_node.node`);
    node.kind = 'map';
    node.taskId = inner?.taskId ?? null;
  } else if (isRecord(value.gate_node)) {
    node.kind = 'gate';
  }
  return node;
};

const compiledWorkflow: Decoder<WorkflowGraph> = (value, path) => {
  const w = obj({
    template: obj({ id: nullable(identifier), nodes: arr(graphNode) }),
    connections: nullable(obj({ downstream: record(idList) })),
  })(value, path);
  const edges: Array<[string, string]> = [];
  for (const [from, list] of Object.entries(w.connections?.downstream ?? {}))
    for (const to of list?.ids ?? []) edges.push([from, to]);
  return { id: w.template.id, nodes: w.template.nodes, edges };
};

const resources = arr(obj<ResourceEntry>({ name: optStr, value: optStr }));

const taskSpec: Decoder<TaskSpec> = (value, path) => {
  const t = obj({
    template: obj({
      id: identifier,
      type: optStr,
      metadata: nullable(obj({ retries: nullable(obj({ retries: nullable(num) })), discoverable: optBool })),
      container: nullable(
        obj({ image: optStr, resources: nullable(obj({ requests: resources, limits: resources })) }),
      ),
    }),
  })(value, path).template;
  return {
    id: t.id,
    type: t.type,
    image: t.container?.image ?? '',
    requests: t.container?.resources?.requests ?? [],
    limits: t.container?.resources?.limits ?? [],
    retries: t.metadata?.retries?.retries ?? 0,
    cacheable: t.metadata?.discoverable ?? false,
  };
};

function num(value: unknown, path: string): number {
  if (typeof value === 'number') return value;
  if (typeof value === 'string' && /^\d+$/.test(value)) return Number(value);
  throw new DecodeError(path, 'a number', value);
}

export const compiledGraph: Decoder<CompiledGraph> = (value, path) => {
  const c = obj({
    primary: compiledWorkflow,
    sub_workflows: arr(compiledWorkflow),
    tasks: arr(taskSpec),
  })(value, path);
  return { primary: c.primary, subWorkflows: c.sub_workflows, tasks: c.tasks };
};

/** Sub-workflows, tasks and launch plans are referenced by their full identifier. */
export const identifierKey = (id: Identifier | null): string =>
  id ? `${id.project}/${id.domain}/${id.name}/${id.version}` : '';
