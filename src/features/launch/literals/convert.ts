import { formatDuration, parseDuration } from './duration';
import { fromJson, toJson } from './json-values';
import { fail, noneLiteral, ok, type Conversion, type Literal, type LiteralType } from './literal-json';
import {
  formatPrimitive,
  parseBoolean,
  parseDatetime,
  parseFloatText,
  parseInteger,
  parseString,
} from './primitives';
import { formatReference, parseReference } from './references';
import { formatStruct, parseBinary, parseStruct } from './structured';
import { enumValues, kindOf, unionVariants } from './type-kind';
import { unionLiteral, unionParts, variantIndex } from './union';

/** What a person typed for one input; `variant` picks the member of a union (unused otherwise). */
export interface InputValue {
  text: string;
  variant: number;
}

function parseJsonThen(text: string, type: LiteralType, want: string): Conversion {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return fail(`This is not valid JSON. Enter ${want}.`);
  }
  return fromJson(value, type);
}

/** Text typed for one value of `type` as the literal flyteadmin expects (literals.proto). */
export function textToLiteral(text: string, type: LiteralType): Conversion {
  const kind = kindOf(type);
  switch (kind) {
    case 'integer':
      return parseInteger(text);
    case 'float':
      return parseFloatText(text);
    case 'string':
      return parseString(text);
    case 'boolean':
      return parseBoolean(text);
    case 'datetime':
      return parseDatetime(text);
    case 'duration':
      return parseDuration(text);
    case 'none':
      return ok(noneLiteral());
    case 'struct':
      return parseStruct(text);
    case 'binary':
      return parseBinary();
    case 'blob':
    case 'multipart':
    case 'dataset':
    case 'schema':
      return parseReference(text, type, kind);
    case 'enum':
      return enumValues(type).includes(text)
        ? parseString(text)
        : fail(`Choose one of ${enumValues(type).join(', ')}.`);
    case 'collection':
      return parseJsonThen(text, type, 'a JSON array, like [1, 2, 3]');
    case 'map':
      return parseJsonThen(text, type, 'a JSON object, like {"key": 1}');
    case 'union':
      return parseJsonThen(text, type, 'a JSON value');
    case 'unsupported':
      return fail('This type cannot be entered in the console.');
  }
}

/** The text a person would type for `literal` (the inverse of textToLiteral). */
export function literalToText(literal: Literal, type: LiteralType): string {
  const kind = kindOf(type);
  if (kind === 'collection' || kind === 'map' || kind === 'union')
    return JSON.stringify(toJson(literal, type));
  if (kind === 'struct') return formatStruct(literal) ?? '';
  if (kind === 'duration') return formatDuration(literal) ?? '';
  if (kind === 'none') return '';
  return formatReference(literal) ?? formatPrimitive(literal) ?? '';
}

/** A form value as a literal; a union's value is the chosen variant's literal wrapped with that variant's type. */
export function valueToLiteral(value: InputValue, type: LiteralType): Conversion {
  if (kindOf(type) !== 'union') return textToLiteral(value.text, type);
  const variant = unionVariants(type)[value.variant];
  if (!variant) return fail('Choose a type for this value.');
  const inner = textToLiteral(value.text, variant);
  return inner.ok ? ok(unionLiteral(inner.literal, variant)) : inner;
}

/** A literal (a default, or a previous execution's input) as a form value. */
export function literalToValue(literal: Literal, type: LiteralType): InputValue {
  if (kindOf(type) !== 'union') return { text: literalToText(literal, type), variant: 0 };
  const index = variantIndex(literal, type);
  const variant = unionVariants(type)[index];
  const parts = unionParts(literal);
  if (!variant || !parts) return { text: '', variant: 0 };
  return { text: literalToText(parts.value, variant), variant: index };
}
