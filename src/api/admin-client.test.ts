import { afterEach, describe, expect, it, vi, type Mock } from 'vitest';
import { http, HttpResponse } from 'msw';
import { setupMsw } from '../../test/msw/index.ts';
import { createAdminFetch, type AuthBridge } from './admin-client';
import { ApiError, describeApiError } from './api-error';

const ADMIN = 'https://admin.test';
let validToken = 'fresh';

// The handler validates like flyteadmin: exact Accept for snake_case, the token in flyte-authorization.
setupMsw({
  handlers: [
    http.get(`${ADMIN}/api/v1/projects`, ({ request }) => {
      if (request.headers.get('accept') !== 'application/json')
        return HttpResponse.json({ projectsCamel: [] });
      if (request.headers.get('flyte-authorization') !== `Bearer ${validToken}`)
        return HttpResponse.json({ code: 16, message: 'unauthenticated', details: [] }, { status: 401 });
      return HttpResponse.json({ projects: [], token: '' });
    }),
    http.get(`${ADMIN}/api/v1/forbidden`, () =>
      HttpResponse.json({ code: 7, message: 'not allowed in project x', details: [] }, { status: 403 }),
    ),
    http.get(`${ADMIN}/api/v1/broken`, () => new HttpResponse('<html>', { status: 200 })),
    http.get(`${ADMIN}/api/v1/offline`, () => HttpResponse.error()),
    // An admin (or a proxy in front of it) that accepts the request and never answers.
    http.get(`${ADMIN}/api/v1/hung`, () => new Promise<never>(() => {})),
    http.get(`${ADMIN}/api/v1/executions/p/d`, ({ request }) =>
      HttpResponse.json({ filters: new URL(request.url).searchParams.get('filters'), raw: request.url }),
    ),
  ],
});
afterEach(() => {
  validToken = 'fresh';
});

function bridge(token: string, renewTo: string | null): AuthBridge & { onSessionExpired: Mock<() => void> } {
  return {
    headerName: 'flyte-authorization',
    getAccessToken: vi.fn(async () => token),
    renew: vi.fn(async () => renewTo),
    onSessionExpired: vi.fn<() => void>(),
  };
}

describe('createAdminFetch', () => {
  it('never lets the browser send cookies: on one origin flyteadmin would prefer its login cookie', async () => {
    const seen: RequestInit[] = [];
    const fetchImpl = vi.fn(async (_input: RequestInfo | URL, init?: RequestInit) => {
      seen.push(init ?? {});
      return new Response(JSON.stringify({ projects: [], token: '' }), {
        status: seen.length === 1 ? 401 : 200,
      });
    });
    const adminFetch = createAdminFetch({ baseUrl: '', auth: bridge('old', 'new'), fetchImpl });
    await adminFetch('/api/v1/projects');
    await adminFetch('/api/v1/executions', { method: 'DELETE', body: { cause: 'x' } });
    expect(seen.length).toBe(3); // a 401, its retry after renewal, and the DELETE
    for (const init of seen) expect(init.credentials).toBe('omit');
  });

  it('sends exact Accept and the token in the admin header', async () => {
    const adminFetch = createAdminFetch({ baseUrl: ADMIN, auth: bridge('fresh', null) });
    expect(await adminFetch('/api/v1/projects')).toEqual({ projects: [], token: '' });
  });

  it('renews once on 401 and retries with the new token', async () => {
    const auth = bridge('stale', 'fresh');
    const adminFetch = createAdminFetch({ baseUrl: ADMIN, auth });
    expect(await adminFetch('/api/v1/projects')).toEqual({ projects: [], token: '' });
    expect(auth.renew).toHaveBeenCalledTimes(1);
    expect(auth.onSessionExpired).not.toHaveBeenCalled();
  });

  it('reports an expired session when the retry is still 401', async () => {
    validToken = 'never';
    const auth = bridge('stale', 'also-stale');
    const adminFetch = createAdminFetch({ baseUrl: ADMIN, auth });
    await expect(adminFetch('/api/v1/projects')).rejects.toMatchObject({ status: 401, kind: 'unauthorized' });
    expect(auth.renew).toHaveBeenCalledTimes(1);
    expect(auth.onSessionExpired).toHaveBeenCalledTimes(1);
  });

  it('reports an expired session when the renew fails', async () => {
    const auth = bridge('stale', null);
    const adminFetch = createAdminFetch({ baseUrl: ADMIN, auth });
    await expect(adminFetch('/api/v1/projects')).rejects.toMatchObject({ kind: 'unauthorized' });
    expect(auth.onSessionExpired).toHaveBeenCalledTimes(1);
  });

  it('says sign-in is required when auth is off in the console but on at the admin', async () => {
    const adminFetch = createAdminFetch({ baseUrl: ADMIN, auth: null });
    await expect(adminFetch('/api/v1/projects')).rejects.toMatchObject({ kind: 'auth-required' });
  });

  it('treats 403 as a permission error without renewing', async () => {
    const auth = bridge('fresh', 'fresh');
    const adminFetch = createAdminFetch({ baseUrl: ADMIN, auth });
    const error = await adminFetch('/api/v1/forbidden').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({
      status: 403,
      kind: 'forbidden',
      serverMessage: 'not allowed in project x',
    });
    expect(auth.renew).not.toHaveBeenCalled();
  });

  it('reports network failures as offline, not as signed out', async () => {
    const auth = bridge('fresh', 'fresh');
    const adminFetch = createAdminFetch({ baseUrl: ADMIN, auth });
    await expect(adminFetch('/api/v1/offline')).rejects.toMatchObject({ status: 0, kind: 'offline' });
    expect(auth.onSessionExpired).not.toHaveBeenCalled();
  });

  it('reports a body that is not JSON as a bad response', async () => {
    const adminFetch = createAdminFetch({ baseUrl: ADMIN, auth: null });
    await expect(adminFetch('/api/v1/broken')).rejects.toMatchObject({ kind: 'bad-response' });
  });

  it("encodes flyteadmin filters: '+' as %2B, spaces as %20", async () => {
    const adminFetch = createAdminFetch({ baseUrl: ADMIN, auth: null });
    const body = (await adminFetch('/api/v1/executions/p/d', {
      query: { filters: 'value_in(phase,RUNNING;QUEUED)+eq(user,a b)', limit: 10 },
    })) as { filters: string; raw: string };
    expect(body.filters).toBe('value_in(phase,RUNNING;QUEUED)+eq(user,a b)');
    expect(body.raw).toContain('%29%2Beq%28user%2Ca%20b%29');
    expect(body.raw).not.toMatch(/\+/);
  });

  it('abandons a request that gets no answer and reports a time-out, not offline or signed out', async () => {
    const auth = bridge('fresh', null);
    const adminFetch = createAdminFetch({ baseUrl: ADMIN, auth, timeoutMs: 50 });
    const failure = await adminFetch('/api/v1/hung').catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(ApiError);
    expect(failure).toMatchObject({ status: 0, kind: 'timeout' });
    expect(describeApiError(failure)).toMatch(/did not answer in time/);
    expect(auth.renew).not.toHaveBeenCalled();
    expect(auth.onSessionExpired).not.toHaveBeenCalled();
  });

  it('still lets the caller cancel: an aborted request is an abort, not a time-out', async () => {
    const adminFetch = createAdminFetch({ baseUrl: ADMIN, auth: null, timeoutMs: 10_000 });
    const controller = new AbortController();
    const pending = adminFetch('/api/v1/hung', { signal: controller.signal });
    controller.abort();
    await expect(pending).rejects.toMatchObject({ name: 'AbortError' });
  });
});
