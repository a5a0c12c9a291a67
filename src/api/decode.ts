import { ApiError } from './api-error';

/**
 * Small hand-written decoders for the admin's JSON. Server answers are checked here, at the boundary, so a
 * view never dereferences a field that is not there: a wrong shape becomes an ApiError ('bad-response') that
 * the error state shows with the path of the first bad field.
 */
export type Decoder<T> = (value: unknown, path: string) => T;

export class DecodeError extends Error {
  override readonly name = 'DecodeError';
  constructor(
    readonly path: string,
    expected: string,
    actual: unknown,
  ) {
    super(`${path || 'response'}: expected ${expected}, got ${describe(actual)}`);
  }
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  return typeof value === 'string' ? `"${value.slice(0, 40)}"` : typeof value;
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export const str: Decoder<string> = (value, path) => {
  if (typeof value !== 'string') throw new DecodeError(path, 'a string', value);
  return value;
};

/** Fields flyteadmin leaves empty or null when unset (descriptions, principals, timestamps) read as "". */
export const optStr: Decoder<string> = (value, path) =>
  value === null || value === undefined ? '' : str(value, path);

export const optBool: Decoder<boolean> = (value, path) => {
  if (value === null || value === undefined) return false;
  if (typeof value !== 'boolean') throw new DecodeError(path, 'a boolean', value);
  return value;
};

/** int64 arrive as strings; some servers send small ones as numbers. Kept as text to avoid precision loss. */
export const int64: Decoder<string> = (value, path) => {
  if (value === null || value === undefined) return '0';
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  if (typeof value === 'string' && /^-?\d+$/.test(value)) return value;
  throw new DecodeError(path, 'an int64', value);
};

/** Unset repeated fields may be null or missing; anything else that is not an array is an error. */
export function arr<T>(item: Decoder<T>): Decoder<T[]> {
  return (value, path) => {
    if (value === null || value === undefined) return [];
    if (!Array.isArray(value)) throw new DecodeError(path, 'an array', value);
    return value.map((entry, index) => item(entry, `${path}[${index}]`));
  };
}

export function record<T>(item: Decoder<T>): Decoder<Record<string, T>> {
  return (value, path) => {
    if (value === null || value === undefined) return {};
    if (!isRecord(value)) throw new DecodeError(path, 'an object', value);
    const out: Record<string, T> = {};
    for (const [key, entry] of Object.entries(value)) out[key] = item(entry, `${path}.${key}`);
    return out;
  };
}

/** Unset messages are null (or absent from servers that omit defaults). */
export function nullable<T>(inner: Decoder<T>): Decoder<T | null> {
  return (value, path) => (value === null || value === undefined ? null : inner(value, path));
}

export function obj<T>(shape: { [K in keyof T]: Decoder<T[K]> }): Decoder<T> {
  return (value, path) => {
    if (!isRecord(value)) throw new DecodeError(path, 'an object', value);
    const out = {} as T;
    for (const key of Object.keys(shape) as (keyof T & string)[]) {
      out[key] = shape[key](value[key], path ? `${path}.${key}` : key);
    }
    return out;
  };
}

/** Keeps a sub-tree as it came (literals are recursive and open-ended; their renderer tolerates any shape). */
export const raw: Decoder<unknown> = (value) => value;

/** Runs a decoder on an admin answer; a mismatch becomes the ApiError every error state knows how to show. */
export function decodeResponse<T>(decoder: Decoder<T>, json: unknown, url: string): T {
  try {
    return decoder(json, '');
  } catch (error) {
    if (!(error instanceof DecodeError)) throw error;
    throw new ApiError({ status: 200, kind: 'bad-response', url, message: `${url}: ${error.message}` });
  }
}
