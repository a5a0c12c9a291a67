import { describe, expect, it } from 'vitest';
import { checkIdToken, checkResponseIssuer, TokenCheckError } from './id-token';
import { signJwt } from '../../../test/msw/index.ts';

const expected = { issuer: 'https://idp.test/realms/flyte', clientId: 'flyteconsole' };
const now = 1_800_000_000;
const token = (claims: Record<string, unknown>) =>
  signJwt('idp', { iss: expected.issuer, aud: 'flyteconsole', sub: 'ada', exp: now + 60, ...claims });

describe('checkIdToken', () => {
  it('accepts a token for this client from this issuer', async () => {
    const plain = await token({});
    const withAzp = await token({ aud: ['flyteconsole', 'api'], azp: 'flyteconsole' });
    expect(() => checkIdToken(plain, expected, now)).not.toThrow();
    expect(() => checkIdToken(withAzp, expected, now)).not.toThrow();
  });

  it.each([
    ['another issuer', { iss: 'https://evil.test' }, /issued by/],
    ['another audience', { aud: 'someone-else' }, /meant for/],
    ['another authorized party', { aud: ['flyteconsole', 'api'], azp: 'api' }, /authorized party/],
    ['an expired token', { exp: now - 3600 }, /expired/],
    ['no expiry', { exp: undefined }, /expired/],
  ])('refuses %s', async (_label, claims, message) => {
    const refused = await token(claims);
    expect(() => checkIdToken(refused, expected, now)).toThrow(message);
  });

  it('refuses something that is not a JWT', () => {
    expect(() => checkIdToken('nope', expected, now)).toThrow(TokenCheckError);
  });
});

describe('checkResponseIssuer (RFC 9207)', () => {
  const params = (query: string) => new URLSearchParams(query);
  it('passes without iss when the server does not announce it, and with the exact issuer', () => {
    expect(() =>
      checkResponseIssuer(params('code=1'), { issuer: expected.issuer, required: false }),
    ).not.toThrow();
    expect(() =>
      checkResponseIssuer(params(`iss=${encodeURIComponent(expected.issuer)}`), {
        issuer: expected.issuer,
        required: true,
      }),
    ).not.toThrow();
  });
  it('refuses another issuer, and a missing one when announced', () => {
    expect(() =>
      checkResponseIssuer(params('iss=https://evil.test'), { issuer: expected.issuer, required: false }),
    ).toThrow(/not from/);
    expect(() => checkResponseIssuer(params('code=1'), { issuer: expected.issuer, required: true })).toThrow(
      /no "iss"/,
    );
  });
});
