import { fail, ok, primitive, primitiveOf, type Conversion, type Literal } from './literal-json';

const INT64_MIN = -(2n ** 63n);
const INT64_MAX = 2n ** 63n - 1n;

/** Primitive.integer is an int64: JSON carries it as a string so no digit is lost (proto3 JSON mapping). */
export function parseInteger(text: string): Conversion {
  const t = text.trim();
  if (!/^[+-]?\d+$/.test(t)) return fail('Enter a whole number, like 42.');
  const value = BigInt(t);
  if (value < INT64_MIN || value > INT64_MAX) return fail('This number is too large for a 64-bit integer.');
  return ok(primitive({ integer: value.toString() }));
}

/** Primitive.float_value is a double: a JSON number. */
export function parseFloatText(text: string): Conversion {
  const t = text.trim();
  if (!/^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(t)) return fail('Enter a number, like 0.5 or 1e-3.');
  const value = Number(t);
  if (!Number.isFinite(value)) return fail('This number is out of range.');
  return ok(primitive({ float_value: value }));
}

export const parseString = (text: string): Conversion => ok(primitive({ string_value: text }));

export function parseBoolean(text: string): Conversion {
  const t = text.trim().toLowerCase();
  if (t === 'true' || t === 'false') return ok(primitive({ boolean: t === 'true' }));
  return fail('Enter true or false.');
}

const ISO_DATETIME = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:?\d{2}))?$/i;

/** Primitive.datetime is a google.protobuf.Timestamp: RFC 3339 in UTC. A bare date means midnight UTC. */
export function parseDatetime(text: string): Conversion {
  const t = text.trim();
  if (!ISO_DATETIME.test(t))
    return fail('Enter an ISO 8601 date and time with a time zone, like 2024-05-01T12:00:00Z.');
  const ms = Date.parse(t.length === 10 ? `${t}T00:00:00Z` : t);
  if (Number.isNaN(ms)) return fail('This date does not exist.');
  const iso = new Date(ms).toISOString();
  return ok(primitive({ datetime: iso.endsWith('.000Z') ? `${iso.slice(0, -5)}Z` : iso }));
}

/** The text a person would type for a primitive literal (the inverse of the parsers above). */
export function formatPrimitive(literal: Literal): string | null {
  const p = primitiveOf(literal);
  if (!p) return null;
  // int64 is a JSON string in flyteidl's JSON; some writers send a number.
  if (typeof p.integer === 'string' || typeof p.integer === 'number') return String(p.integer);
  if (typeof p.float_value === 'number') return String(p.float_value);
  if (typeof p.float_value === 'string') return p.float_value;
  if (typeof p.string_value === 'string') return p.string_value;
  if (typeof p.boolean === 'boolean') return String(p.boolean);
  if (typeof p.datetime === 'string') return p.datetime;
  return null;
}
