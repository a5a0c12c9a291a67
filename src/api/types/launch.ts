/** Launch plans, tasks and execution settings as the launch form reads them (decoders in decode-launch.ts). */
import type { Identifier } from './common';
import type { TypedInterface } from './workflows';

/** A launch plan input (core.Parameter, interface.proto): declared type, and either a default or required. */
export interface LaunchParameter {
  type: unknown;
  description: string;
  required: boolean;
  /** A core.Literal in the admin's JSON, or null. */
  default: Record<string, unknown> | null;
}

/** The ExecutionSpec settings a launch may set and a launch plan defaults (admin/execution.proto:298-337). */
export interface LaunchOptions {
  labels: Record<string, string>;
  annotations: Record<string, string>;
  envs: { key: string; value: string }[];
  rawOutputPrefix: string;
  serviceAccount: string;
  maxParallelism: number;
  /** BoolValue: null leaves the workflow's own setting. */
  interruptible: boolean | null;
  overwriteCache: boolean;
}

export interface LaunchPlanDetail {
  id: Identifier;
  workflowId: Identifier | null;
  state: string;
  createdAt: string;
  cron: string;
  /** closure.expected_inputs: what a launch may or must send (fixed inputs are not in it). */
  expectedInputs: Record<string, LaunchParameter>;
  fixedInputs: Record<string, Record<string, unknown>>;
  options: LaunchOptions;
}

export interface TaskDetail {
  id: Identifier;
  createdAt: string;
  interface: TypedInterface | null;
}
