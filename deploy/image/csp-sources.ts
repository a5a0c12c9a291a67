import type { ConsoleConfig } from '../../src/config/config-types';

/**
 * The three per-deployment source lists of the console's Content-Security-Policy (docs/deployment.md section
 * 5.2), derived from config.json so that the policy names exactly the servers the console will talk to:
 * flyteadmin when it is on another origin, and the external IdP's issuer. Origins the config cannot show
 * (an IdP whose token endpoint is on another host, the IdP behind flyteadmin in auto mode, an avatar host)
 * come from CONSOLE_CSP_CONNECT_SRC / CONSOLE_CSP_FRAME_SRC / CONSOLE_CSP_IMG_SRC.
 */
export interface CspSources {
  connectSrc: string[];
  frameSrc: string[];
  imgSrc: string[];
}

export interface CspProblem {
  variable: string;
  message: string;
}

// An origin (scheme://host[:port], host may start with a "*." wildcard) or the bare scheme "https:".
// Nothing else: the values end up inside an nginx string, so quotes, ";", "$" and spaces never get through.
const SOURCE = /^(https?:\/\/(\*\.)?[A-Za-z0-9.-]+(:\d{1,5})?|https:)$/;

function extras(env: Record<string, string | undefined>, variable: string, problems: CspProblem[]): string[] {
  const value = env[variable];
  if (value === undefined) return [];
  const sources = value.split(/[\s,]+/).filter((s) => s !== '');
  for (const source of sources) {
    if (!SOURCE.test(source))
      problems.push({
        variable,
        message: `"${source}" is not an origin like https://idp.example.com (or "https:")`,
      });
  }
  return sources.filter((s) => SOURCE.test(s));
}

const unique = (list: string[]) => [...new Set(list)];

export function cspSources(
  config: ConsoleConfig,
  env: Record<string, string | undefined>,
): { sources: CspSources; problems: CspProblem[] } {
  const problems: CspProblem[] = [];
  const admin = config.adminUrl === '' ? [] : [new URL(config.adminUrl).origin];
  const external = config.auth.mode === 'external';
  const issuer = external && config.auth.issuer ? [new URL(config.auth.issuer).origin] : [];
  // An absolute metadataUrl may put the discovery document on yet another host.
  const metadata =
    external && /^https?:\/\//.test(config.auth.metadataUrl) ? [new URL(config.auth.metadataUrl).origin] : [];
  const idp = [...issuer, ...metadata];
  // The silent-renew iframe loads the authorization endpoint: the IdP's, or flyteadmin's internal server's.
  const authorize = external ? issuer : admin;
  const sources: CspSources = {
    connectSrc: unique(["'self'", ...admin, ...idp, ...extras(env, 'CONSOLE_CSP_CONNECT_SRC', problems)]),
    frameSrc: unique(["'self'", ...authorize, ...extras(env, 'CONSOLE_CSP_FRAME_SRC', problems)]),
    imgSrc: unique(["'self'", 'data:', ...extras(env, 'CONSOLE_CSP_IMG_SRC', problems)]),
  };
  return { sources, problems };
}

/** The nginx file console-server.conf expects: three `set` lines, included in the server block. */
export function cspNginxConf(sources: CspSources): string {
  return [
    '# Written at start-up from config.json (deploy/image/render-config.ts); edits are overwritten.',
    `set $console_connect_src "${sources.connectSrc.join(' ')}";`,
    `set $console_frame_src "${sources.frameSrc.join(' ')}";`,
    `set $console_img_src "${sources.imgSrc.join(' ')}";`,
    '',
  ].join('\n');
}
