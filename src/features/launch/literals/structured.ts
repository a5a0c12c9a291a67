import { child, fail, isRecord, ok, scalar, type Conversion, type Literal } from './literal-json';

/** How to set a binary input, which a form cannot take: bytes go in an inputs file for flytectl. */
export const BINARY_HELP =
  'Binary values cannot be typed here. Launch with flytectl and an inputs file instead: flytectl create execution --execFile exec_spec.yaml';

/** A struct (SimpleType STRUCT) is a google.protobuf.Struct in Scalar.generic: a JSON object. */
export function structFromJson(value: unknown): Conversion {
  if (!isRecord(value)) return fail('Enter a JSON object, like {"key": "value"}.');
  return ok(scalar({ generic: value }));
}

export function parseStruct(text: string): Conversion {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return fail('This is not valid JSON. Enter a JSON object, like {"key": "value"}.');
  }
  return structFromJson(value);
}

export function formatStruct(literal: Literal): string | null {
  const generic = child(literal, 'scalar')?.generic;
  return isRecord(generic) ? JSON.stringify(generic) : null;
}

export const parseBinary = (): Conversion => fail(BINARY_HELP);
