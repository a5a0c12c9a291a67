import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { authShellFor } from '../auth/ui/shell-for';
import type { AuthStart } from '../auth/start-auth';
import type { ConsoleConfig } from '../config/config-types';
import type { ConfigProblem } from '../config/validate-config';
import { App } from './app';
import { ConfigErrorPage } from './config-error-page';
import { createQueryClient } from './query-client';

/**
 * Everything React renders, in one chunk that boot (src/main.tsx) fetches while it loads config and resolves
 * auth: React DOM, the router, the query cache and the auth shell are not needed to leave for the IdP.
 */
export function mountApp(container: HTMLElement, auth: AuthStart, config: ConsoleConfig): void {
  createRoot(container).render(
    <StrictMode>
      <App queryClient={createQueryClient()} AuthShell={authShellFor(auth, config)} />
    </StrictMode>,
  );
}

export function mountConfigError(container: HTMLElement, source: string, problems: ConfigProblem[]): void {
  createRoot(container).render(<ConfigErrorPage source={source} problems={problems} />);
}
