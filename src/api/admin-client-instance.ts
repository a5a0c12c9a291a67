import { createAdminFetch, type AdminClientOptions, type AdminFetch } from './admin-client';

/**
 * The one admin client of the running app, configured at boot (after config and auth are known) and used by
 * every query-options factory. Query functions run only after boot, so they always find it configured.
 */
let current: AdminFetch | null = null;

export function configureAdminClient(options: AdminClientOptions): AdminFetch {
  current = createAdminFetch(options);
  return current;
}

export const adminFetch: AdminFetch = (path, init) => {
  if (!current) throw new Error('The admin client is used before boot configured it.');
  return current(path, init);
};
