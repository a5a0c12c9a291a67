import { child, isRecord, type LiteralType } from './literal-json';

/** How the launch form treats a declared type; one entry per Flyte literal type family. */
export type TypeKind =
  | 'integer'
  | 'float'
  | 'string'
  | 'boolean'
  | 'datetime'
  | 'duration'
  | 'none'
  | 'struct'
  | 'binary'
  | 'blob'
  | 'multipart'
  | 'collection'
  | 'map'
  | 'enum'
  | 'union'
  | 'dataset'
  | 'schema'
  | 'unsupported';

const SIMPLE: Record<string, TypeKind> = {
  NONE: 'none',
  INTEGER: 'integer',
  FLOAT: 'float',
  STRING: 'string',
  BOOLEAN: 'boolean',
  DATETIME: 'datetime',
  DURATION: 'duration',
  BINARY: 'binary',
  STRUCT: 'struct',
};
/** Older admins send SimpleType numbers (types.proto SimpleType order). */
const SIMPLE_ORDER = [
  'NONE',
  'INTEGER',
  'FLOAT',
  'STRING',
  'BOOLEAN',
  'DATETIME',
  'DURATION',
  'BINARY',
  'ERROR',
  'STRUCT',
];

export function kindOf(type: LiteralType): TypeKind {
  const simple = typeof type.simple === 'number' ? SIMPLE_ORDER[type.simple] : type.simple;
  if (typeof simple === 'string') return SIMPLE[simple] ?? 'unsupported';
  if (isRecord(type.collection_type)) return 'collection';
  if (isRecord(type.map_value_type)) return 'map';
  const blob = child(type, 'blob');
  if (blob) return blob.dimensionality === 'MULTIPART' || blob.dimensionality === 1 ? 'multipart' : 'blob';
  if (isRecord(type.enum_type)) return 'enum';
  if (isRecord(type.union_type)) return 'union';
  if (isRecord(type.structured_dataset_type)) return 'dataset';
  if (isRecord(type.schema)) return 'schema';
  return 'unsupported';
}

export function enumValues(type: LiteralType): string[] {
  const values = child(type, 'enum_type')?.values;
  return Array.isArray(values) ? values.map(String) : [];
}

export function unionVariants(type: LiteralType): LiteralType[] {
  const variants = child(type, 'union_type')?.variants;
  return Array.isArray(variants) ? variants.filter(isRecord) : [];
}

/** An optional input (flytekit `Optional[T]`) is a union with a NONE variant. */
export function isOptionalUnion(type: LiteralType): boolean {
  return kindOf(type) === 'union' && unionVariants(type).some((v) => kindOf(v) === 'none');
}
