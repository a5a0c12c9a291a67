/**
 * flyteadmin's list filters: `func(field,value)` terms joined by `+`, list values separated by `;`.
 * The joined string goes into the `filters` query parameter as it is; URLSearchParams sends '+' as %2B,
 * which is what the admin splits on (a literal '+' would arrive as a space).
 */
type FilterFunction =
  'eq' | 'ne' | 'gt' | 'gte' | 'lt' | 'lte' | 'contains' | 'not_like' | 'value_in' | 'value_not_in';

export interface Filter {
  fn: FilterFunction;
  field: string;
  value: string | readonly string[];
}

/** Characters the admin's filter grammar uses as separators; a value cannot carry them. */
const SEPARATOR = /[+;,()]/;

export function eq(field: string, value: string): Filter {
  return { fn: 'eq', field, value };
}

export function contains(field: string, value: string): Filter {
  return { fn: 'contains', field, value };
}

/** SQL NOT LIKE with the pattern as given (flyteadmin/pkg/common/filters.go:41,220-224). */
export function notLike(field: string, pattern: string): Filter {
  return { fn: 'not_like', field, value: pattern };
}

/** Escapes LIKE's wildcards (Postgres' default escape character is the backslash) so text matches itself. */
export function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (ch) => `\\${ch}`);
}

export function valueIn(field: string, values: readonly string[]): Filter {
  return { fn: 'value_in', field, value: values };
}

/**
 * Makes typed text safe for a filter value: separators would split the term, and flyteadmin names hold no
 * whitespace (which the admin's parser also refuses), so both are dropped.
 */
export function filterSafe(text: string): string {
  return text.replace(/[+;,()\s]/g, '');
}

export function encodeFilter(filter: Filter): string {
  const values = typeof filter.value === 'string' ? [filter.value] : filter.value;
  for (const value of values) {
    if (SEPARATOR.test(value)) {
      throw new Error(`Filter value "${value}" contains a separator (+ ; , ( )).`);
    }
  }
  return `${filter.fn}(${filter.field},${values.join(';')})`;
}

/** Empty lists and empty `value_in` terms are left out, so "no filter" is always `undefined`. */
export function encodeFilters(filters: readonly Filter[]): string | undefined {
  const terms = filters
    .filter((f) => (typeof f.value === 'string' ? f.value !== '' : f.value.length > 0))
    .map(encodeFilter);
  return terms.length ? terms.join('+') : undefined;
}
