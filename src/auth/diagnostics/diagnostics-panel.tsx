import { useEffect } from 'react';
import type { ProbeResult, ProbeStatus } from './probe-types';
import { useDiagnostics, type DiagnosticsOptions } from './use-diagnostics';
import './diagnostics.css';

const STATUS_LABEL: Record<ProbeStatus, string> = {
  pass: 'Pass',
  warning: 'Warning',
  failure: 'Failure',
  skipped: 'Skipped',
};

/** "9 checks: 6 passed, 1 warning, 1 failure, 1 skipped." */
function summarize(results: ProbeResult[]): string {
  const count = (status: ProbeStatus) => results.filter((r) => r.status === status).length;
  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
  return (
    `${plural(results.length, 'check')}: ${count('pass')} passed, ${plural(count('warning'), 'warning')}, ` +
    `${plural(count('failure'), 'failure')}, ${count('skipped')} skipped.`
  );
}

function ProbeItem({ result }: { result: ProbeResult }) {
  const titleId = `probe-${result.id}`;
  return (
    <li className={`probe probe-${result.status}`} aria-labelledby={titleId} data-probe={result.id}>
      <p>
        <span className="probe-status">{STATUS_LABEL[result.status]}</span>{' '}
        <strong id={titleId}>{result.title}</strong>
      </p>
      <p className="probe-summary">{result.summary}</p>
      {result.fix && (
        <p className="probe-fix">
          <strong>Fix:</strong> {result.fix}
        </p>
      )}
    </li>
  );
}

/**
 * "Check configuration": runs the probes and lists each verdict with its fix. The outcome is announced in a
 * polite status region; the list stays for reading at leisure.
 */
export function DiagnosticsPanel({ autoRun = false, ...props }: DiagnosticsOptions & { autoRun?: boolean }) {
  const { state, run } = useDiagnostics(props);
  useEffect(() => {
    if (autoRun) run();
  }, [autoRun, run]);
  return (
    <section aria-labelledby="diagnostics-title" className="diagnostics">
      <h2 id="diagnostics-title">Configuration checks</h2>
      <p>
        Reads config.json again and probes discovery, the token endpoint and the admin from this browser
        {props.session ? '' : '. Checks that need a session are skipped'}.
      </p>
      {/* aria-disabled, not disabled: a disabled button loses focus, which would drop to <body> mid-check. */}
      <button
        type="button"
        onClick={() => state.phase !== 'running' && run()}
        aria-disabled={state.phase === 'running'}
      >
        {state.phase === 'running' ? 'Checking…' : 'Check configuration'}
      </button>
      <p role="status" aria-live="polite" className="diagnostics-status">
        {state.phase === 'running' ? 'Checking the configuration…' : ''}
        {state.phase === 'done' ? summarize(state.results) : ''}
      </p>
      {state.phase === 'done' && (
        <ul aria-label="Check results" className="probe-list">
          {state.results.map((result) => (
            <ProbeItem key={result.id} result={result} />
          ))}
        </ul>
      )}
    </section>
  );
}
