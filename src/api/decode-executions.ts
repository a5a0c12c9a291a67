import { int64, nullable, obj, optStr, raw, record, str, type Decoder } from './decode';
import { duration, executionId, identifier, phase, timestamp } from './decode-common';
import type { Execution, ExecutionData, ExecutionError } from './types/executions';

export const executionError: Decoder<ExecutionError> = obj<ExecutionError>({
  code: optStr,
  message: optStr,
  kind: optStr,
});

export const execution: Decoder<Execution> = (value, path) => {
  const e = obj({
    id: executionId,
    spec: nullable(
      obj({
        launch_plan: nullable(identifier),
        metadata: nullable(
          obj({
            mode: optStr,
            principal: optStr,
            parent_node_execution: nullable(obj({ node_id: str, execution_id: executionId })),
            reference_execution: nullable(executionId),
          }),
        ),
      }),
    ),
    closure: obj({
      phase,
      created_at: timestamp,
      started_at: timestamp,
      updated_at: timestamp,
      duration,
      workflow_id: nullable(identifier),
      error: nullable(executionError),
      abort_metadata: nullable(obj({ cause: optStr, principal: optStr })),
      abort_cause: optStr,
    }),
  })(value, path);
  const c = e.closure;
  const parent = e.spec?.metadata?.parent_node_execution;
  return {
    id: e.id,
    launchPlan: e.spec?.launch_plan ?? null,
    workflowId: c.workflow_id,
    mode: e.spec?.metadata?.mode ?? '',
    principal: e.spec?.metadata?.principal ?? '',
    phase: c.phase,
    createdAt: c.created_at,
    startedAt: c.started_at,
    updatedAt: c.updated_at,
    duration: c.duration,
    error: c.error,
    abortCause: c.abort_metadata?.cause || c.abort_cause,
    abortPrincipal: c.abort_metadata?.principal ?? '',
    parentNode: parent ? { executionId: parent.execution_id, nodeId: parent.node_id } : null,
    referenceExecution: e.spec?.metadata?.reference_execution ?? null,
  };
};

const literalMap = nullable(obj({ literals: record(raw) }));
const urlBlob = nullable(obj({ url: optStr, bytes: int64 }));

export const executionData: Decoder<ExecutionData> = (value, path) => {
  const d = obj({ full_inputs: literalMap, full_outputs: literalMap, inputs: urlBlob, outputs: urlBlob })(
    value,
    path,
  );
  return {
    inputs: d.full_inputs?.literals ?? {},
    outputs: d.full_outputs?.literals ?? {},
    inputsUrl: d.inputs?.url ?? '',
    outputsUrl: d.outputs?.url ?? '',
    inputsBytes: Number(d.inputs?.bytes ?? 0) || 0,
    outputsBytes: Number(d.outputs?.bytes ?? 0) || 0,
  };
};
