import { isRecord } from '../api/decode';

const SIMPLE: Record<string, string> = {
  NONE: 'none',
  INTEGER: 'integer',
  FLOAT: 'float',
  STRING: 'string',
  BOOLEAN: 'boolean',
  DATETIME: 'datetime',
  DURATION: 'duration',
  BINARY: 'binary',
  ERROR: 'error',
  STRUCT: 'struct',
};
/** Older admins send enum numbers; the order is flyteidl's SimpleType. */
const SIMPLE_BY_NUMBER = Object.values(SIMPLE);

const MAX_DEPTH = 16;

/**
 * A LiteralType as a person reads it: "list<integer>", "dict<string, float>", "file (csv)",
 * "structured dataset (parquet: a, b)", "integer | none". Unknown shapes read "unknown type".
 */
export function literalTypeText(type: unknown, depth = 0): string {
  if (depth > MAX_DEPTH || !isRecord(type)) return 'unknown type';
  const simple = type.simple;
  if (typeof simple === 'string' && simple in SIMPLE) return SIMPLE[simple] ?? simple.toLowerCase();
  if (typeof simple === 'number') return SIMPLE_BY_NUMBER[simple] ?? 'unknown type';
  if (type.collection_type) return `list<${literalTypeText(type.collection_type, depth + 1)}>`;
  if (type.map_value_type) return `dict<string, ${literalTypeText(type.map_value_type, depth + 1)}>`;
  if (isRecord(type.blob)) {
    const dir = type.blob.dimensionality === 'MULTIPART' || type.blob.dimensionality === 1;
    const format = typeof type.blob.format === 'string' && type.blob.format ? ` (${type.blob.format})` : '';
    return `${dir ? 'directory' : 'file'}${format}`;
  }
  if (isRecord(type.enum_type)) {
    const values = Array.isArray(type.enum_type.values) ? type.enum_type.values.map(String) : [];
    return `enum {${values.join(', ')}}`;
  }
  if (isRecord(type.structured_dataset_type)) {
    const sd = type.structured_dataset_type;
    const columns = Array.isArray(sd.columns)
      ? sd.columns.map((c) => (isRecord(c) && typeof c.name === 'string' ? c.name : '')).filter(Boolean)
      : [];
    const format = typeof sd.format === 'string' ? sd.format : '';
    const detail = [format, columns.join(', ')].filter(Boolean).join(': ');
    return `structured dataset${detail ? ` (${detail})` : ''}`;
  }
  if (isRecord(type.schema)) return 'schema';
  if (isRecord(type.union_type) && Array.isArray(type.union_type.variants)) {
    return type.union_type.variants.map((v) => literalTypeText(v, depth + 1)).join(' | ');
  }
  return 'unknown type';
}
