// RS256 signing keys for the mocked authorization servers. Generating RSA keys costs ~100 ms, so each role's
// key is made once per test file and shared by every mock created in it.
import { exportJWK, generateKeyPair, SignJWT } from 'jose';
import type { JWK, JWTPayload } from 'jose';

export interface SigningKey {
  kid: string;
  privateKey: CryptoKey;
  publicKey: CryptoKey;
  /** Public JWK as served from a jwks endpoint. */
  jwk: JWK;
}

export type KeyRole = 'idp' | 'admin' | 'foreign';

const cache = new Map<KeyRole, Promise<SigningKey>>();

export function signingKey(role: KeyRole): Promise<SigningKey> {
  let key = cache.get(role);
  if (!key) {
    key = (async () => {
      const { privateKey, publicKey } = await generateKeyPair('RS256', { extractable: true });
      const kid = `${role}-key-1`;
      const jwk = { ...(await exportJWK(publicKey)), kid, alg: 'RS256', use: 'sig' };
      return { kid, privateKey, publicKey, jwk };
    })();
    cache.set(role, key);
  }
  return key;
}

/** Signs `claims` as-is (callers set iss/aud/exp/iat), with the key id in the header like real servers. */
export async function signJwt(role: KeyRole, claims: JWTPayload): Promise<string> {
  const key = await signingKey(role);
  return new SignJWT(claims)
    .setProtectedHeader({ alg: 'RS256', kid: key.kid, typ: 'JWT' })
    .sign(key.privateKey);
}
