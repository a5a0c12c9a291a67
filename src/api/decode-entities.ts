import { arr, nullable, obj, optStr, raw, record, str, type Decoder } from './decode';
import { identifier, timestamp, type Identifier } from './decode-common';

export interface Domain {
  id: string;
  name: string;
}

export interface Project {
  id: string;
  name: string;
  description: string;
  domains: Domain[];
  state: string;
}

export interface NamedEntityId {
  project: string;
  domain: string;
  name: string;
}

/** A typed interface variable; the type stays raw because LiteralType is open-ended (see literal-type-text). */
export interface Variable {
  type: unknown;
  description: string;
}

export interface TypedInterface {
  inputs: Record<string, Variable>;
  outputs: Record<string, Variable>;
}

export interface Workflow {
  id: Identifier;
  created_at: string;
  short_description: string;
  /** Only single-version reads carry the compiled closure; lists leave it null. */
  interface: TypedInterface | null;
}

export interface LaunchPlan {
  id: Identifier;
  workflow_id: Identifier | null;
  state: string;
  created_at: string;
}

export const domain: Decoder<Domain> = obj<Domain>({ id: str, name: optStr });

export const project: Decoder<Project> = obj<Project>({
  id: str,
  name: optStr,
  description: optStr,
  domains: arr(domain),
  state: optStr,
});

export const namedEntityId: Decoder<NamedEntityId> = obj<NamedEntityId>({
  project: str,
  domain: str,
  name: str,
});

const variable: Decoder<Variable> = obj<Variable>({ type: raw, description: optStr });
const variableMap = nullable(obj({ variables: record(variable) }));

export const typedInterface: Decoder<TypedInterface> = (value, path) => {
  const parts = obj({ inputs: variableMap, outputs: variableMap })(value, path);
  return { inputs: parts.inputs?.variables ?? {}, outputs: parts.outputs?.variables ?? {} };
};

const template = nullable(obj({ interface: nullable(typedInterface) }));
const compiled = nullable(obj({ primary: nullable(obj({ template })) }));

export const workflow: Decoder<Workflow> = (value, path) => {
  const w = obj({
    id: identifier,
    short_description: optStr,
    closure: nullable(obj({ created_at: timestamp, compiled_workflow: compiled })),
  })(value, path);
  return {
    id: w.id,
    short_description: w.short_description,
    created_at: w.closure?.created_at ?? '',
    interface: w.closure?.compiled_workflow?.primary?.template?.interface ?? null,
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
    workflow_id: lp.spec?.workflow_id ?? null,
    state: lp.closure?.state ?? '',
    created_at: lp.closure?.created_at ?? '',
  };
};
