import type { LaunchField } from './launch-fields';
import type { InputValue } from './literals/convert';
import { enumValues, kindOf, unionVariants } from './literals/type-kind';
import { literalTypeText } from '../../components/literal-type-text';

const PLACEHOLDER: Record<string, string> = {
  integer: '42',
  float: '0.5',
  datetime: '2024-05-01T12:00:00Z',
  duration: '1h30m',
  blob: 's3://bucket/path/file',
  multipart: 's3://bucket/path/dir/',
  dataset: 's3://bucket/path/data.parquet',
  schema: 's3://bucket/path/schema',
  collection: '[ ... ] (JSON array)',
  map: '{ "key": ... } (JSON object)',
  struct: '{ "key": "value" } (JSON object)',
  union: 'a JSON value',
};

export interface ControlProps {
  id: string;
  /** Set when no <label> names the control (the parts of a union). */
  label?: string;
  field: LaunchField;
  value: InputValue;
  describedBy: string;
  invalid: boolean;
  onChange: (value: InputValue) => void;
}

/** The control for one value of a non-union type: checkbox, select or text, as the launch contract says. */
export function ValueControl({
  id,
  label,
  field,
  value,
  describedBy,
  invalid,
  onChange,
  type = field.type,
}: ControlProps & { type?: Record<string, unknown> }) {
  const kind = kindOf(type);
  const common = {
    id,
    'aria-label': label,
    'aria-describedby': describedBy || undefined,
    'aria-invalid': invalid || undefined,
  };
  const set = (text: string) => onChange({ ...value, text });
  if (kind === 'boolean')
    return (
      <input
        {...common}
        type="checkbox"
        checked={value.text === 'true'}
        onChange={(e) => set(String(e.target.checked))}
      />
    );
  if (kind === 'enum')
    return (
      <select {...common} value={value.text} onChange={(e) => set(e.target.value)} required={field.required}>
        <option value="">Choose…</option>
        {enumValues(type).map((v) => (
          <option key={v} value={v}>
            {v}
          </option>
        ))}
      </select>
    );
  if (kind === 'none')
    return (
      <span id={id} className="muted">
        none: no value is needed
      </span>
    );
  const multiline = kind === 'collection' || kind === 'map' || kind === 'struct' || kind === 'union';
  const props = {
    ...common,
    value: value.text,
    placeholder: PLACEHOLDER[kind],
    spellCheck: false,
    onChange: (e: { target: { value: string } }) => set(e.target.value),
  };
  return multiline ? <textarea {...props} rows={3} /> : <input {...props} type="text" />;
}

/** A union (Optional[T] included): pick the variant, then enter its value. */
export function UnionControl(props: ControlProps) {
  const { id, field, value, onChange } = props;
  const variants = unionVariants(field.type);
  const variant = variants[value.variant];
  return (
    <div className="union-control">
      <select
        id={id}
        aria-label={`${field.name} type`}
        aria-describedby={props.describedBy || undefined}
        value={value.variant}
        onChange={(e) => onChange({ text: value.text, variant: Number(e.target.value) })}
      >
        {variants.map((v, i) => (
          <option key={i} value={i}>
            {literalTypeText(v)}
          </option>
        ))}
      </select>
      {variant && kindOf(variant) !== 'none' && (
        <ValueControl {...props} id={`${id}-value`} label={`${field.name} value`} type={variant} />
      )}
    </div>
  );
}
