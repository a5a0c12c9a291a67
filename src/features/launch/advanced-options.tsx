import { useId, type ReactNode } from 'react';
import type { OptionKey, OptionsDraft } from './launch-options';

interface Props {
  draft: OptionsDraft;
  errors: Partial<Record<OptionKey, string>>;
  onChange: (draft: OptionsDraft) => void;
  /** Open when an error is inside, so the message is seen. */
  forceOpen: boolean;
}

function Row({
  id,
  label,
  hint,
  error,
  children,
}: {
  id: string;
  label: string;
  hint?: string;
  error?: string;
  children: ReactNode;
}) {
  return (
    <div className={`launch-field${error ? ' has-error' : ''}`}>
      <label htmlFor={id}>{label}</label>
      {children}
      {hint && (
        <p id={`${id}-hint`} className="field-help">
          {hint}
        </p>
      )}
      {error && (
        <p id={`${id}-error`} className="field-error">
          {error}
        </p>
      )}
    </div>
  );
}

/** Execution settings, folded away; their defaults come from the launch plan (admin/execution.proto:298-337). */
export function AdvancedOptions({ draft, errors, onChange, forceOpen }: Props) {
  const base = useId();
  const set = <K extends OptionKey>(key: K, value: OptionsDraft[K]) => onChange({ ...draft, [key]: value });
  const described = (key: OptionKey, hint: boolean) =>
    [hint ? `${base}-${key}-hint` : '', errors[key] ? `${base}-${key}-error` : '']
      .filter(Boolean)
      .join(' ') || undefined;
  const text = (
    key: 'name' | 'rawOutputPrefix' | 'serviceAccount' | 'maxParallelism',
    label: string,
    hint?: string,
  ) => (
    <Row id={`${base}-${key}`} label={label} hint={hint} error={errors[key]}>
      <input
        id={`${base}-${key}`}
        type="text"
        value={draft[key]}
        aria-invalid={errors[key] ? true : undefined}
        aria-describedby={described(key, Boolean(hint))}
        onChange={(e) => set(key, e.target.value)}
      />
    </Row>
  );
  const pairs = (key: 'labels' | 'annotations' | 'envs', label: string) => (
    <Row id={`${base}-${key}`} label={label} hint="One key=value per line." error={errors[key]}>
      <textarea
        id={`${base}-${key}`}
        rows={2}
        value={draft[key]}
        spellCheck={false}
        aria-invalid={errors[key] ? true : undefined}
        aria-describedby={described(key, true)}
        onChange={(e) => set(key, e.target.value)}
      />
    </Row>
  );
  return (
    <details className="advanced-options" open={forceOpen || undefined}>
      <summary>Advanced options</summary>
      {text('name', 'Execution name', 'Optional; the admin picks one when empty.')}
      {pairs('labels', 'Labels')}
      {pairs('annotations', 'Annotations')}
      {pairs('envs', 'Environment variables')}
      {text('rawOutputPrefix', 'Raw output data prefix', 'Where offloaded data goes, like s3://bucket/raw.')}
      {text('serviceAccount', 'Service account', 'Kubernetes service account the execution runs as.')}
      {text(
        'maxParallelism',
        'Max parallelism',
        'How many task nodes may run at once; empty keeps the default.',
      )}
      <Row id={`${base}-interruptible`} label="Interruptible">
        <select
          id={`${base}-interruptible`}
          value={draft.interruptible}
          onChange={(e) => set('interruptible', e.target.value as OptionsDraft['interruptible'])}
        >
          <option value="default">As the workflow says</option>
          <option value="true">Yes</option>
          <option value="false">No</option>
        </select>
      </Row>
      <div className="launch-field checkbox-row">
        <input
          id={`${base}-overwrite`}
          type="checkbox"
          checked={draft.overwriteCache}
          onChange={(e) => set('overwriteCache', e.target.checked)}
        />
        <label htmlFor={`${base}-overwrite`}>Overwrite cached outputs</label>
      </div>
    </details>
  );
}
