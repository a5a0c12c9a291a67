/**
 * What the shell knows about the session that react-oidc-context does not. The signed-in user itself (present or
 * not, profile, expiry) has one source: the UserManager, read in components through react-oidc-context's
 * `useAuth()`. This store only adds what that user cannot say: the session needs a fresh sign-in (dialog), the
 * sign-in server is unreachable (notice, still signed in), the session was ended by a sign-out (here or in
 * another tab, so the gate shows "signed out" instead of signing in again), and another tab signed in since.
 * It lives outside React so the admin client's bridge and the renewer can update it. See docs/architecture.md.
 */
export interface SessionStatus {
  /** Set when a renew failed or the admin still said 401 after one: the "Session expired" dialog is open. */
  expired: { reason: string } | null;
  /** The sign-in server could not be reached during a renew; the person is still signed in. */
  offline: boolean;
  /** Scheduled renewals stopped retrying after their back-off: the connection to the sign-in server failed. */
  renewalStopped: boolean;
  /**
   * The last session ended by a sign-out (here or in another tab) and no user has been loaded since; protected
   * pages send the person to /console/signed-out. Cleared by the next user the UserManager loads.
   */
  signedOut: boolean;
  /** Another tab signed in while this one was signed out; cleared with signedOut. */
  signedInElsewhere: boolean;
}

export interface SessionStatusStore {
  get(): SessionStatus;
  update(patch: Partial<SessionStatus>): void;
  subscribe(listener: () => void): () => void;
}

export const INITIAL_STATUS: SessionStatus = {
  expired: null,
  offline: false,
  renewalStopped: false,
  signedOut: false,
  signedInElsewhere: false,
};

export function createSessionStatus(initial: SessionStatus = INITIAL_STATUS): SessionStatusStore {
  let current = initial;
  const listeners = new Set<() => void>();
  return {
    get: () => current,
    update(patch) {
      const next = { ...current, ...patch };
      if ((Object.keys(patch) as (keyof SessionStatus)[]).every((key) => next[key] === current[key])) return;
      current = next;
      for (const listener of listeners) listener();
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
