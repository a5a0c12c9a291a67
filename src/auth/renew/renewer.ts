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
  const timedOut = error instanceof Error && error.name === 'ErrorTimeout';
  if (error instanceof TypeError || (timedOut && usedRefreshToken)) return new RenewError('offline', message);
  return new RenewError('failed', message);
}

export interface RenewerOptions {
  /** Extra checks on a renewed user (id_token iss/aud/exp); throwing rejects the renewal. */
  validate?(user: User): void | Promise<void>;
  /** Outcome of every renewal, scheduled or requested. */
  onResult?(result: { ok: true } | { ok: false; error: RenewError }): void;
  locks?: Pick<LockManager, 'request'> | null;
  /** Extra arguments for each silent sign-in (a fresh nonce for an OIDC iframe renewal). */
  silentArgs?(): SigninSilentArgs;
  lockName?: string;
  /** Retry delay after an offline failure of a scheduled renewal. */
  offlineRetryMs?: number;
}

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
      const user = await userManager.signinSilent(options.silentArgs?.());
      if (user) await options.validate?.(user);
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

  function scheduleAfter(ms: number, staleToken: string) {
    clearTimeout(timer);
    timer = setTimeout(() => {
      renew(staleToken).catch((error: unknown) => {
        if (error instanceof RenewError && error.kind === 'offline')
          scheduleAfter(options.offlineRetryMs ?? 15_000, staleToken);
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
