/**
 * Reading loosely typed JSON from servers the console does not control (discovery documents, flyteadmin's
 * flyte_client answer, id_token claims): the small checks every reader needs, in one place.
 */
export type JsonObject = Record<string, unknown>;

export function isJsonObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A string with something in it, else undefined (servers send "" for "not set"). */
export const nonEmpty = (value: unknown): string | undefined =>
  typeof value === 'string' && value !== '' ? value : undefined;

/** A non-empty list of strings, else undefined. */
export const strings = (value: unknown): string[] | undefined =>
  Array.isArray(value) && value.length > 0 && value.every((s) => typeof s === 'string') ? value : undefined;

/** The strings of a list, ignoring anything else; [] when it is not a list. */
export const stringList = (value: unknown): string[] =>
  Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
