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

  const problemsOf = (raw: unknown) => {
    const result = validateConfig(raw);
    return result.ok ? [] : result.problems;
  };

  it.each([
    'state',
    'nonce',
    'redirect_uri',
    'code_challenge',
    'code_challenge_method',
    'response_type',
    'client_id',
    'scope',
    'prompt',
    'Prompt',
  ])('refuses the protocol parameter %s in extraQueryParams', (name) => {
    const problems = problemsOf({ auth: { extraQueryParams: { access_type: 'offline', [name]: 'x' } } });
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ key: 'auth.extraQueryParams' });
    expect(problems[0]?.message).toContain(`"${name}" cannot be set here`);
  });

  it('explains that prompt would break silent renewal', () => {
    expect(problemsOf({ auth: { extraQueryParams: { prompt: 'consent' } } })[0]?.message).toMatch(
      /prompt=none in silent renewals/,
    );
  });

  it('refuses an audience set twice', () => {
    expect(
      problemsOf({ auth: { audience: 'https://api', extraQueryParams: { audience: 'https://other' } } }),
    ).toEqual([{ key: 'auth.extraQueryParams', message: expect.stringContaining('auth.audience') }]);
  });

  it.each([
    ['adminUrl', { adminUrl: 'http://flyte.example.com' }],
    ['auth.issuer', { auth: { mode: 'external', issuer: 'http://idp.example.com/realms/x' } }],
    [
      'auth.metadataUrl',
      {
        auth: {
          mode: 'external',
          issuer: 'https://idp.example.com',
          metadataUrl: 'http://idp.example.com/m',
        },
      },
    ],
  ])('refuses plain http off this machine in %s', (key, raw) => {
    expect(problemsOf(raw)).toEqual([{ key, message: expect.stringContaining('uses plain http') }]);
  });

  it.each(['http://localhost:8089', 'http://127.0.0.1:8089', 'http://[::1]:8089'])(
    'accepts plain http on %s',
    (adminUrl) => {
      expect(validateConfig({ adminUrl, auth: { issuer: `${adminUrl}/realms/x` } }).ok).toBe(true);
    },
  );

  it.each(['Cookie', 'host', 'Origin', 'Proxy-Authorization', 'Sec-Fetch-Site', 'Content-Length'])(
    'refuses the forbidden request header %s as authorizationHeader',
    (header) => {
      expect(problemsOf({ auth: { authorizationHeader: header } })).toEqual([
        {
          key: 'auth.authorizationHeader',
          message: expect.stringContaining('browsers do not let a page set'),
        },
      ]);
    },
  );

  it('accepts the usual token headers', () => {
    expect(validateConfig({ auth: { authorizationHeader: 'Authorization' } }).ok).toBe(true);
    expect(validateConfig({ auth: { authorizationHeader: 'flyte-authorization' } }).ok).toBe(true);
  });
});
