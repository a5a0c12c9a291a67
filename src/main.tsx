import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { loadConfig } from './config/load-config';
import { ConfigErrorPage } from './app/config-error-page';
import { App } from './app/app';
import { createQueryClient } from './app/query-client';
import { startAuth } from './auth/start-auth';
import { callbackBootSnapshot } from './auth/discovery/boot-snapshot';
import { configureAdminClient } from './api/admin-client-instance';
import './styles.css';

// Boot order is the data flow: config -> auth -> api -> app. Nothing renders before config and auth are known.
async function boot() {
  const root = createRoot(document.getElementById('root') as HTMLElement);
  // On the sign-in callback, what this tab learned before leaving for the IdP lets the code exchange start now.
  const snapshot = callbackBootSnapshot();
  const loaded = snapshot ? ({ ok: true, config: snapshot.config } as const) : await loadConfig();
  if (!loaded.ok) {
    root.render(<ConfigErrorPage source={loaded.source} problems={loaded.problems} />);
    return;
  }
  const auth = await startAuth(loaded.config, undefined, snapshot?.resolution);
  configureAdminClient({ baseUrl: loaded.config.adminUrl, auth: auth.bridge });
  root.render(
    <StrictMode>
      <App queryClient={createQueryClient()} AuthShell={auth.AuthShell} />
    </StrictMode>,
  );
}

void boot();
