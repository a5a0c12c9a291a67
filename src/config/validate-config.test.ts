import { describe, expect, it } from 'vitest';
import { validateConfig } from './validate-config';
import { DEFAULT_CONFIG } from './config-types';

describe('validateConfig', () => {
  it('applies every default to an empty object', () => {
    expect(validateConfig({})).toEqual({ ok: true, config: DEFAULT_CONFIG });
  });

  it('accepts a complete external configuration', () => {
    const result = validateConfig({
      adminUrl: 'https://flyte.example.com/',
      auth: {
        mode: 'external',
        clientId: 'console',
        issuer: 'https://idp.example.com/realms/flyte',
        metadataUrl: '.well-known/oauth-authorization-server',
        scopes: ['openid', 'offline_access'],
        audience: 'api://flyte',
        extraQueryParams: { access_type: 'offline' },
        authorizationHeader: 'flyte-authorization',
        userStore: 'local',
      },
    });
    expect(result).toEqual({
      ok: true,
      config: {
        adminUrl: 'https://flyte.example.com',
        auth: {
          mode: 'external',
          clientId: 'console',
          issuer: 'https://idp.example.com/realms/flyte',
          metadataUrl: '.well-known/oauth-authorization-server',
          scopes: ['openid', 'offline_access'],
          audience: 'api://flyte',
          extraQueryParams: { access_type: 'offline' },
          authorizationHeader: 'flyte-authorization',
          userStore: 'local',
        },
      },
    });
  });

  it('reports every bad key at once, with its dotted name', () => {
    const result = validateConfig({
      adminUrl: 'flyte.example.com',
      colour: 'blue',
      auth: {
        mode: 'magic',
        issuer: 'not a url',
        scopes: 'openid profile',
        extraQueryParams: { prompt: 1 },
        authorizationHeader: 'bad header',
        userStore: 'cookie',
        clientSecret: 'x',
      },
    });
    expect(result.ok).toBe(false);
    const keys = result.ok ? [] : result.problems.map((p) => p.key);
    expect(keys.sort()).toEqual(
      [
        'adminUrl',
        'colour',
        'auth.mode',
        'auth.issuer',
        'auth.scopes',
        'auth.extraQueryParams',
        'auth.authorizationHeader',
        'auth.userStore',
        'auth.clientSecret',
      ].sort(),
    );
  });

  it('requires an issuer in external mode', () => {
    const result = validateConfig({ auth: { mode: 'external' } });
    expect(result).toEqual({
      ok: false,
      problems: [{ key: 'auth.issuer', message: 'is required when auth.mode is "external"' }],
    });
  });

  it('rejects a document that is not an object', () => {
    expect(validateConfig([1, 2])).toEqual({
      ok: false,
      problems: [{ key: '', message: 'must be a JSON object' }],
    });
    expect(validateConfig({ auth: 'none' }).ok).toBe(false);
  });

  it('rejects empty scope lists and scopes with spaces', () => {
    expect(validateConfig({ auth: { scopes: [] } }).ok).toBe(false);
    expect(validateConfig({ auth: { scopes: ['openid profile'] } }).ok).toBe(false);
  });
});
