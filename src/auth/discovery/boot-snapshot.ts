import type { ConsoleConfig } from '../../config/config-types';
import { isCallbackPath } from '../../config/paths';
import type { OAuthResolution } from '../types';

/**
 * What boot learned (config + discovery), kept in this tab's sessionStorage so that the callback page can send
 * the token request at once instead of fetching config.json and discovery again: the sign-in round trip then has
 * no waterfall in front of the code exchange. Only the callback uses it, and only while it is fresh.
 */
const KEY = 'flyte-console.boot';
const MAX_AGE_MS = 10 * 60 * 1000;

export interface BootSnapshot {
  config: ConsoleConfig;
  resolution: OAuthResolution;
}

interface Stored extends BootSnapshot {
  savedAt: number;
}

export function saveBootSnapshot(snapshot: BootSnapshot, now = Date.now()): void {
  try {
    sessionStorage.setItem(KEY, JSON.stringify({ ...snapshot, savedAt: now } satisfies Stored));
  } catch {
    // Storage full or blocked: the callback simply fetches config and discovery again.
  }
}

function isStored(value: unknown): value is Stored {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Partial<Stored>;
  return (
    typeof v.savedAt === 'number' &&
    typeof v.config?.auth?.mode === 'string' &&
    v.resolution?.kind === 'oauth' &&
    typeof v.resolution.metadata?.token_endpoint === 'string'
  );
}

/** The snapshot for this page load, when it is the sign-in callback and the snapshot is fresh. */
export function callbackBootSnapshot(
  location: Location = window.location,
  now = Date.now(),
): BootSnapshot | null {
  if (!isCallbackPath(location.pathname)) return null;
  let parsed: unknown;
  try {
    parsed = JSON.parse(sessionStorage.getItem(KEY) ?? 'null');
  } catch {
    return null;
  }
  if (!isStored(parsed) || now - parsed.savedAt > MAX_AGE_MS || parsed.savedAt > now) return null;
  return { config: parsed.config, resolution: parsed.resolution };
}
