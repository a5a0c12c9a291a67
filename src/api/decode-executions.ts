import { int64, nullable, obj, optStr, raw, record, type Decoder } from './decode';
import {
  duration,
  executionId,
  identifier,
  phase,
  timestamp,
  type ExecutionId,
  type Identifier,
} from './decode-common';

export interface ExecutionError {
  code: string;
  message: string;
  kind: string;
}

export interface Execution {
  id: ExecutionId;
  launch_plan: Identifier | null;
  workflow_id: Identifier | null;
  mode: string;
  principal: string;
  phase: string;
  created_at: string;
  started_at: string;
  updated_at: string;
  /** Seconds, or null when the admin has none yet. */
  duration: number | null;
  error: ExecutionError | null;
  abort_cause: string;
  abort_principal: string;
}

/**
 * Literal maps stay raw below the map: literals are recursive and the renderer copes with any shape. The blobs
 * (signed URL and stored size) matter when the map is empty: flyteadmin leaves it out at or above its
 * remoteData.maxSizeInBytes (flyteadmin/pkg/manager/impl/util/data.go:22-25,50,116).
 */
export interface ExecutionData {
  inputs: Record<string, unknown>;
  outputs: Record<string, unknown>;
  inputs_url: string;
  outputs_url: string;
  /** Stored size in bytes; 0 when the admin signs no URLs or there is no data yet. */
  inputs_bytes: number;
  outputs_bytes: number;
}

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
        metadata: nullable(obj({ mode: optStr, principal: optStr })),
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
  return {
    id: e.id,
    launch_plan: e.spec?.launch_plan ?? null,
    workflow_id: c.workflow_id,
    mode: e.spec?.metadata?.mode ?? '',
    principal: e.spec?.metadata?.principal ?? '',
    phase: c.phase,
    created_at: c.created_at,
    started_at: c.started_at,
    updated_at: c.updated_at,
    duration: c.duration,
    error: c.error,
    abort_cause: c.abort_metadata?.cause || c.abort_cause,
    abort_principal: c.abort_metadata?.principal ?? '',
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
    inputs_url: d.inputs?.url ?? '',
    outputs_url: d.outputs?.url ?? '',
    inputs_bytes: Number(d.inputs?.bytes ?? 0) || 0,
    outputs_bytes: Number(d.outputs?.bytes ?? 0) || 0,
  };
};
