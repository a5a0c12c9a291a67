/**
 * What the shell shows about the session besides "signed in": a session that needs a fresh sign-in (dialog),
 * an unreachable sign-in server (notice, still signed in), a sign-out made here or in another tab, and a
 * sign-in made in another tab. A tiny store outside React so the admin client's bridge can update it.
 */
export interface SessionStatus {
  /** Set when a renew failed or the admin still said 401 after one: the "Session expired" dialog is open. */
  expired: { reason: string } | null;
  /** The sign-in server could not be reached during a renew; the person is still signed in. */
  offline: boolean;
  /** Signed out in this tab or another; protected pages send the person to /console/signed-out. */
  signedOut: boolean;
  /** Another tab signed in while this one was signed out. */
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
