import { DecodeError, arr, isRecord, obj, optStr, str, type Decoder } from './decode';
import type { ExecutionId, Identifier, NamedEntityId, Page } from './types/common';

/** Decoders shared by every resource: the snake_case of `Accept: application/json` from flyteadmin in, domain types out. */
export const identifier: Decoder<Identifier> = (value, path) => {
  const { resource_type, ...rest } = obj({
    resource_type: optStr,
    project: str,
    domain: str,
    name: str,
    version: optStr,
  })(value, path);
  return { resourceType: resource_type, ...rest };
};

export const executionId: Decoder<ExecutionId> = obj<ExecutionId>({ project: str, domain: str, name: str });

export const namedEntityId: Decoder<NamedEntityId> = obj<NamedEntityId>({
  project: str,
  domain: str,
  name: str,
});

/** RFC 3339 timestamps; unset ones are null and read as "". */
export const timestamp: Decoder<string> = optStr;

/** Durations come as "12.345s"; decoded to seconds so sorting and formatting need no string parsing. */
export const duration: Decoder<number | null> = (value, path) => {
  if (value === null || value === undefined || value === '') return null;
  if (typeof value === 'string') {
    const match = /^(-?\d+(?:\.\d+)?)s$/.exec(value);
    if (match?.[1] !== undefined) return Number(match[1]);
  }
  throw new DecodeError(path, 'a duration like "1.5s"', value);
};

/** Phases are enum names; unknown names are kept as text so a newer admin does not break the views. */
export const phase: Decoder<string> = (value, path) => {
  if (value === null || value === undefined) return 'UNDEFINED';
  if (typeof value === 'number') return String(value);
  return str(value, path);
};

/** Every list answer is `{<field>: [...], token}`; the field name differs by resource. */
export function page<T>(field: string, item: Decoder<T>): Decoder<Page<T>> {
  const items = arr(item);
  return (value, path) => {
    if (!isRecord(value)) throw new DecodeError(path, 'an object', value);
    return { items: items(value[field], field), token: optStr(value.token, 'token') };
  };
}
