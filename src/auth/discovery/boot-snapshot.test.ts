import { describe, expect, it } from 'vitest';
import { callbackBootSnapshot, saveBootSnapshot, type BootSnapshot } from './boot-snapshot';
import { DEFAULT_CONFIG } from '../../config/config-types';

const snapshot: BootSnapshot = {
  config: DEFAULT_CONFIG,
  resolution: {
    kind: 'oauth',
    mode: 'auto',
    server: 'internal',
    issuer: 'https://admin.test',
    metadata: { issuer: 'https://admin.test', token_endpoint: 'https://admin.test/oauth2/token' },
    discoveryUrls: [],
    clientId: 'flyteconsole',
    scopes: ['all', 'offline'],
    audience: undefined,
    extraQueryParams: {},
    headerName: 'flyte-authorization',
    userStore: 'session',
    adminUrl: 'https://admin.test',
  },
};

const at = (path: string) => new URL(path, 'https://flyte.example.com') as unknown as Location;

describe('boot snapshot', () => {
  it('gives the callback what boot learned before the redirect', () => {
    saveBootSnapshot(snapshot, 1_000);
    expect(callbackBootSnapshot(at('/console/callback?code=c&state=s'), 2_000)).toEqual(snapshot);
  });

  it('is used by the callback only: every other page load discovers afresh', () => {
    saveBootSnapshot(snapshot, 1_000);
    expect(callbackBootSnapshot(at('/console/projects/p/domains/d/executions'), 2_000)).toBeNull();
    expect(callbackBootSnapshot(at('/console/'), 2_000)).toBeNull();
  });

  it('is ignored when stale, from the future, or not a snapshot', () => {
    saveBootSnapshot(snapshot, 1_000);
    expect(callbackBootSnapshot(at('/console/callback'), 1_000 + 11 * 60 * 1000)).toBeNull();
    expect(callbackBootSnapshot(at('/console/callback'), 500)).toBeNull();
    sessionStorage.setItem('flyte-console.boot', '{"savedAt": 1, "config": {}}');
    expect(callbackBootSnapshot(at('/console/callback'), 2)).toBeNull();
    sessionStorage.setItem('flyte-console.boot', 'not json');
    expect(callbackBootSnapshot(at('/console/callback'), 2)).toBeNull();
  });
});
