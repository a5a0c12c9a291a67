import { describe, expect, it } from 'vitest';
import { session, target } from '../../../test/unit/auth/diagnostics-kit';
import { probePkce, probeRedirectUri, probeRefreshToken } from './probe-local';

describe('probePkce', () => {
  it('passes with S256, warns when nothing is advertised, fails when S256 is missing', () => {
    expect(probePkce({ code_challenge_methods_supported: ['plain', 'S256'] }).status).toBe('pass');
    const silent = probePkce({});
    expect(silent.status).toBe('warning');
    expect(silent.summary).toMatch(/does not advertise code_challenge_methods_supported/);
    const plain = probePkce({ code_challenge_methods_supported: ['plain'] });
    expect(plain).toMatchObject({
      status: 'failure',
      fix: 'Enable PKCE with the S256 method for the console client at the server.',
    });
  });
});

describe('probeRefreshToken', () => {
  it('is skipped without a session', () => {
    expect(probeRefreshToken(null, true)).toMatchObject({
      status: 'skipped',
      summary: 'Skipped: not signed in.',
    });
  });

  it('passes when a refresh token is held', () => {
    const result = probeRefreshToken(session('t'), true);
    expect(result.status).toBe('pass');
    expect(result.summary).toContain('all offline');
  });

  it('warns when the console did not ask for offline access: the scope to add depends on the server', () => {
    const none = session('t', { refreshTokenHeld: false, requestedScopes: ['all'] });
    expect(probeRefreshToken(none, true).fix).toMatch(/^Add "offline" to auth\.scopes/);
    const external = session('t', { refreshTokenHeld: false, requestedScopes: ['openid', 'profile'] });
    expect(probeRefreshToken(external, false).fix).toMatch(
      /^Add "offline_access" to auth\.scopes \(and allow offline access for the client at the IdP\)/,
    );
  });

  it('warns when offline access was asked for but no refresh token came: the grant is not allowed', () => {
    const asked = session('t', { refreshTokenHeld: false, requestedScopes: ['openid', 'offline_access'] });
    const result = probeRefreshToken(asked, false);
    expect(result.status).toBe('warning');
    expect(result.summary).toMatch(/asked for "offline_access", but the server issued none/);
    expect(result.fix).toMatch(/^Allow the refresh_token grant/);
  });
});

describe('probeRedirectUri', () => {
  it('passes on https and on http://localhost, and lists the URIs to register', () => {
    const https = probeRedirectUri(target({ origin: 'https://flyte.example.com' }));
    expect(https.status).toBe('pass');
    expect(https.summary).toContain('https://flyte.example.com/console/silent-callback.html');
    expect(probeRedirectUri(target({ origin: 'http://localhost:8080' })).status).toBe('pass');
    expect(probeRedirectUri(target({ origin: 'http://127.0.0.1:8080' })).status).toBe('pass');
  });

  it('warns on plain http elsewhere', () => {
    const result = probeRedirectUri(target({ origin: 'http://flyte.example.com' }));
    expect(result.status).toBe('warning');
    expect(result.fix).toBe('Serve the console over https and register the https redirect URIs.');
  });
});
