import { createHash, randomBytes } from 'node:crypto';

/**
 * A scripted "browser" for node tests of the sandbox providers: a cookie jar, manual redirects, the sign-in form
 * of the sandbox interaction page, and the token endpoint. No browser needed.
 */
export class CookieJar {
  private readonly cookies = new Map<string, Map<string, string>>();

  header(url: URL): string {
    return [...(this.cookies.get(url.host) ?? new Map<string, string>())]
      .map(([k, v]) => `${k}=${v}`)
      .join('; ');
  }

  store(url: URL, response: Response): void {
    for (const line of response.headers.getSetCookie()) {
      const [pair = ''] = line.split(';');
      const eq = pair.indexOf('=');
      if (eq < 0) continue;
      const name = pair.slice(0, eq).trim();
      const value = pair.slice(eq + 1).trim();
      const jar = this.cookies.get(url.host) ?? new Map<string, string>();
      if (/expires=Thu, 01 Jan 1970/i.test(line) || value === '') jar.delete(name);
      else jar.set(name, value);
      this.cookies.set(url.host, jar);
    }
  }
}

export interface Pkce {
  verifier: string;
  challenge: string;
}

export function createPkce(): Pkce {
  const verifier = randomBytes(32).toString('base64url');
  return { verifier, challenge: createHash('sha256').update(verifier).digest('base64url') };
}

/** One request without following redirects; cookies in and out of the jar. */
export async function request(jar: CookieJar, url: URL | string, init: RequestInit = {}): Promise<Response> {
  const target = new URL(url);
  const headers = new Headers(init.headers);
  const cookie = jar.header(target);
  if (cookie) headers.set('Cookie', cookie);
  const response = await fetch(target, { ...init, headers, redirect: 'manual' });
  jar.store(target, response);
  return response;
}

export function formAction(html: string, suffix: string): string | undefined {
  for (const match of html.matchAll(/<form[^>]*action="([^"]+)"/g)) {
    const action = match[1]?.replace(/&#38;/g, '&');
    if (action?.endsWith(suffix)) return action;
  }
  return undefined;
}

export interface AuthorizeOptions {
  authorizationEndpoint: string;
  clientId: string;
  redirectUri: string;
  scope: string;
  /** Login name typed into the sign-in form; default "ada". */
  user?: string;
  jar?: CookieJar;
  state?: string;
  pkce?: Pkce | null;
  extraParams?: Record<string, string>;
}

export interface AuthorizeResult {
  jar: CookieJar;
  pkce: Pkce | null;
  state: string;
  /** The final redirect to redirect_uri, with its query parameters. */
  callback: URL;
  code: string | null;
  /** Number of times the sign-in page was shown. */
  signInPages: number;
}

/** GET authorize -> sign-in page -> POST the form -> follow redirects until redirect_uri. */
export async function authorize(o: AuthorizeOptions): Promise<AuthorizeResult> {
  const jar = o.jar ?? new CookieJar();
  const pkce = o.pkce === undefined ? createPkce() : o.pkce;
  const state = o.state ?? randomBytes(12).toString('base64url');
  const url = new URL(o.authorizationEndpoint);
  const params: Record<string, string> = {
    response_type: 'code',
    client_id: o.clientId,
    redirect_uri: o.redirectUri,
    scope: o.scope,
    state,
    ...(pkce ? { code_challenge: pkce.challenge, code_challenge_method: 'S256' } : {}),
    ...o.extraParams,
  };
  for (const [k, v] of Object.entries(params)) url.searchParams.set(k, v);

  let next: URL = url;
  let init: RequestInit = {};
  let signInPages = 0;
  for (let hop = 0; hop < 20; hop += 1) {
    const response = await request(jar, next, init);
    init = {};
    if (response.status >= 300 && response.status < 400) {
      const location = new URL(response.headers.get('location') ?? '', next);
      if (location.href.startsWith(o.redirectUri)) {
        return { jar, pkce, state, callback: location, code: location.searchParams.get('code'), signInPages };
      }
      next = location;
      continue;
    }
    const html = await response.text();
    const action = formAction(html, '/login');
    if (response.status !== 200 || !action) {
      throw new Error(`authorize: unexpected ${response.status} at ${next.href}: ${html.slice(0, 300)}`);
    }
    signInPages += 1;
    next = new URL(action, next);
    init = {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ login: o.user ?? 'ada', password: 'anything' }).toString(),
    };
  }
  throw new Error('authorize: too many redirects');
}

export interface TokenResponse {
  status: number;
  headers: Headers;
  body: Record<string, unknown>;
}

export async function tokenRequest(
  tokenEndpoint: string,
  params: Record<string, string>,
  headers: Record<string, string> = {},
): Promise<TokenResponse> {
  const response = await fetch(tokenEndpoint, {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded', ...headers },
    body: new URLSearchParams(params).toString(),
  });
  return {
    status: response.status,
    headers: response.headers,
    body: (await response.json()) as Record<string, unknown>,
  };
}

export interface SignInOptions extends AuthorizeOptions {
  tokenEndpoint: string;
  origin?: string;
}

/** authorize() plus the code exchange; throws when either step fails. */
export async function signIn(
  o: SignInOptions,
): Promise<{ tokens: Record<string, unknown>; auth: AuthorizeResult }> {
  const auth = await authorize(o);
  if (!auth.code) throw new Error(`signIn: no code in ${auth.callback.href}`);
  const result = await tokenRequest(
    o.tokenEndpoint,
    {
      grant_type: 'authorization_code',
      code: auth.code,
      redirect_uri: o.redirectUri,
      client_id: o.clientId,
      ...(auth.pkce ? { code_verifier: auth.pkce.verifier } : {}),
    },
    o.origin ? { Origin: o.origin } : {},
  );
  if (result.status !== 200)
    throw new Error(`signIn: token endpoint ${result.status} ${JSON.stringify(result.body)}`);
  return { tokens: result.body, auth };
}
