import { isRecord } from '../api/decode';

/**
 * A literal (flyteidl core.Literal in snake_case JSON) turned into a small tree the view can render as text.
 * Literals are open-ended and recursive; anything this does not recognise becomes 'unknown' with its JSON,
 * never an exception, and depth is bounded so a hostile answer cannot blow the stack.
 */
export type Readable =
  | { kind: 'primitive'; text: string }
  | { kind: 'none' }
  | { kind: 'collection'; items: Readable[] }
  | { kind: 'map'; entries: [string, Readable][] }
  | { kind: 'blob'; uri: string; format: string; directory: boolean }
  | { kind: 'dataset'; uri: string; format: string; columns: string[] }
  | { kind: 'struct'; text: string }
  | { kind: 'unknown'; text: string };

const MAX_DEPTH = 32;

function safeJson(value: unknown): string {
  try {
    return JSON.stringify(value, null, 2) ?? String(value);
  } catch {
    return String(value);
  }
}

function text(value: unknown): string {
  return typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean'
    ? String(value)
    : '';
}

function primitive(p: Record<string, unknown>): Readable | null {
  for (const key of ['integer', 'float_value', 'string_value', 'boolean', 'datetime', 'duration']) {
    const value = p[key];
    if (value !== undefined && value !== null) {
      return {
        kind: 'primitive',
        text: key === 'string_value' && typeof value === 'string' ? value : text(value) || safeJson(value),
      };
    }
  }
  return null;
}

function field(value: unknown, key: string): Record<string, unknown> | null {
  if (!isRecord(value)) return null;
  const inner = value[key];
  return isRecord(inner) ? inner : null;
}

function scalar(s: Record<string, unknown>, depth: number): Readable | null {
  const p = field(s, 'primitive');
  if (p) return primitive(p);
  if (isRecord(s.none_type) || s.none_type === true) return { kind: 'none' };
  const blob = field(s, 'blob');
  if (blob) {
    const type = field(field(blob, 'metadata'), 'type');
    const dim = type?.dimensionality;
    return {
      kind: 'blob',
      uri: text(blob.uri),
      format: text(type?.format),
      directory: dim === 'MULTIPART' || dim === 1,
    };
  }
  const sd = field(s, 'structured_dataset');
  if (sd) {
    const type = field(field(sd, 'metadata'), 'structured_dataset_type');
    const columns = Array.isArray(type?.columns)
      ? type.columns.map((c) => (isRecord(c) ? text(c.name) : ''))
      : [];
    return {
      kind: 'dataset',
      uri: text(sd.uri),
      format: text(type?.format),
      columns: columns.filter(Boolean),
    };
  }
  const schema = field(s, 'schema');
  if (schema) return { kind: 'dataset', uri: text(schema.uri), format: 'schema', columns: [] };
  const union = field(s, 'union');
  if (union) return readableLiteral(union.value, depth + 1);
  if (s.generic !== undefined && s.generic !== null) return { kind: 'struct', text: safeJson(s.generic) };
  const error = field(s, 'error');
  if (error) return { kind: 'unknown', text: `error: ${text(error.message)}` };
  const binary = field(s, 'binary');
  if (binary) return { kind: 'primitive', text: `binary (${text(binary.tag) || 'untagged'})` };
  return null;
}

export function readableLiteral(literal: unknown, depth = 0): Readable {
  if (depth > MAX_DEPTH) return { kind: 'unknown', text: '(nested too deeply)' };
  if (!isRecord(literal)) return { kind: 'unknown', text: safeJson(literal) };
  const s = field(literal, 'scalar');
  const fromScalar = s ? scalar(s, depth) : null;
  if (fromScalar) return fromScalar;
  const collection = field(literal, 'collection');
  if (collection && Array.isArray(collection.literals)) {
    return { kind: 'collection', items: collection.literals.map((item) => readableLiteral(item, depth + 1)) };
  }
  const map = field(literal, 'map');
  if (map && isRecord(map.literals)) {
    return { kind: 'map', entries: readableEntries(map.literals, depth + 1) };
  }
  const offloaded = field(literal, 'offloaded_metadata');
  if (offloaded)
    return { kind: 'blob', uri: text(offloaded.uri), format: 'offloaded literal', directory: false };
  return { kind: 'unknown', text: safeJson(literal) };
}

export function readableEntries(literals: Record<string, unknown>, depth = 0): [string, Readable][] {
  return Object.entries(literals).map(([name, value]) => [name, readableLiteral(value, depth)]);
}
