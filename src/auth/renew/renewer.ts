import { ErrorResponse, type SigninSilentArgs, type User, type UserManager } from 'oidc-client-ts';

/** offline: no answer (still signed in); invalid-grant: the grant is gone, sign in afresh; failed: anything else. */
export type RenewFailure = 'offline' | 'invalid-grant' | 'failed';

export class RenewError extends Error {
  override readonly name = 'RenewError';
  readonly kind: RenewFailure;
  constructor(kind: RenewFailure, message: string) {
    super(message);
    this.kind = kind;
  }
}

const GRANT_GONE = ['invalid_grant', 'login_required', 'interaction_required', 'consent_required'];

export function classifyRenewError(error: unknown, usedRefreshToken: boolean): RenewError {
  if (error instanceof RenewError) return error;
  const message = error instanceof Error ? error.message : String(error);
  if (error instanceof ErrorResponse && GRANT_GONE.includes(error.error ?? '')) {
    return new RenewError('invalid-grant', message);
  }
  // fetch rejects with a TypeError when there is no answer; a timed-out token request is the same thing.
  // oidc-client-ts turns its abort into ErrorTimeout only when the AbortError is a DOMException of its realm.
  const name = typeof error === 'object' && error !== null && 'name' in error ? error.name : undefined;
  const timedOut = name === 'ErrorTimeout' || name === 'AbortError';
  if (error instanceof TypeError || (timedOut && usedRefreshToken)) return new RenewError('offline', message);
  return new RenewError('failed', message);
}

export interface RenewerOptions {
  /**
   * Extra checks on a renewed user's id_token (iss/aud/exp); throwing rejects the renewal. Called only when the
   * renewal brought a new id_token: a refresh answer may omit it (OIDC Core 12.2) and oidc-client-ts then keeps
   * the old one, whose `exp` has nothing to say about the renewed session.
   */
  validate?(user: User): void | Promise<void>;
  /** Outcome of every renewal, scheduled or requested. */
  onResult?(result: { ok: true } | { ok: false; error: RenewError }): void;
  locks?: Pick<LockManager, 'request'> | null;
  /** Extra arguments for each silent sign-in (a fresh nonce for an OIDC iframe renewal). */
  silentArgs?(): SigninSilentArgs;
  lockName?: string;
  /**
   * Back-off after a scheduled renewal found the sign-in server unreachable (no answer, or none in time): one
   * retry per entry, then it stops and `onGiveUp` says so. Each try releases the lock when it ends.
   */
  offlineRetryDelaysMs?: readonly number[];
  /** The scheduled renewal stopped retrying: the person has to know the sign-in server is not answering. */
  onGiveUp?(error: RenewError): void;
}

const OFFLINE_RETRY_DELAYS_MS = [5_000, 15_000, 45_000] as const;

export interface Renewer {
  /**
   * Renews once for everybody: calls made while a renewal runs share it, and across tabs a Web Lock serialises
   * them. `staleToken` is the token the caller found wanting; when the stored token differs (another tab or
   * call renewed meanwhile), that one is used without a token request.
   */
  renew(staleToken?: string | null): Promise<User | null>;
  /** Whether a renewal is running now (a user it loads is a renewed session, not a new sign-in). */
  busy(): boolean;
  start(): void;
  stop(): void;
}

/** Renew when a quarter of the remaining lifetime is left, at most 60 s before expiry. */
export function renewDelayMs(expiresIn: number): number {
  return Math.max(0, expiresIn - Math.min(60, expiresIn / 4)) * 1000;
}

export function createRenewer(userManager: UserManager, options: RenewerOptions = {}): Renewer {
  const lockName = options.lockName ?? 'flyte-console-renew';
  const locks = options.locks !== undefined ? options.locks : (globalThis.navigator?.locks ?? null);
  let inflight: Promise<User | null> | null = null;
  let timer: ReturnType<typeof setTimeout> | undefined;

  async function renewOnce(staleToken: string | null | undefined): Promise<User | null> {
    const stored = await userManager.getUser();
    if (!stored) return null;
    if (staleToken !== undefined && stored.access_token !== staleToken && !stored.expired) {
      return userManager.getUser(true); // renewed meanwhile: adopt it (and tell listeners) without a request
    }
    try {
      // oidc-client-ts 3.5 gives the refresh_token request no time-out of its own: signinSilent passes only its
      // `silentRequestTimeoutInSeconds` argument to it, never the requestTimeoutInSeconds setting.
      const timeout = userManager.settings.requestTimeoutInSeconds;
      const user = await userManager.signinSilent({
        ...options.silentArgs?.(),
        ...(stored.refresh_token && timeout ? { silentRequestTimeoutInSeconds: timeout } : {}),
      });
      if (user?.id_token && user.id_token !== stored.id_token) await options.validate?.(user);
      return user;
    } catch (error) {
      throw classifyRenewError(error, Boolean(stored.refresh_token));
    }
  }

  async function report<T>(work: Promise<T>): Promise<T> {
    try {
      const result = await work;
      options.onResult?.({ ok: true });
      return result;
    } catch (error) {
      const failure = classifyRenewError(error, false);
      options.onResult?.({ ok: false, error: failure });
      throw failure;
    }
  }

  function renew(staleToken?: string | null): Promise<User | null> {
    if (inflight) return inflight;
    const run = () => renewOnce(staleToken);
    const work = locks ? locks.request(lockName, run).then((user) => user) : run();
    inflight = report(work).finally(() => {
      inflight = null;
    });
    return inflight;
  }

  function scheduleAfter(ms: number, staleToken: string, retry = 0) {
    clearTimeout(timer);
    timer = setTimeout(() => {
      renew(staleToken).catch((error: unknown) => {
        if (!(error instanceof RenewError) || error.kind !== 'offline') return;
        const delay = (options.offlineRetryDelaysMs ?? OFFLINE_RETRY_DELAYS_MS)[retry];
        if (delay === undefined) options.onGiveUp?.(error);
        else scheduleAfter(delay, staleToken, retry + 1);
      });
    }, ms);
  }

  let running = false;
  const onLoaded = (user: User) => {
    if (!running || user.expires_in === undefined) return;
    scheduleAfter(renewDelayMs(user.expires_in), user.access_token);
  };
  const onUnloaded = () => clearTimeout(timer);

  return {
    renew,
    busy: () => inflight !== null,
    start() {
      running = true;
      userManager.events.addUserLoaded(onLoaded);
      userManager.events.addUserUnloaded(onUnloaded);
      void userManager.getUser().then((user) => user && onLoaded(user));
    },
    stop() {
      running = false;
      userManager.events.removeUserLoaded(onLoaded);
      userManager.events.removeUserUnloaded(onUnloaded);
      clearTimeout(timer);
    },
  };
}
