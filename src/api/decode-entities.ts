import { arr, isRecord, nullable, obj, optStr, raw, record, str, type Decoder } from './decode';
import { compiledGraph } from './decode-graph';
import type { CompiledGraph } from './types/graph';
import { identifier, timestamp } from './decode-common';
import type { Domain, Project } from './types/projects';
import type { LaunchPlan, TypedInterface, Variable, Workflow } from './types/workflows';

export const domain: Decoder<Domain> = obj<Domain>({ id: str, name: optStr });

export const project: Decoder<Project> = obj<Project>({
  id: str,
  name: optStr,
  description: optStr,
  domains: arr(domain),
  state: optStr,
});

const variable: Decoder<Variable> = obj<Variable>({ type: raw, description: optStr });
const variableMap = nullable(obj({ variables: record(variable) }));

export const typedInterface: Decoder<TypedInterface> = (value, path) => {
  const parts = obj({ inputs: variableMap, outputs: variableMap })(value, path);
  return { inputs: parts.inputs?.variables ?? {}, outputs: parts.outputs?.variables ?? {} };
};

const template = nullable(obj({ interface: nullable(typedInterface) }));
const compiled = nullable(obj({ primary: nullable(obj({ template })) }));

/** Lists carry no compiled closure; a closure without `primary` has no graph to draw. */
const graphOf: Decoder<CompiledGraph | null> = (value, path) =>
  isRecord(value) && isRecord(value.primary) ? compiledGraph(value, path) : null;

export const workflow: Decoder<Workflow> = (value, path) => {
  const w = obj({
    id: identifier,
    short_description: optStr,
    closure: nullable(obj({ created_at: timestamp, compiled_workflow: compiled })),
  })(value, path);
  const closure = isRecord(value) && isRecord(value.closure) ? value.closure : {};
  return {
    id: w.id,
    shortDescription: w.short_description,
    createdAt: w.closure?.created_at ?? '',
    interface: w.closure?.compiled_workflow?.primary?.template?.interface ?? null,
    graph: graphOf(closure.compiled_workflow, 'closure.compiled_workflow'),
  };
};

export const launchPlan: Decoder<LaunchPlan> = (value, path) => {
  const lp = obj({
    id: identifier,
    spec: nullable(obj({ workflow_id: nullable(identifier) })),
    closure: nullable(obj({ state: optStr, created_at: timestamp })),
  })(value, path);
  return {
    id: lp.id,
    workflowId: lp.spec?.workflow_id ?? null,
    state: lp.closure?.state ?? '',
    createdAt: lp.closure?.created_at ?? '',
  };
};
