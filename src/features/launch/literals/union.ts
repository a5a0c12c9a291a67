import { child, isRecord, type Literal, type LiteralType } from './literal-json';
import { canonicalType } from './type-equality';
import { unionVariants } from './type-kind';

/**
 * A value of a union input is Scalar.union {value, type}: the chosen variant's type goes with it, exactly as
 * declared (structure tag included), because the admin matches it against the variants (typing.go:311-330).
 */
export function unionLiteral(value: Literal, variant: LiteralType): Literal {
  return { scalar: { union: { value, type: variant } } };
}

export function unionParts(literal: Literal): { value: Literal; type: LiteralType } | null {
  const union = child(child(literal, 'scalar'), 'union');
  if (!union || !isRecord(union.value) || !isRecord(union.type)) return null;
  return { value: union.value, type: union.type };
}

/** Which declared variant a union literal holds (by type), or -1. */
export function variantIndex(literal: Literal, type: LiteralType): number {
  const parts = unionParts(literal);
  if (!parts) return -1;
  const wanted = canonicalType(parts.type);
  return unionVariants(type).findIndex((v) => canonicalType(v) === wanted);
}
