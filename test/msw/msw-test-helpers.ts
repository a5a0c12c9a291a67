// Shared by the MSW tests: PKCE pairs and form posts.
import { randomToken, s256 } from './oauth-utils.ts';

export async function pkcePair(): Promise<{ verifier: string; challenge: string }> {
  const verifier = randomToken(48);
  return { verifier, challenge: await s256(verifier) };
}

export function postForm(url: string, fields: Record<string, string>): Promise<Response> {
  return fetch(url, {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams(fields).toString(),
  });
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type Json = any;
