import type { LaunchField } from './launch-fields';
import { literalToValue, valueToLiteral, type InputValue } from './literals/convert';
import type { Literal } from './literals/literal-json';
import { isOptionalUnion, kindOf, unionVariants } from './literals/type-kind';

export type FormValues = Record<string, InputValue>;

function emptyValue(field: LaunchField): InputValue {
  if (kindOf(field.type) === 'boolean') return { text: 'false', variant: 0 };
  if (isOptionalUnion(field.type)) {
    const none = unionVariants(field.type).findIndex((v) => kindOf(v) === 'none');
    return { text: '', variant: none };
  }
  return { text: '', variant: 0 };
}

export interface InitialState {
  values: FormValues;
  /** The literal each prefilled value came from: sent as it is when the person leaves the value alone. */
  literals: Record<string, Literal>;
}

/** Defaults (or a previous run's inputs, for Relaunch) as text the person can edit. */
export function initialState(fields: LaunchField[], prefill: Record<string, unknown> = {}): InitialState {
  const values: FormValues = {};
  const literals: Record<string, Literal> = {};
  for (const field of fields) {
    if (field.fixed) continue;
    const given = prefill[field.name];
    const literal = (typeof given === 'object' && given !== null ? given : field.default) as Literal | null;
    values[field.name] = literal ? literalToValue(literal, field.type) : emptyValue(field);
    if (literal) literals[field.name] = literal;
  }
  return { values, literals };
}

const isEmpty = (field: LaunchField, value: InputValue): boolean => {
  const kind = kindOf(field.type);
  if (kind === 'none' || kind === 'boolean') return false;
  const variant = unionVariants(field.type)[value.variant];
  if (kind === 'union' && variant && kindOf(variant) === 'none') return false;
  return value.text.trim() === '';
};

export interface CollectedInputs {
  inputs: Record<string, Literal>;
  errors: Record<string, string>;
}

/**
 * Every value checked against its type before anything is sent. A value left as it was prefilled is sent as
 * that literal itself (nothing lost to a text round trip); an emptied optional one is left to the admin,
 * which applies the default (execution_validator.go:101).
 */
export function collectInputs(
  fields: LaunchField[],
  values: FormValues,
  initial: InitialState,
): CollectedInputs {
  const inputs: Record<string, Literal> = {};
  const errors: Record<string, string> = {};
  for (const field of fields) {
    const value = values[field.name];
    if (field.fixed || !value) continue;
    const start = initial.values[field.name];
    const untouched = start && start.text === value.text && start.variant === value.variant;
    const original = initial.literals[field.name];
    if (original && untouched) {
      inputs[field.name] = original;
      continue;
    }
    if (isEmpty(field, value)) {
      if (field.required) errors[field.name] = 'A value is required.';
      continue;
    }
    const result = valueToLiteral(value, field.type);
    if (result.ok) inputs[field.name] = result.literal;
    else errors[field.name] = result.error;
  }
  return { inputs, errors };
}
