import { arr, isRecord, nullable, obj, optBool, optStr, raw, record, type Decoder } from './decode';
import { identifier, timestamp } from './decode-common';
import { typedInterface } from './decode-entities';
import type { LaunchOptions, LaunchParameter, LaunchPlanDetail, TaskDetail } from './types/launch';

const literal: Decoder<Record<string, unknown> | null> = (value) => (isRecord(value) ? value : null);
const stringMap = nullable(obj({ values: record(optStr) }));

const parameter: Decoder<LaunchParameter> = (value, path) => {
  const p = obj({ var: obj({ type: raw, description: optStr }), required: optBool, default: literal })(
    value,
    path,
  );
  return { type: p.var.type, description: p.var.description, required: p.required, default: p.default };
};
const parameterMap = nullable(obj({ parameters: record(parameter) }));

/** Reads the options from an ExecutionSpec or LaunchPlanSpec; both name these fields alike. */
export const launchOptions: Decoder<LaunchOptions> = (value, path) => {
  const s = obj({
    labels: stringMap,
    annotations: stringMap,
    envs: nullable(obj({ values: arr(obj({ key: optStr, value: optStr })) })),
    raw_output_data_config: nullable(obj({ output_location_prefix: optStr })),
    security_context: nullable(obj({ run_as: nullable(obj({ k8s_service_account: optStr })) })),
    max_parallelism: raw,
    interruptible: raw,
    overwrite_cache: optBool,
  })(value, path);
  return {
    labels: s.labels?.values ?? {},
    annotations: s.annotations?.values ?? {},
    envs: s.envs?.values ?? [],
    rawOutputPrefix: s.raw_output_data_config?.output_location_prefix ?? '',
    serviceAccount: s.security_context?.run_as?.k8s_service_account ?? '',
    maxParallelism: Number(s.max_parallelism ?? 0) || 0,
    interruptible: typeof s.interruptible === 'boolean' ? s.interruptible : null,
    overwriteCache: s.overwrite_cache,
  };
};

export const launchPlanDetail: Decoder<LaunchPlanDetail> = (value, path) => {
  const lp = obj({
    id: identifier,
    spec: obj({
      workflow_id: nullable(identifier),
      fixed_inputs: nullable(obj({ literals: record(literal) })),
      entity_metadata: nullable(
        obj({
          schedule: nullable(
            obj({ cron_schedule: nullable(obj({ schedule: optStr })), cron_expression: optStr }),
          ),
        }),
      ),
    }),
    closure: nullable(obj({ state: optStr, created_at: timestamp, expected_inputs: parameterMap })),
  })(value, path);
  const fixed: Record<string, Record<string, unknown>> = {};
  for (const [name, l] of Object.entries(lp.spec.fixed_inputs?.literals ?? {})) if (l) fixed[name] = l;
  const schedule = lp.spec.entity_metadata?.schedule;
  return {
    id: lp.id,
    workflowId: lp.spec.workflow_id,
    state: lp.closure?.state ?? '',
    createdAt: lp.closure?.created_at ?? '',
    cron: schedule?.cron_schedule?.schedule || schedule?.cron_expression || '',
    expectedInputs: lp.closure?.expected_inputs?.parameters ?? {},
    fixedInputs: fixed,
    options: launchOptions(isRecord(value) ? value.spec : null, `${path}.spec`),
  };
};

export const taskDetail: Decoder<TaskDetail> = (value, path) => {
  const t = obj({
    id: identifier,
    closure: nullable(
      obj({
        created_at: timestamp,
        compiled_task: nullable(obj({ template: nullable(obj({ interface: nullable(typedInterface) })) })),
      }),
    ),
  })(value, path);
  return {
    id: t.id,
    createdAt: t.closure?.created_at ?? '',
    interface: t.closure?.compiled_task?.template?.interface ?? null,
  };
};
