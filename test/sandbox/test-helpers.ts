import { decodeJwt } from 'jose';
import { startSandbox, type Sandbox, type SandboxOptions } from './index.ts';

/** Shared bits of the sandbox's node tests. */
export const CONSOLE_ORIGIN = 'http://localhost:18080';
export const CONSOLE_CALLBACK = `${CONSOLE_ORIGIN}/console/callback`;

export function start(auth: SandboxOptions['auth'], extra: Partial<SandboxOptions> = {}): Promise<Sandbox> {
  return startSandbox({ auth, consoleOrigin: CONSOLE_ORIGIN, ...extra });
}

export interface HttpResult {
  status: number;
  headers: Headers;
  text: string;
  json: Record<string, unknown>;
}

export async function http(url: string, init: RequestInit = {}): Promise<HttpResult> {
  const response = await fetch(url, { redirect: 'manual', ...init });
  const text = await response.text();
  let json: Record<string, unknown> = {};
  try {
    json = JSON.parse(text) as Record<string, unknown>;
  } catch {
    // not JSON
  }
  return { status: response.status, headers: response.headers, text, json };
}

export const SNAKE = { Accept: 'application/json' };
export const bearer = (token: string) => ({ ...SNAKE, Authorization: `Bearer ${token}` });
export const flyteAuth = (token: string) => ({ ...SNAKE, 'flyte-authorization': `Bearer ${token}` });

export function claims(token: unknown): Record<string, unknown> {
  return decodeJwt(String(token));
}
