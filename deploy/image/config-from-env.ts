/**
 * config.json from environment variables, for a container without a mounted file. One variable per key of
 * DESIGN.md section 2; values are taken as the operator typed them and judged afterwards by the app's own
 * validator, so the container refuses exactly what the console would refuse.
 */
export interface EnvProblem {
  variable: string;
  message: string;
}

const STRING_VARIABLES: Record<string, string> = {
  CONSOLE_ADMIN_URL: 'adminUrl',
  CONSOLE_AUTH_MODE: 'auth.mode',
  CONSOLE_AUTH_CLIENT_ID: 'auth.clientId',
  CONSOLE_AUTH_ISSUER: 'auth.issuer',
  CONSOLE_AUTH_METADATA_URL: 'auth.metadataUrl',
  CONSOLE_AUTH_AUDIENCE: 'auth.audience',
  CONSOLE_AUTH_AUTHORIZATION_HEADER: 'auth.authorizationHeader',
  CONSOLE_AUTH_USER_STORE: 'auth.userStore',
};
const SCOPES = 'CONSOLE_AUTH_SCOPES';
const EXTRA_PARAMS = 'CONSOLE_AUTH_EXTRA_QUERY_PARAMS';
/** Read by csp-sources.ts, not part of config.json. */
export const CSP_VARIABLES = ['CONSOLE_CSP_CONNECT_SRC', 'CONSOLE_CSP_FRAME_SRC', 'CONSOLE_CSP_IMG_SRC'];

export const CONFIG_VARIABLES = [...Object.keys(STRING_VARIABLES), SCOPES, EXTRA_PARAMS];

/** The environment variable that sets a config key, for error messages ("auth.mode" -> CONSOLE_AUTH_MODE). */
export function variableFor(key: string): string | undefined {
  if (key === 'auth.scopes') return SCOPES;
  if (key === 'auth.extraQueryParams') return EXTRA_PARAMS;
  return Object.entries(STRING_VARIABLES).find(([, k]) => k === key)?.[0];
}

export function hasConfigVariables(env: Record<string, string | undefined>): boolean {
  return CONFIG_VARIABLES.some((name) => env[name] !== undefined);
}

export function configFromEnv(env: Record<string, string | undefined>): {
  raw: { adminUrl?: string; auth: Record<string, unknown> };
  problems: EnvProblem[];
} {
  const problems: EnvProblem[] = [];
  // A misspelt variable would otherwise be ignored silently and the console would start with defaults.
  // Only our own prefixes are checked: Kubernetes adds <SERVICE>_PORT variables of its own.
  for (const name of Object.keys(env)) {
    if (
      /^CONSOLE_(AUTH|CSP)_/.test(name) &&
      !CONFIG_VARIABLES.includes(name) &&
      !CSP_VARIABLES.includes(name)
    )
      problems.push({
        variable: name,
        message: 'unknown variable (see docs/deployment.md, "Container image")',
      });
  }
  const raw: { adminUrl?: string; auth: Record<string, unknown> } = { auth: {} };
  for (const [name, key] of Object.entries(STRING_VARIABLES)) {
    const value = env[name];
    if (value === undefined) continue;
    if (key === 'adminUrl') raw.adminUrl = value;
    else raw.auth[key.slice('auth.'.length)] = value;
  }
  const scopes = env[SCOPES];
  if (scopes !== undefined) raw.auth.scopes = scopes.split(/[\s,]+/).filter((s) => s !== '');
  const params = env[EXTRA_PARAMS];
  if (params !== undefined) {
    // URL query syntax ("acr_values=mfa&ui_locales=en") is easier to write in YAML than nested JSON.
    const entries = [...new URLSearchParams(params)];
    if (entries.length === 0 || entries.some(([k]) => k === ''))
      problems.push({
        variable: EXTRA_PARAMS,
        message: `must look like "acr_values=mfa&ui_locales=en", got "${params}"`,
      });
    else raw.auth.extraQueryParams = Object.fromEntries(entries);
  }
  return { raw, problems };
}
