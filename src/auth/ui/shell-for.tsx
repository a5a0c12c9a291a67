import type { ComponentType, PropsWithChildren } from 'react';
import type { ConsoleConfig } from '../../config/config-types';
import { createDiscoveryErrorShell } from '../diagnostics/discovery-error-shell';
import type { AuthStart } from '../start-auth';
import { createAuthShell, createNoAuthShell } from './auth-shell';
import './auth.css';

/**
 * The React side of a started auth: the session provider and gate, the "auth off" pass-through, or the discovery
 * error shell. It loads with the app, not with boot, so that leaving for the IdP needs no React code.
 */
export function authShellFor(start: AuthStart, config: ConsoleConfig): ComponentType<PropsWithChildren> {
  const { resolution } = start;
  switch (resolution.kind) {
    case 'none':
      return createNoAuthShell(resolution);
    case 'error':
      return createDiscoveryErrorShell(resolution, config);
    case 'oauth':
      if (!start.services) throw new Error('An OAuth start always has auth services.');
      return createAuthShell(start.services);
  }
}
