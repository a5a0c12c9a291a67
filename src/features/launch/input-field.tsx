import { useId } from 'react';
import { literalTypeText } from '../../components/literal-type-text';
import type { LaunchField } from './launch-fields';
import type { InputValue } from './literals/convert';
import { literalToText } from './literals/convert';
import { BINARY_HELP } from './literals/structured';
import { kindOf } from './literals/type-kind';
import { UnionControl, ValueControl } from './input-control';

export interface InputFieldProps {
  field: LaunchField;
  value: InputValue | undefined;
  error: string | undefined;
  onChange: (name: string, value: InputValue) => void;
}

/** One input: its name first (the accessible name starts with it), type, required mark, help and error. */
export function InputField({ field, value, error, onChange }: InputFieldProps) {
  const id = useId();
  const helpId = `${id}-help`;
  const errorId = `${id}-error`;
  const kind = kindOf(field.type);
  const typeText =
    field.fixed && Object.keys(field.type).length === 0 ? 'fixed' : literalTypeText(field.type);
  const describedBy = [field.description || kind === 'binary' ? helpId : '', error ? errorId : '']
    .filter(Boolean)
    .join(' ');

  let control;
  if (field.fixed) {
    control = <input id={id} type="text" readOnly value={readable(field)} aria-describedby={helpId} />;
  } else if (kind === 'binary') {
    control = <span id={id}>{field.default ? 'The default value is sent.' : 'Cannot be entered here.'}</span>;
  } else if (value) {
    const props = {
      id,
      field,
      value,
      describedBy,
      invalid: Boolean(error),
      onChange: (v: InputValue) => onChange(field.name, v),
    };
    control = kind === 'union' ? <UnionControl {...props} /> : <ValueControl {...props} />;
  }

  return (
    <div className={`launch-field${error ? ' has-error' : ''}`}>
      <label htmlFor={kind === 'union' ? undefined : id}>
        {field.name} <span className="muted">({typeText})</span>
        {field.required && (
          <>
            <span className="required" aria-hidden="true">
              {' '}
              *
            </span>
            <span className="visually-hidden">, required</span>
          </>
        )}
      </label>
      {control}
      {(field.description || field.fixed || kind === 'binary') && (
        <p id={helpId} className="field-help">
          {field.fixed ? 'Fixed by the launch plan; it cannot be changed here.' : ''}
          {field.description}
          {kind === 'binary' && !field.fixed ? ` ${BINARY_HELP}` : ''}
        </p>
      )}
      {error && (
        <p id={errorId} className="field-error">
          {error}
        </p>
      )}
    </div>
  );
}

function readable(field: LaunchField): string {
  if (!field.fixed) return '';
  const text = Object.keys(field.type).length > 0 ? literalToText(field.fixed, field.type) : '';
  return text || JSON.stringify(field.fixed);
}
