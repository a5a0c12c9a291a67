import { formatDuration, parseDuration } from './duration';
import {
  child,
  fail,
  isRecord,
  noneLiteral,
  ok,
  type Conversion,
  type Literal,
  type LiteralType,
} from './literal-json';
import { formatPrimitive, parseBoolean, parseDatetime, parseInteger, parseString } from './primitives';
import { formatReference, parseReference } from './references';
import { BINARY_HELP, formatStruct, structFromJson } from './structured';
import { enumValues, kindOf, unionVariants } from './type-kind';
import { unionLiteral, unionParts } from './union';

const MAX_DEPTH = 16;
const at = (path: string, result: Conversion): Conversion =>
  result.ok || !path ? result : fail(`${path}: ${result.error}`);

function fromItems(value: unknown, type: LiteralType, path: string, depth: number): Conversion {
  const itemType = child(type, 'collection_type') ?? {};
  if (!Array.isArray(value)) return fail(`${path || 'Value'}: enter a JSON array, like [1, 2].`);
  const literals: Literal[] = [];
  for (const [i, item] of value.entries()) {
    const result = fromJson(item, itemType, `${path}[${i}]`, depth + 1);
    if (!result.ok) return result;
    literals.push(result.literal);
  }
  return ok({ collection: { literals } });
}

function fromEntries(value: unknown, type: LiteralType, path: string, depth: number): Conversion {
  const valueType = child(type, 'map_value_type') ?? {};
  if (!isRecord(value)) return fail(`${path || 'Value'}: enter a JSON object, like {"key": 1}.`);
  const literals: Record<string, Literal> = {};
  for (const [key, item] of Object.entries(value)) {
    const result = fromJson(item, valueType, `${path}.${key}`, depth + 1);
    if (!result.ok) return result;
    literals[key] = result.literal;
  }
  return ok({ map: { literals } });
}

/** A JSON value (an item of a collection or map typed as JSON) as a literal of `type`. */
export function fromJson(value: unknown, type: LiteralType, path = '', depth = 0): Conversion {
  if (depth > MAX_DEPTH) return fail('Nested too deeply.');
  const kind = kindOf(type);
  const text = typeof value === 'string' ? value : null;
  const wrongJson = (want: string) => fail(`${path || 'Value'}: expected ${want}.`);
  switch (kind) {
    case 'integer':
      return typeof value === 'number' || text !== null
        ? at(path, parseInteger(String(value)))
        : wrongJson('a whole number');
    case 'float':
      return typeof value === 'number'
        ? ok({ scalar: { primitive: { float_value: value } } })
        : wrongJson('a number');
    case 'string':
      return text !== null ? parseString(text) : wrongJson('a string');
    case 'boolean':
      return typeof value === 'boolean' ? parseBoolean(String(value)) : wrongJson('true or false');
    case 'datetime':
      return text !== null ? at(path, parseDatetime(text)) : wrongJson('a date and time string');
    case 'duration':
      return text !== null ? at(path, parseDuration(text)) : wrongJson('a duration string like "90s"');
    case 'none':
      return value === null ? ok(noneLiteral()) : wrongJson('null');
    case 'struct':
      return at(path, structFromJson(value));
    case 'blob':
    case 'multipart':
    case 'dataset':
    case 'schema':
      return text !== null ? at(path, parseReference(text, type, kind)) : wrongJson('a URI string');
    case 'enum':
      return text !== null && enumValues(type).includes(text)
        ? parseString(text)
        : wrongJson(`one of ${enumValues(type).join(', ')}`);
    case 'collection':
      return fromItems(value, type, path, depth);
    case 'map':
      return fromEntries(value, type, path, depth);
    case 'union': {
      // The first variant that takes the value; the admin needs the chosen variant's type (literals.proto Union).
      for (const variant of unionVariants(type)) {
        const result = fromJson(value, variant, path, depth + 1);
        if (result.ok) return ok(unionLiteral(result.literal, variant));
      }
      return wrongJson('a value of one of the union variants');
    }
    case 'binary':
      return fail(BINARY_HELP);
    case 'unsupported':
      return fail('This type cannot be entered in the console.');
  }
}

/** The JSON value a literal of `type` is typed as (the inverse of fromJson). */
export function toJson(literal: Literal, type: LiteralType, depth = 0): unknown {
  if (depth > MAX_DEPTH) return null;
  const kind = kindOf(type);
  if (kind === 'collection') {
    const items = child(literal, 'collection')?.literals;
    const itemType = child(type, 'collection_type') ?? {};
    return Array.isArray(items)
      ? items.map((item) => toJson(isRecord(item) ? item : {}, itemType, depth + 1))
      : [];
  }
  if (kind === 'map') {
    const entries = child(child(literal, 'map'), 'literals') ?? {};
    const valueType = child(type, 'map_value_type') ?? {};
    return Object.fromEntries(
      Object.entries(entries).map(([k, v]) => [k, toJson(isRecord(v) ? v : {}, valueType, depth + 1)]),
    );
  }
  if (kind === 'union') {
    const parts = unionParts(literal);
    return parts ? toJson(parts.value, parts.type, depth + 1) : null;
  }
  if (kind === 'integer') {
    const text = formatPrimitive(literal) ?? '0';
    return Number.isSafeInteger(Number(text)) ? Number(text) : text;
  }
  if (kind === 'float') return Number(formatPrimitive(literal));
  if (kind === 'boolean') return formatPrimitive(literal) === 'true';
  if (kind === 'none') return null;
  if (kind === 'struct') return child(literal, 'scalar')?.generic ?? {};
  if (kind === 'duration') return formatDuration(literal);
  if (kind === 'blob' || kind === 'multipart' || kind === 'dataset' || kind === 'schema')
    return formatReference(literal);
  return formatPrimitive(literal) ?? formatStruct(literal);
}
