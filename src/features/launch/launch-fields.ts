import type { LaunchPlanDetail, TaskDetail } from '../../api/types/launch';
import type { Literal, LiteralType } from './literals/literal-json';

/** One input of the form: what the launch plan (or task) declares about it. */
export interface LaunchField {
  name: string;
  type: LiteralType;
  description: string;
  /** No default: the admin refuses a launch without it (execution_validator.go:98-99). */
  required: boolean;
  default: Literal | null;
  /** Set by the launch plan: shown, never sent (the admin refuses an override, execution_validator.go:89). */
  fixed: Literal | null;
}

const asType = (type: unknown): LiteralType =>
  typeof type === 'object' && type !== null ? (type as LiteralType) : {};

/** closure.expected_inputs plus spec.fixed_inputs, in the order the admin sent them. */
export function fieldsOfLaunchPlan(
  lp: LaunchPlanDetail,
  declared: Record<string, { type: unknown }> = {},
): LaunchField[] {
  const fields: LaunchField[] = Object.entries(lp.expectedInputs).map(([name, p]) => ({
    name,
    type: asType(p.type),
    description: p.description,
    required: p.required && p.default === null,
    default: p.default,
    fixed: null,
  }));
  for (const [name, literal] of Object.entries(lp.fixedInputs)) {
    fields.push({
      name,
      type: asType(declared[name]?.type),
      description: '',
      required: false,
      default: null,
      fixed: literal,
    });
  }
  return fields;
}

/** A task launched directly has no defaults: every input is required (single_task_execution.go:197). */
export function fieldsOfTask(task: TaskDetail): LaunchField[] {
  return Object.entries(task.interface?.inputs ?? {}).map(([name, v]) => ({
    name,
    type: asType(v.type),
    description: v.description,
    required: true,
    default: null,
    fixed: null,
  }));
}
