import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router';
import { describeApiError, isApiError } from '../../api/api-error';
import type { LaunchOptions } from '../../api/types/launch';
import { useLaunchExecution, type LaunchTarget } from '../../api/launch-execution';
import { paths } from '../../config/paths';
import { AdvancedOptions } from './advanced-options';
import { collectInputs, initialState, type FormValues } from './form-values';
import { InputField } from './input-field';
import type { LaunchField } from './launch-fields';
import { draftFromOptions, optionsFromDraft, type OptionKey } from './launch-options';
import type { InputValue } from './literals/convert';
import { fieldOfServerError } from './server-errors';

export interface LaunchFormProps {
  project: string;
  domain: string;
  target: LaunchTarget;
  fields: LaunchField[];
  /** Literals to start from instead of the defaults (Relaunch). */
  prefill?: Record<string, unknown>;
  defaultOptions: LaunchOptions;
}

/**
 * The typed launch form. Values are checked before anything is sent; messages sit next to their field and focus
 * moves to the first one. Its state lives here, so a failed request, a renewal or the session-expired dialog
 * (which opens over the page) leaves everything typed in place.
 */
export function LaunchForm({ project, domain, target, fields, prefill, defaultOptions }: LaunchFormProps) {
  const [initial] = useState(() => initialState(fields, prefill));
  const [values, setValues] = useState<FormValues>(initial.values);
  const [draft, setDraft] = useState(() => draftFromOptions(defaultOptions));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [optionErrors, setOptionErrors] = useState<Partial<Record<OptionKey, string>>>({});
  const [formError, setFormError] = useState('');
  const [focusTick, setFocusTick] = useState(0);
  const formRef = useRef<HTMLFormElement>(null);
  const launch = useLaunchExecution();
  const navigate = useNavigate();

  useEffect(() => {
    if (focusTick === 0) return;
    formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [focusTick]);

  const onChange = (name: string, value: InputValue) => setValues((v) => ({ ...v, [name]: value }));

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (launch.isPending) return;
    const collected = collectInputs(fields, values, initial);
    const opts = optionsFromDraft(draft);
    setErrors(collected.errors);
    setOptionErrors(opts.errors);
    const count = Object.keys(collected.errors).length + Object.keys(opts.errors).length;
    if (count > 0) {
      setFormError(`Nothing was sent: ${count === 1 ? '1 value needs' : `${count} values need`} attention.`);
      setFocusTick((t) => t + 1);
      return;
    }
    setFormError('');
    try {
      const created = await launch.mutateAsync({
        project,
        domain,
        name: opts.name,
        target,
        inputs: collected.inputs,
        options: opts.options,
      });
      void navigate(paths.execution(created.project, created.domain, created.name));
    } catch (error) {
      const message = isApiError(error) ? (error.serverMessage ?? error.message) : String(error);
      const field =
        isApiError(error) && error.status === 400
          ? fieldOfServerError(
              message,
              fields.map((f) => f.name),
            )
          : null;
      if (field) {
        setErrors({ [field]: `The admin refused this value: ${message}` });
        setFocusTick((t) => t + 1);
        setFormError('The launch was refused; see the marked input.');
      } else if (isApiError(error) && error.kind === 'unauthorized') {
        setFormError(
          'Your session expired. Sign in again, then press Launch again: everything you entered is still here.',
        );
      } else {
        setFormError(`The launch failed: ${describeApiError(error)}`);
      }
    }
  }

  return (
    <form ref={formRef} className="launch-form" noValidate onSubmit={(e) => void submit(e)}>
      {fields.length === 0 && <p className="muted">This launch plan takes no inputs.</p>}
      {fields.map((field) => (
        <InputField
          key={field.name}
          field={field}
          value={values[field.name]}
          error={errors[field.name]}
          onChange={onChange}
        />
      ))}
      <AdvancedOptions
        draft={draft}
        errors={optionErrors}
        onChange={setDraft}
        forceOpen={Object.keys(optionErrors).length > 0}
      />
      <p role="alert" className={formError ? 'form-error' : 'visually-hidden'}>
        {formError}
      </p>
      <div className="form-actions">
        <button type="submit" disabled={launch.isPending} aria-disabled={launch.isPending || undefined}>
          Launch
        </button>
        {launch.isPending && <span role="status">Launching…</span>}
      </div>
    </form>
  );
}
