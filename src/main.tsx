import { loadConfig } from './config/load-config';
import { startAuth } from './auth/start-auth';
import { callbackBootSnapshot } from './auth/discovery/boot-snapshot';
import { configureAdminClient } from './api/admin-client-instance';
import './styles.css';

// Leaving for the IdP needs only config, discovery and the UserManager. The app (React DOM, the router, the query
// cache, the auth shell) is fetched alongside them and renders once config and auth are known.
const app = import('./app/mount');

// Boot order is the data flow: config -> auth -> api -> app. Nothing renders before config and auth are known.
async function boot() {
  const container = document.getElementById('root') as HTMLElement;
  // On the sign-in callback, what this tab learned before leaving for the IdP lets the code exchange start now.
  const snapshot = callbackBootSnapshot();
  const loaded = snapshot ? ({ ok: true, config: snapshot.config } as const) : await loadConfig();
  if (!loaded.ok) {
    (await app).mountConfigError(container, loaded.source, loaded.problems);
    return;
  }
  const auth = await startAuth(loaded.config, undefined, snapshot?.resolution);
  configureAdminClient({ baseUrl: loaded.config.adminUrl, auth: auth.bridge });
  (await app).mountApp(container, auth, loaded.config);
}

void boot();
