import { AUTH_STEP_ROUTES, BASENAME, consolePath, paths } from '../../config/paths';

/** Paths that must never be a return target: coming back to them would re-run a sign-in step. */
const NOT_A_DESTINATION = AUTH_STEP_ROUTES.map(consolePath);

/**
 * Only same-origin paths under /console are accepted as the place to land after sign-in; anything else
 * (another origin, `//host`, a path outside the console, the callback itself) becomes the console's home.
 * The result is a path with query and hash, never an absolute URL.
 */
export function safeReturnUrl(candidate: unknown, origin = window.location.origin): string {
  const home = consolePath(paths.home());
  if (typeof candidate !== 'string' || candidate === '') return home;
  let url: URL;
  try {
    url = new URL(candidate, origin);
  } catch {
    return home;
  }
  if (url.origin !== origin) return home;
  const inConsole = url.pathname === BASENAME || url.pathname.startsWith(`${BASENAME}/`);
  if (!inConsole || NOT_A_DESTINATION.some((path) => url.pathname.startsWith(path))) return home;
  return `${url.pathname}${url.search}${url.hash}`;
}

/** Where the person is now, as a return URL. */
export function currentReturnUrl(): string {
  const { pathname, search, hash } = window.location;
  return safeReturnUrl(`${pathname}${search}${hash}`);
}

/** A console path (with /console) as the router's path (without it). */
export function toRouterPath(browserPath: string): string {
  const rest = browserPath.slice(BASENAME.length);
  return rest === '' || rest.startsWith('?') || rest.startsWith('#') ? `/${rest}` : rest;
}
