import { DEFAULT_CONFIG, type ConsoleConfig } from './config-types';
import { validateConfig, type ConfigProblem } from './validate-config';

export type LoadedConfig =
  | { ok: true; config: ConsoleConfig; source: string }
  | { ok: false; problems: ConfigProblem[]; source: string };

/** Where the deployment's config lives: next to index.html, whatever the host. */
function getConfigUrl(): string {
  return new URL(`${import.meta.env.BASE_URL}config.json`, window.location.origin).toString();
}

/**
 * Fetches and validates config.json. A missing file (404) means all defaults; anything else that is wrong
 * (unreachable, not JSON, bad keys) comes back as problems for the error page, never as an exception.
 */
export async function loadConfig(url = getConfigUrl()): Promise<LoadedConfig> {
  let response: Response;
  try {
    response = await fetch(url, { cache: 'no-cache', headers: { Accept: 'application/json' } });
  } catch (error) {
    return {
      ok: false,
      source: url,
      problems: [{ key: '', message: `could not be fetched: ${String(error)}` }],
    };
  }
  if (response.status === 404) return { ok: true, config: DEFAULT_CONFIG, source: url };
  if (!response.ok) {
    return { ok: false, source: url, problems: [{ key: '', message: `answered HTTP ${response.status}` }] };
  }
  const text = await response.text();
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return { ok: false, source: url, problems: [{ key: '', message: `is not valid JSON: ${detail}` }] };
  }
  const result = validateConfig(raw);
  return result.ok
    ? { ok: true, config: result.config, source: url }
    : { ok: false, problems: result.problems, source: url };
}
