import { cleanup, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { setupMsw } from '../../../test/msw/index.ts';
import { authFlow, PROJECTS_LOADED } from '../../../test/unit/auth/auth-flow';
import { pathOf } from '../../../test/unit/auth/render-shell';

/** The callback's checks on what the IdP sent back: RFC 9207 `iss`, and the id_token's audience and nonce. */
const msw = setupMsw();
const { load, startAt } = authFlow();

const DEEP = '/console/projects/flytesnacks/domains/development/executions/abc123?phase=RUNNING#nodes';

/** An external IdP that announces RFC 9207 support, flyteadmin trusting its tokens; sign-in started at DEEP. */
async function startExternal() {
  const mocks = msw.use({ admin: { authServer: 'external' } });
  const auth = { mode: 'external', issuer: mocks.idp.issuer };
  expect(mocks.idp.discovery.authorization_response_iss_parameter_supported).toBe(true);
  const { authorizeUrl } = await startAt(DEEP, auth);
  cleanup();
  const t = await load(auth);
  const land = (params: Record<string, string> = {}) =>
    t.renderAt(pathOf(mocks.authorizeRedirect(authorizeUrl, params)));
  return { mocks, t, land };
}

describe('RFC 9207', () => {
  it('an iss parameter naming another issuer is refused before the code is exchanged', async () => {
    const { mocks, land } = await startExternal();
    land({ iss: 'https://evil.test' });
    expect(await screen.findByText('The sign-in response came from the wrong server.')).toBeInTheDocument();
    expect(mocks.tokenRequests('authorization_code')).toBe(0);
  });

  it('the iss parameter is required when the server announces it', async () => {
    const { mocks, land } = await startExternal();
    land({ iss: '' });
    expect(await screen.findByText('The sign-in response came from the wrong server.')).toBeInTheDocument();
    expect(mocks.tokenRequests('authorization_code')).toBe(0);
  });

  it('the right iss parameter is accepted', async () => {
    const { mocks, land } = await startExternal();
    land({ iss: mocks.idp.issuer });
    await screen.findByText(PROJECTS_LOADED);
  });
});

describe('id_token', () => {
  it('an id_token for another audience is refused and no session is kept', async () => {
    const { mocks, t, land } = await startExternal();
    mocks.idp.controls.faults.idTokenClaims = { aud: 'someone-else' };
    land();
    expect(
      await screen.findByText('The tokens from the sign-in server failed validation.'),
    ).toBeInTheDocument();
    expect(await t.services.userManager.getUser()).toBeNull();
  });

  it('an id_token with the wrong nonce is refused', async () => {
    const { mocks, t, land } = await startExternal();
    mocks.idp.controls.faults.idTokenClaims = { nonce: 'nope' };
    land();
    expect(await screen.findByText(/nonce/)).toBeInTheDocument();
    expect(await t.services.userManager.getUser()).toBeNull();
  });
});
