import { isRecord } from '../../../api/decode';

/**
 * flyteidl core.LiteralType and core.Literal as the admin's snake_case JSON (types.proto, literals.proto). They
 * stay open records: types are recursive and open-ended, and the launch form only reads what it needs.
 */
export type LiteralType = Record<string, unknown>;
export type Literal = Record<string, unknown>;

export type Conversion = { ok: true; literal: Literal } | { ok: false; error: string };

export const ok = (literal: Literal): Conversion => ({ ok: true, literal });
export const fail = (error: string): Conversion => ({ ok: false, error });

/** A Literal's `scalar` oneof member (literals.proto Scalar). */
export const scalar = (value: Record<string, unknown>): Literal => ({ scalar: value });
export const primitive = (value: Record<string, unknown>): Literal => scalar({ primitive: value });
export const noneLiteral = (): Literal => scalar({ none_type: {} });

export function child(value: unknown, key: string): Record<string, unknown> | null {
  if (!isRecord(value)) return null;
  const inner = value[key];
  return isRecord(inner) ? inner : null;
}

/** The scalar.primitive of a literal, or null. */
export function primitiveOf(literal: unknown): Record<string, unknown> | null {
  return child(child(literal, 'scalar'), 'primitive');
}

export { isRecord };
