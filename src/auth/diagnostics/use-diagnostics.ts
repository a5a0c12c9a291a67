import { useCallback, useEffect, useRef, useState } from 'react';
import { loadConfig as loadConfigFile, type LoadedConfig } from '../../config/load-config';
import { runDiagnostics } from './run-diagnostics';
import { verdict, type FetchLike, type ProbeResult, type ProbeSession } from './probe-types';

export type DiagnosticsState =
  { phase: 'idle' } | { phase: 'running' } | { phase: 'done'; results: ProbeResult[] };

export interface DiagnosticsOptions {
  session: ProbeSession | null;
  /** Reads config.json again on every run, so a fixed file can be checked without a reload. */
  loadConfig?: () => Promise<LoadedConfig>;
  fetchImpl?: FetchLike;
}

/** Everything the checks need except the session comes from config.json as it is now. */
async function check(options: DiagnosticsOptions): Promise<ProbeResult[]> {
  const loaded = await (options.loadConfig ?? loadConfigFile)();
  if (!loaded.ok) {
    const problems = loaded.problems.map((p) => `${p.key || 'the file'} ${p.message}`).join('; ');
    const fix = loaded.problems.some((p) => p.key === '')
      ? 'Serve valid JSON at that URL (or answer 404 there for all defaults), never index.html.'
      : 'Fix these keys in config.json.';
    return [verdict('config', 'failure', `${loaded.source}: ${problems}.`, fix)];
  }
  const config = verdict(
    'config',
    'pass',
    `${loaded.source} is valid (auth.mode "${loaded.config.auth.mode}").`,
  );
  const results = await runDiagnostics({
    config: loaded.config,
    origin: window.location.origin,
    session: options.session,
    fetchImpl: options.fetchImpl,
  });
  return [config, ...results];
}

export function useDiagnostics(options: DiagnosticsOptions) {
  const [state, setState] = useState<DiagnosticsState>({ phase: 'idle' });
  const latest = useRef(options);
  const serial = useRef(0);
  useEffect(() => {
    latest.current = options;
  });
  useEffect(() => () => void (serial.current += 1), []);

  const run = useCallback(() => {
    serial.current += 1;
    const mine = serial.current;
    setState({ phase: 'running' });
    check(latest.current).then(
      (results) => mine === serial.current && setState({ phase: 'done', results }),
      (error: unknown) =>
        mine === serial.current &&
        setState({
          phase: 'done',
          results: [verdict('config', 'failure', `The checks could not run: ${String(error)}`)],
        }),
    );
  }, []);
  return { state, run };
}
