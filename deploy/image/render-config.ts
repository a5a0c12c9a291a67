import { validateConfig } from '../../src/config/validate-config';
import { configFromEnv, hasConfigVariables, variableFor } from './config-from-env';
import { cspNginxConf, cspSources } from './csp-sources';

/**
 * The container's start-up step: config.json from a mounted file or from CONSOLE_* variables, judged by the
 * console's own validator (src/config/validate-config.ts), plus the CSP source lists for nginx. Pure: the
 * caller reads and writes files, so tests run it on any input.
 */
export interface RenderInput {
  env: Record<string, string | undefined>;
  /** The mounted file's path and text, when it exists. */
  file?: { path: string; text: string };
}

export type RenderResult =
  | { ok: true; source: string; configJson: string; cspConf: string }
  | { ok: false; source: string; problems: string[] };

export function renderConfig({ env, file }: RenderInput): RenderResult {
  if (file && hasConfigVariables(env)) {
    return {
      ok: false,
      source: file.path,
      problems: [
        `both ${file.path} and CONSOLE_ADMIN_URL/CONSOLE_AUTH_* variables are set; use one of them, so nothing is ignored`,
      ],
    };
  }
  const fromEnv = file ? undefined : configFromEnv(env);
  const source = file ? file.path : 'environment variables';
  const problems: string[] = (fromEnv?.problems ?? []).map((p) => `${p.variable}: ${p.message}`);

  let raw: unknown = fromEnv?.raw;
  if (file) {
    try {
      raw = JSON.parse(file.text);
    } catch (error) {
      const detail = error instanceof Error ? error.message : String(error);
      return { ok: false, source, problems: [`is not valid JSON: ${detail}`] };
    }
  }
  const result = validateConfig(raw);
  if (!result.ok) {
    for (const { key, message } of result.problems) {
      const variable = file ? undefined : variableFor(key);
      const name = key === '' ? 'config.json' : key;
      problems.push(variable ? `${variable} (${name}): ${message}` : `${name}: ${message}`);
    }
    return { ok: false, source, problems };
  }
  const csp = cspSources(result.config, env);
  problems.push(...csp.problems.map((p) => `${p.variable}: ${p.message}`));
  if (problems.length > 0) return { ok: false, source, problems };
  return {
    ok: true,
    source,
    // The operator's document as written (defaults stay the console's business), pretty-printed.
    configJson: `${JSON.stringify(raw, null, 2)}\n`,
    cspConf: cspNginxConf(csp.sources),
  };
}
