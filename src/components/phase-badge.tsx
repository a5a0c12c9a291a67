import { formatEnum } from './format';

const TONES: Record<string, string> = {
  SUCCEEDED: 'ok',
  RECOVERED: 'ok',
  FAILED: 'bad',
  FAILING: 'bad',
  TIMED_OUT: 'bad',
  ABORTED: 'muted',
  ABORTING: 'muted',
  SKIPPED: 'muted',
  RUNNING: 'live',
  SUCCEEDING: 'live',
  DYNAMIC_RUNNING: 'live',
  QUEUED: 'wait',
  UNDEFINED: 'muted',
};

/** The colour family of a phase: ok, bad, live, wait or muted. */
export function phaseTone(phase: string): string {
  return TONES[phase] ?? 'muted';
}

/** Phase as words (never colour alone), with a tone class for sighted people. */
export function PhaseBadge({ phase }: { phase: string }) {
  return <span className={`phase phase-${phaseTone(phase)}`}>{formatEnum(phase)}</span>;
}
