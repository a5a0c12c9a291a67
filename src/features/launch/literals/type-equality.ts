import { isRecord } from './literal-json';

/** Two JSON types are the same when their set fields are (key order and unset/null fields do not matter). */
export function canonicalType(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalType).join(',')}]`;
  if (!isRecord(value)) return JSON.stringify(value ?? null);
  const keys = Object.keys(value)
    .filter((k) => value[k] !== null && value[k] !== undefined)
    .sort();
  return `{${keys.map((k) => `${JSON.stringify(k)}:${canonicalType(value[k])}`).join(',')}}`;
}
