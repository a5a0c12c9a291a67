/**
 * Typed route builders. Patterns are relative to the router's basename (/console); `href` gives the full path
 * for places outside the router (redirect URIs, links printed for other tools).
 */
export const BASENAME = '/console';

const seg = encodeURIComponent;

/** Filters of the executions list that other pages link to; they live in the query string. */
export interface ExecutionListFilter {
  workflow?: string;
  launchPlan?: string;
}

function withQuery(path: string, query: Record<string, string | undefined>): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) if (value) search.set(key, value);
  const text = search.toString();
  return text ? `${path}?${text}` : path;
}

export const routes = {
  home: '/',
  workflows: '/projects/:project/domains/:domain/workflows',
  workflow: '/projects/:project/domains/:domain/workflows/:name',
  executions: '/projects/:project/domains/:domain/executions',
  execution: '/projects/:project/domains/:domain/executions/:name',
  tasks: '/projects/:project/domains/:domain/tasks',
  task: '/projects/:project/domains/:domain/tasks/:name',
  taskVersion: '/projects/:project/domains/:domain/task/:name/version/:version',
  launchPlans: '/projects/:project/domains/:domain/launchPlans',
  launchPlan: '/projects/:project/domains/:domain/launchPlans/:name',
  launchPlanVersion: '/projects/:project/domains/:domain/launch_plan/:name/version/:version',
  workflowVersion: '/projects/:project/domains/:domain/workflow/:name/version/:version',
  callback: '/callback',
  logout: '/logout',
  signedOut: '/signed-out',
  authSettings: '/settings/auth',
} as const;

export const paths = {
  home: () => '/',
  /** The picker narrowed to one project (where a breadcrumb's project crumb leads). */
  projectHome: (project: string) => withQuery('/', { project }),
  project: (project: string, domain: string) => `/projects/${seg(project)}/domains/${seg(domain)}`,
  workflows: (project: string, domain: string) => `${paths.project(project, domain)}/workflows`,
  workflow: (project: string, domain: string, name: string, version?: string) =>
    withQuery(`${paths.workflows(project, domain)}/${seg(name)}`, { version }),
  executions: (project: string, domain: string, filter: ExecutionListFilter = {}) =>
    withQuery(`${paths.project(project, domain)}/executions`, { ...filter }),
  /** An execution page, optionally with a node's inspector open (`?node=`, flyteadmin's unique node id). */
  execution: (project: string, domain: string, name: string, node?: string) =>
    withQuery(`${paths.executions(project, domain)}/${seg(name)}`, { node }),
  /** flyteconsole's own paths for tasks and launch plans (its routes.ts), so existing links keep working. */
  tasks: (project: string, domain: string) => `${paths.project(project, domain)}/tasks`,
  task: (project: string, domain: string, name: string) => `${paths.tasks(project, domain)}/${seg(name)}`,
  taskVersion: (project: string, domain: string, name: string, version: string) =>
    `${paths.project(project, domain)}/task/${seg(name)}/version/${seg(version)}`,
  launchPlans: (project: string, domain: string) => `${paths.project(project, domain)}/launchPlans`,
  launchPlan: (project: string, domain: string, name: string) =>
    `${paths.launchPlans(project, domain)}/${seg(name)}`,
  launchPlanVersion: (project: string, domain: string, name: string, version: string) =>
    `${paths.project(project, domain)}/launch_plan/${seg(name)}/version/${seg(version)}`,
  callback: () => routes.callback,
  logout: () => routes.logout,
  signedOut: () => routes.signedOut,
  authSettings: () => routes.authSettings,
};

/** A router path as the browser sees it (under /console), for plain links and return URLs outside the router. */
export const consolePath = (path: string): string => `${BASENAME}${path}`;

/** Absolute URL of a router path on this origin, e.g. the redirect URIs registered at the IdP. */
export function consoleUrl(path: string, origin = window.location.origin): string {
  return `${origin}${consolePath(path)}`;
}

/** The page that completes hidden-iframe renewals: its own tiny entry (silent-callback.html), not a route. */
export const SILENT_CALLBACK = '/silent-callback.html';

/**
 * The routes that carry out a sign-in step themselves. Never a place to return to after sign-in (it would run the
 * step again), and boot does not renew a stored session before rendering them.
 */
export const AUTH_STEP_ROUTES = [routes.callback, routes.logout, routes.signedOut] as const;

/** Whether a browser path (with /console) is one of the auth steps; a trailing slash does not matter. */
export const isAuthStepPath = (pathname: string): boolean =>
  AUTH_STEP_ROUTES.some((route) => consolePath(route) === pathname.replace(/\/+$/, ''));

/** Whether a browser path (with /console) is the sign-in callback; a trailing slash does not matter. */
export const isCallbackPath = (pathname: string): boolean =>
  consolePath(routes.callback) === pathname.replace(/\/+$/, '');
