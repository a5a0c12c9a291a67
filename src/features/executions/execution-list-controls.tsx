import { useId } from 'react';
import { EXECUTION_PHASES } from '../../api/phases';
import { formatEnum } from '../../components/format';
import { SORT_KEYS, type ListState, type SortKey } from './list-search';

// Every phase the admin can report is filterable, UNDEFINED too: a list showing it must let people find it.
const FILTER_PHASES = EXECUTION_PHASES;

/** Phase checkboxes, sort key and direction, and removable workflow/launch plan filters. */
export function ExecutionListControls({
  state,
  onChange,
}: {
  state: ListState;
  onChange: (next: ListState) => void;
}) {
  const sortId = useId();
  const dirId = useId();
  const sortNoteId = useId();
  const byDuration = state.sort.key === 'duration';

  function togglePhase(phase: string, on: boolean) {
    const phases = on ? [...state.phases, phase] : state.phases.filter((p) => p !== phase);
    onChange({ ...state, phases: FILTER_PHASES.filter((p) => phases.includes(p)) });
  }

  return (
    <div className="toolbar executions-toolbar">
      <fieldset className="phase-filter">
        <legend>Phase</legend>
        {FILTER_PHASES.map((phase) => (
          <label key={phase}>
            <input
              type="checkbox"
              checked={state.phases.includes(phase)}
              onChange={(e) => togglePhase(phase, e.target.checked)}
            />
            {formatEnum(phase)}
          </label>
        ))}
      </fieldset>
      <div className="sort-controls">
        <label htmlFor={sortId}>Sort by</label>
        <select
          id={sortId}
          value={state.sort.key}
          aria-describedby={byDuration ? sortNoteId : undefined}
          onChange={(e) => onChange({ ...state, sort: { ...state.sort, key: e.target.value as SortKey } })}
        >
          {SORT_KEYS.map((s) => (
            <option key={s.key} value={s.key}>
              {s.label}
            </option>
          ))}
        </select>
        <label htmlFor={dirId}>Order</label>
        <select
          id={dirId}
          value={state.sort.direction}
          onChange={(e) =>
            onChange({
              ...state,
              sort: { ...state.sort, direction: e.target.value === 'ASCENDING' ? 'ASCENDING' : 'DESCENDING' },
            })
          }
        >
          <option value="DESCENDING">
            {state.sort.key === 'duration' ? 'Longest first' : 'Newest first'}
          </option>
          <option value="ASCENDING">
            {state.sort.key === 'duration' ? 'Shortest first' : 'Oldest first'}
          </option>
        </select>
        {byDuration && (
          // flyteadmin sorts on its duration column, which only the final event sets (models/execution.go:39,
          // transformers/execution.go:244-247): runs still going are 0 there, whatever this page shows for them.
          <p id={sortNoteId} className="muted sort-note">
            Runs that have not finished count as 0 s in this order: the server records a duration only when a
            run ends.
          </p>
        )}
      </div>
      {(state.workflow || state.launchPlan) && (
        <ul className="active-filters" aria-label="Active filters">
          {state.workflow && (
            <li>
              Workflow <strong>{state.workflow}</strong>{' '}
              <button
                type="button"
                className="secondary"
                onClick={() => onChange({ ...state, workflow: '' })}
              >
                Remove workflow filter
              </button>
            </li>
          )}
          {state.launchPlan && (
            <li>
              Launch plan <strong>{state.launchPlan}</strong>{' '}
              <button
                type="button"
                className="secondary"
                onClick={() => onChange({ ...state, launchPlan: '' })}
              >
                Remove launch plan filter
              </button>
            </li>
          )}
        </ul>
      )}
    </div>
  );
}
