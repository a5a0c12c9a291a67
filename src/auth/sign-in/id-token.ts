/**
 * Checks oidc-client-ts 3.5 leaves out. It validates `state`, PKCE and the id_token `nonce`, but not the
 * id_token's `iss`, `aud` and `exp`, and it ignores the RFC 9207 `iss` authorization response parameter.
 * (The id_token comes straight from the token endpoint over TLS, so OIDC Core 3.1.3.7 lets TLS stand in for the
 * signature check.)
 */
export class TokenCheckError extends Error {
  override readonly name = 'TokenCheckError';
}

const CLOCK_SKEW_SECONDS = 300;

function decodePayload(jwt: string): Record<string, unknown> {
  const part = jwt.split('.')[1];
  if (!part) throw new TokenCheckError('The ID token is not a JWT.');
  try {
    const base64 = part.replace(/-/g, '+').replace(/_/g, '/');
    const bytes = Uint8Array.from(atob(base64.padEnd(Math.ceil(base64.length / 4) * 4, '=')), (c) =>
      c.charCodeAt(0),
    );
    const payload: unknown = JSON.parse(new TextDecoder().decode(bytes));
    if (typeof payload === 'object' && payload !== null) return payload as Record<string, unknown>;
  } catch {
    // fall through
  }
  throw new TokenCheckError('The ID token payload is not readable JSON.');
}

const trimSlash = (value: string) => value.replace(/\/+$/, '');

/** Throws a TokenCheckError when the id_token was not issued by `issuer` for `clientId`, or has expired. */
export function checkIdToken(
  idToken: string,
  expected: { issuer: string; clientId: string },
  nowSeconds = Math.floor(Date.now() / 1000),
): void {
  const claims = decodePayload(idToken);
  if (typeof claims.iss !== 'string' || trimSlash(claims.iss) !== trimSlash(expected.issuer)) {
    throw new TokenCheckError(
      `The ID token was issued by "${String(claims.iss)}", not by "${expected.issuer}".`,
    );
  }
  const audiences = Array.isArray(claims.aud) ? claims.aud : [claims.aud];
  if (!audiences.includes(expected.clientId)) {
    throw new TokenCheckError(
      `The ID token is meant for "${audiences.join(', ')}", not for "${expected.clientId}".`,
    );
  }
  if (audiences.length > 1 && claims.azp !== undefined && claims.azp !== expected.clientId) {
    throw new TokenCheckError(
      `The ID token's authorized party is "${String(claims.azp)}", not "${expected.clientId}".`,
    );
  }
  if (typeof claims.exp !== 'number' || claims.exp + CLOCK_SKEW_SECONDS < nowSeconds) {
    throw new TokenCheckError(
      'The ID token has expired (or has no expiry); check the clocks of this computer and the IdP.',
    );
  }
}

/**
 * RFC 9207: when the authorization response carries `iss`, it must be the issuer the request went to; when the
 * server announces `authorization_response_iss_parameter_supported`, the parameter must be there.
 */
export function checkResponseIssuer(
  params: URLSearchParams,
  expected: { issuer: string; required: boolean },
): void {
  const iss = params.get('iss');
  if (iss === null) {
    if (expected.required) {
      throw new TokenCheckError(
        `The sign-in response has no "iss" parameter, but ${expected.issuer} announces one.`,
      );
    }
    return;
  }
  // RFC 9207 section 2.4: simple string comparison with the issuer from the metadata.
  if (iss !== expected.issuer) {
    throw new TokenCheckError(
      `The sign-in response came from issuer "${iss}", not from "${expected.issuer}".`,
    );
  }
}
