import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { act, render, screen } from '@testing-library/react';
import { RunDuration } from './run-duration';

const T = Date.UTC(2026, 0, 1, 12, 0, 0);

describe('RunDuration', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    vi.setSystemTime(T);
  });
  afterEach(() => vi.useRealTimers());

  it('ticks from started_at while the admin has no duration, FAILING and ABORTING included', () => {
    const started = new Date(T - 40 * 60_000).toISOString();
    for (const phase of ['RUNNING', 'FAILING', 'ABORTING']) {
      vi.setSystemTime(T);
      const { unmount } = render(<RunDuration phase={phase} startedAt={started} duration={null} />);
      expect(screen.getByText('40m 00s')).toBeInTheDocument();
      act(() => void vi.advanceTimersByTime(5_000));
      expect(screen.getByText('40m 05s')).toBeInTheDocument();
      unmount();
    }
  });

  it('shows the final duration once there is one, and a dash before the start', () => {
    const { rerender } = render(
      <RunDuration phase="SUCCEEDED" startedAt="2026-01-01T11:00:00Z" duration={12.3} />,
    );
    expect(screen.getByText('12s')).toBeInTheDocument();
    rerender(<RunDuration phase="QUEUED" startedAt="" duration={null} />);
    expect(screen.getByText('—')).toBeInTheDocument();
    rerender(<RunDuration phase="ABORTED" startedAt="2026-01-01T11:00:00Z" duration={null} />);
    expect(screen.getByText('—')).toBeInTheDocument();
  });
});
