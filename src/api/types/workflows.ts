import type { Identifier } from './common';
import type { CompiledGraph } from './graph';

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
  createdAt: string;
  shortDescription: string;
  /** Only single-version reads carry the compiled closure; lists leave it null. */
  interface: TypedInterface | null;
  /** The node graph of the compiled closure (single-version reads only). */
  graph: CompiledGraph | null;
}

export interface LaunchPlan {
  id: Identifier;
  workflowId: Identifier | null;
  state: string;
  createdAt: string;
}
