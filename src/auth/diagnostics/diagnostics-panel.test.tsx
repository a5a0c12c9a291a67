import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { validateConfig } from '../../config/validate-config';
import type { LoadedConfig } from '../../config/load-config';
import { CopyButton } from './copy-button';
import { DiagnosticsPanel } from './diagnostics-panel';
import { ADMIN, internal, session, diagnosticsMsw } from '../../../test/unit/auth/diagnostics-kit';
import { RedirectUriList } from './registration-info';
import { relativeTime, TokenExpiry } from './token-expiry';

diagnosticsMsw();
afterEach(() => vi.useRealTimers());

const loaded = (auth: Record<string, unknown> = {}): (() => Promise<LoadedConfig>) => {
  const result = validateConfig({ adminUrl: ADMIN, auth });
  if (!result.ok) throw new Error('bad config');
  return () =>
    Promise.resolve({ ok: true, config: result.config, source: 'https://console.test/console/config.json' });
};

describe('DiagnosticsPanel', () => {
  it('"Check configuration" announces progress and the outcome, and lists each verdict with its fix', async () => {
    const token = await internal.admin.mintAccessToken();
    render(<DiagnosticsPanel session={session(token)} loadConfig={loaded()} />);
    await userEvent.click(screen.getByRole('button', { name: 'Check configuration' }));
    const status = screen.getByRole('status');
    expect(status).toHaveAttribute('aria-live', 'polite');
    expect(
      await within(status).findByText(/^10 checks: 9 passed, 1 warning, 0 failures, 0 skipped\.$/),
    ).toBeInTheDocument();
    const list = screen.getByRole('list', { name: 'Check results' });
    const items = within(list).getAllByRole('listitem');
    expect(items).toHaveLength(10);
    const endSession = within(list).getByRole('listitem', { name: 'Sign-out at the identity provider' });
    expect(endSession).toHaveTextContent(/^Warning Sign-out at the identity provider/);
    expect(endSession).toHaveTextContent(/Fix: Nothing to fix: this is expected with the internal server/);
    expect(within(list).getByRole('listitem', { name: 'Admin accepts the token' })).toHaveTextContent(
      /^Pass/,
    );
    expect(document.body.textContent).not.toContain(token);
  });

  it('stays focusable while the checks run (aria-disabled, not disabled) and ignores a second press', async () => {
    let release: () => void = () => undefined;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const slow = vi.fn(async () => {
      await gate;
      return loaded()();
    });
    render(<DiagnosticsPanel session={null} loadConfig={slow} />);
    const button = screen.getByRole('button', { name: 'Check configuration' });
    await userEvent.click(button);
    expect(button).toHaveTextContent('Checking…');
    expect(button).toHaveAttribute('aria-disabled', 'true');
    expect(button).not.toBeDisabled();
    expect(button).toHaveFocus();
    await userEvent.keyboard('{Enter}');
    expect(slow).toHaveBeenCalledTimes(1);
    release();
    await screen.findByRole('list', { name: 'Check results' });
    expect(button).toHaveFocus();
    expect(button).toHaveAttribute('aria-disabled', 'false');
  });

  it('a config.json with problems is the one failure reported', async () => {
    const broken = () =>
      Promise.resolve<LoadedConfig>({
        ok: false,
        source: '/console/config.json',
        problems: [{ key: 'auth.mode', message: 'must be one of auto, internal, external, none' }],
      });
    render(<DiagnosticsPanel session={null} loadConfig={broken} />);
    await userEvent.click(screen.getByRole('button', { name: 'Check configuration' }));
    const item = await screen.findByRole('listitem', { name: 'config.json' });
    expect(item).toHaveTextContent(
      /Failure config\.json.*auth\.mode must be one of.*Fix: Fix these keys in config\.json\./,
    );
  });

  it('a config.json that breaks the stricter rules shows each of them', async () => {
    const result = validateConfig({
      adminUrl: 'http://flyte.example.com',
      auth: { extraQueryParams: { prompt: 'consent' }, authorizationHeader: 'Cookie' },
    });
    if (result.ok) throw new Error('expected problems');
    const broken = () =>
      Promise.resolve<LoadedConfig>({ ok: false, source: '/console/config.json', problems: result.problems });
    render(<DiagnosticsPanel session={null} loadConfig={broken} />);
    await userEvent.click(screen.getByRole('button', { name: 'Check configuration' }));
    const item = await screen.findByRole('listitem', { name: 'config.json' });
    expect(item).toHaveTextContent(/adminUrl uses plain http on flyte\.example\.com/);
    expect(item).toHaveTextContent(
      /auth\.authorizationHeader "Cookie" is a header browsers do not let a page set/,
    );
    expect(item).toHaveTextContent(/auth\.extraQueryParams "prompt" cannot be set here/);
  });

  it('autoRun checks at once, and signed-in probes say why they were skipped', async () => {
    render(<DiagnosticsPanel session={null} loadConfig={loaded()} autoRun />);
    const item = await screen.findByRole('listitem', { name: 'Refresh token' });
    expect(item).toHaveTextContent('Skipped Refresh tokenSkipped: not signed in.');
  });
});

describe('copy buttons', () => {
  it('copy a redirect URI and announce "Copied" politely', async () => {
    const user = userEvent.setup();
    render(<RedirectUriList />);
    await user.click(screen.getByRole('button', { name: 'Copy Post-logout redirect URI' }));
    expect(await navigator.clipboard.readText()).toBe(`${window.location.origin}/console/signed-out`);
    const region = screen.getAllByRole('status').find((el) => el.textContent === 'Copied');
    expect(region).toHaveAttribute('aria-live', 'polite');
  });

  it('say how to copy by hand when the clipboard refuses', async () => {
    const user = userEvent.setup();
    vi.spyOn(navigator.clipboard, 'writeText').mockRejectedValue(new Error('denied'));
    render(<CopyButton text="x" label="snippet" />);
    await user.click(screen.getByRole('button', { name: 'Copy snippet' }));
    expect(screen.getByRole('status')).toHaveTextContent('Copy failed: select the text and copy it by hand');
  });
});

describe('TokenExpiry', () => {
  it('counts down live and follows a renewal', () => {
    vi.useFakeTimers();
    vi.setSystemTime(new Date('2026-01-01T12:00:00Z'));
    const now = Math.floor(Date.now() / 1000);
    const { rerender } = render(<TokenExpiry expiresAt={now + 65} />);
    expect(screen.getByText(/^expires in 1 min 5 s/)).toBeInTheDocument();
    act(() => void vi.advanceTimersByTime(3000));
    expect(screen.getByText(/^expires in 1 min 2 s/)).toBeInTheDocument();
    rerender(<TokenExpiry expiresAt={now + 1800} />);
    expect(screen.getByText(/^expires in 29 min 57 s/)).toBeInTheDocument();
    act(() => void vi.advanceTimersByTime(1_800_000));
    expect(screen.getByText(/^expired 3 s ago/)).toBeInTheDocument();
  });

  it('formats hours, minutes and seconds', () => {
    expect(relativeTime(3 * 3600 + 120)).toBe('in 3 h 2 min');
    expect(relativeTime(-42)).toBe('42 s ago');
  });
});
