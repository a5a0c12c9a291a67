import type { Identifier } from './common';

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
}

export interface LaunchPlan {
  id: Identifier;
  workflowId: Identifier | null;
  state: string;
  createdAt: string;
}
