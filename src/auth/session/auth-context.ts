import { createContext, useContext, useSyncExternalStore } from 'react';
import type { AuthServices } from '../types';
import type { AuthResolution } from '../types';
import { INITIAL_STATUS, type SessionStatus } from './session-status';

/** What the login shell offers to routes: how auth was resolved, and the services when sign-in is on. */
export interface AuthRuntime {
  resolution: AuthResolution;
  services: AuthServices | null;
}

export const AuthRuntimeContext = createContext<AuthRuntime | null>(null);

export function useAuthRuntime(): AuthRuntime | null {
  return useContext(AuthRuntimeContext);
}

/** Null when the console runs without sign-in. */
export function useAuthServices(): AuthServices | null {
  return useContext(AuthRuntimeContext)?.services ?? null;
}

const noSubscription = () => () => undefined;
const initial = () => INITIAL_STATUS;

export function useSessionStatus(services: AuthServices | null): SessionStatus {
  return useSyncExternalStore(
    services ? services.status.subscribe : noSubscription,
    services ? services.status.get : initial,
  );
}
