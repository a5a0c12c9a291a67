import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { internalServerMetadata } from '../../../test/fixtures/auth-discovery.ts';
import {
  ADMIN,
  corsBlocked,
  externalTarget,
  IDP,
  proxied,
  target,
  diagnosticsMsw,
} from '../../../test/unit/auth/diagnostics-kit';
import { probeEndSession } from './probe-end-session';
import { probeIssuer } from './probe-issuer';

const mock = diagnosticsMsw();
const internalMeta = { ...internalServerMetadata(ADMIN) };
const idpMeta = () => proxied.idp.discovery as Record<string, unknown>;
/** What flyteadmin serves for an external server: the IdP's metadata minus end-session and friends. */
const proxiedMeta = () => {
  const { end_session_endpoint: _e, revocation_endpoint: _r, userinfo_endpoint: _u, ...rest } = idpMeta();
  return rest;
};
const OWN = `${IDP}/.well-known/openid-configuration`;

describe('probeIssuer', () => {
  it('external: passes when auth.issuer is exactly the document issuer', async () => {
    expect((await probeIssuer(externalTarget(), idpMeta(), fetch)).status).toBe('pass');
  });

  it('external: a trailing slash only is a warning that names the exact issuer', async () => {
    const result = await probeIssuer(externalTarget({ configuredIssuer: `${IDP}/` }), idpMeta(), fetch);
    expect(result.status).toBe('warning');
    expect(result.summary).toMatch(/differ only by a trailing slash/);
    expect(result.fix).toContain(`Set auth.issuer to exactly "${IDP}"`);
  });

  it('external: another issuer is a failure', async () => {
    const result = await probeIssuer(
      externalTarget({ configuredIssuer: 'https://idp.test/realms/x' }),
      idpMeta(),
      fetch,
    );
    expect(result.status).toBe('failure');
    expect(result.summary).toBe(
      `The document names issuer "${IDP}", but auth.issuer is "https://idp.test/realms/x".`,
    );
  });

  it('internal server: issuer equals the admin URL; another public URL points at authorizedUris', async () => {
    expect((await probeIssuer(target(), internalMeta, fetch)).status).toBe('pass');
    const other = { ...internalMeta, issuer: 'http://flyte.internal:8088' };
    const result = await probeIssuer(target(), other, fetch);
    expect(result.status).toBe('warning');
    expect(result.fix).toMatch(/first in flyteadmin's authorizedUris/);
  });

  it("flyteadmin-proxied metadata: compared with the IdP's own discovery", async () => {
    mock.only(...proxied.handlers);
    const result = await probeIssuer(target(), proxiedMeta(), fetch);
    expect(result.status).toBe('pass');
    expect(result.summary).toContain(OWN);
    mock.server.use(http.get(OWN, () => HttpResponse.json({ ...idpMeta(), issuer: 'https://other.test' })));
    const mismatch = await probeIssuer(target(), proxiedMeta(), fetch);
    expect(mismatch.status).toBe('failure');
    expect(mismatch.fix).toBe(
      'Set flyteadmin\'s externalAuthServer.baseUrl to exactly "https://other.test".',
    );
  });

  it("flyteadmin-proxied metadata, IdP's own discovery unreadable: a warning about CORS", async () => {
    mock.only(...proxied.handlers);
    mock.server.use(corsBlocked(OWN));
    const result = await probeIssuer(target(), proxiedMeta(), fetch);
    expect(result.status).toBe('warning');
    expect(result.summary).toMatch(/could not be read: no CORS headers for this origin/);
  });
});

describe('probeEndSession', () => {
  it('passes when the document has end_session_endpoint', async () => {
    const result = await probeEndSession(externalTarget(), idpMeta(), fetch);
    expect(result.status).toBe('pass');
    expect(result.summary).toContain('/protocol/openid-connect/logout');
  });

  it("flyteadmin-proxied metadata: found in the IdP's own discovery", async () => {
    mock.only(...proxied.handlers);
    const result = await probeEndSession(target(), proxiedMeta(), fetch);
    expect(result.status).toBe('pass');
    expect(result.summary).toMatch(/flyteadmin drops it from its copy, but the IdP's own discovery/);
  });

  it('warns (never fails) when there is none: internal server, external IdP, IdP unreadable, IdP without one', async () => {
    const internal = await probeEndSession(target(), internalMeta, fetch);
    expect(internal).toMatchObject({ status: 'warning' });
    expect(internal.summary).toMatch(/internal authorization server has no end-session endpoint/);
    const external = await probeEndSession(externalTarget(), proxiedMeta(), fetch);
    expect(external.status).toBe('warning');
    mock.only(...proxied.handlers);
    mock.server.use(corsBlocked(OWN));
    const unreadable = await probeEndSession(target(), proxiedMeta(), fetch);
    expect(unreadable.status).toBe('warning');
    expect(unreadable.fix).toContain(`so that the console can read ${OWN}`);
    mock.server.use(http.get(OWN, () => HttpResponse.json(proxiedMeta())));
    const google = await probeEndSession(target(), proxiedMeta(), fetch);
    expect(google.summary).toMatch(/Neither flyteadmin's metadata nor the IdP's own discovery/);
  });
});
