import {
  AUTH_MODES,
  DEFAULT_CONFIG,
  USER_STORES,
  type AuthConfig,
  type AuthMode,
  type ConsoleConfig,
  type UserStoreKind,
} from './config-types';
import { forbiddenHeaderProblem, insecureUrlProblem, protocolParameterProblem } from './config-rules';

export interface ConfigProblem {
  /** Dotted key, e.g. "auth.issuer"; "" for the document itself. */
  key: string;
  message: string;
}

export type ConfigResult = { ok: true; config: ConsoleConfig } | { ok: false; problems: ConfigProblem[] };

const TOP_KEYS = ['adminUrl', 'auth'];
const AUTH_KEYS = [
  'mode',
  'clientId',
  'issuer',
  'metadataUrl',
  'scopes',
  'audience',
  'extraQueryParams',
  'authorizationHeader',
  'userStore',
];
// RFC 7230 token characters: what an HTTP header name may contain.
const HEADER_NAME = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isAbsoluteHttpUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return url.protocol === 'https:' || url.protocol === 'http:';
  } catch {
    return false;
  }
}

/** Validates parsed config.json and applies defaults; every problem is reported, not just the first. */
export function validateConfig(raw: unknown): ConfigResult {
  const problems: ConfigProblem[] = [];
  const add = (key: string, message: string) => problems.push({ key, message });
  /** Adds the problem when there is one; true when it did. */
  const flag = (key: string, message: string | null) => message !== null && add(key, message) > 0;
  if (!isRecord(raw)) {
    return { ok: false, problems: [{ key: '', message: 'must be a JSON object' }] };
  }
  for (const key of Object.keys(raw)) {
    if (!TOP_KEYS.includes(key)) add(key, `unknown key (known keys: ${TOP_KEYS.join(', ')})`);
  }

  let adminUrl = DEFAULT_CONFIG.adminUrl;
  if (raw.adminUrl !== undefined) {
    if (typeof raw.adminUrl !== 'string') add('adminUrl', 'must be a string');
    else if (raw.adminUrl !== '' && !isAbsoluteHttpUrl(raw.adminUrl))
      add(
        'adminUrl',
        `must be an absolute http(s) URL or "" for the console's origin, got "${raw.adminUrl}"`,
      );
    else if (!flag('adminUrl', insecureUrlProblem(raw.adminUrl))) adminUrl = raw.adminUrl.replace(/\/+$/, '');
  }

  const auth: AuthConfig = { ...DEFAULT_CONFIG.auth, extraQueryParams: {} };
  const rawAuth = raw.auth ?? {};
  if (!isRecord(rawAuth)) {
    add('auth', 'must be an object');
  } else {
    for (const key of Object.keys(rawAuth)) {
      if (!AUTH_KEYS.includes(key)) add(`auth.${key}`, `unknown key (known keys: ${AUTH_KEYS.join(', ')})`);
    }
    const str = (key: string): string | undefined => {
      const value = rawAuth[key];
      if (value === undefined) return undefined;
      if (typeof value !== 'string' || value.trim() === '') {
        add(`auth.${key}`, 'must be a non-empty string');
        return undefined;
      }
      return value.trim();
    };
    const mode = str('mode');
    if (mode !== undefined) {
      if ((AUTH_MODES as readonly string[]).includes(mode)) auth.mode = mode as AuthMode;
      else add('auth.mode', `must be one of ${AUTH_MODES.join(', ')}, got "${mode}"`);
    }
    auth.clientId = str('clientId') ?? auth.clientId;
    const issuer = str('issuer');
    if (issuer !== undefined) {
      if (!isAbsoluteHttpUrl(issuer)) add('auth.issuer', `must be an absolute http(s) URL, got "${issuer}"`);
      else if (!flag('auth.issuer', insecureUrlProblem(issuer))) auth.issuer = issuer;
    }
    auth.metadataUrl = str('metadataUrl') ?? auth.metadataUrl;
    const audience = str('audience');
    if (audience !== undefined) auth.audience = audience;
    const header = str('authorizationHeader');
    if (header !== undefined) {
      if (!HEADER_NAME.test(header))
        add('auth.authorizationHeader', `"${header}" is not a valid HTTP header name`);
      else if (!flag('auth.authorizationHeader', forbiddenHeaderProblem(header)))
        auth.authorizationHeader = header;
    }
    const store = str('userStore');
    if (store !== undefined) {
      if ((USER_STORES as readonly string[]).includes(store)) auth.userStore = store as UserStoreKind;
      else add('auth.userStore', `must be one of ${USER_STORES.join(', ')}, got "${store}"`);
    }
    if (rawAuth.scopes !== undefined) {
      const scopes = rawAuth.scopes;
      if (
        !Array.isArray(scopes) ||
        scopes.some((s) => typeof s !== 'string' || s.trim() === '' || /\s/.test(s))
      )
        add('auth.scopes', 'must be a list of scope names without spaces, e.g. ["openid", "profile"]');
      else if (scopes.length === 0) add('auth.scopes', 'must not be empty; leave it out to use the defaults');
      else auth.scopes = scopes as string[];
    }
    if (rawAuth.extraQueryParams !== undefined) {
      const params = rawAuth.extraQueryParams;
      if (!isRecord(params) || Object.values(params).some((v) => typeof v !== 'string'))
        add('auth.extraQueryParams', 'must be an object of string values, e.g. {"access_type": "offline"}');
      else {
        const clashes = Object.keys(params).flatMap((name) => protocolParameterProblem(name) ?? []);
        for (const message of clashes) add('auth.extraQueryParams', message);
        if (clashes.length === 0) auth.extraQueryParams = params as Record<string, string>;
      }
    }
    if (auth.audience !== undefined && 'audience' in auth.extraQueryParams)
      add('auth.extraQueryParams', '"audience" is already sent from auth.audience; set it in one place only');
    if (
      auth.mode === 'external' &&
      auth.issuer === undefined &&
      !problems.some((p) => p.key === 'auth.issuer')
    )
      add('auth.issuer', 'is required when auth.mode is "external"');
    if (auth.metadataUrl.startsWith('http') && !isAbsoluteHttpUrl(auth.metadataUrl))
      add('auth.metadataUrl', `is not a valid URL: "${auth.metadataUrl}"`);
    else flag('auth.metadataUrl', insecureUrlProblem(auth.metadataUrl));
  }

  return problems.length > 0 ? { ok: false, problems } : { ok: true, config: { adminUrl, auth } };
}
