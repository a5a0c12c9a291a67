import { AUTH_STEP_ROUTES, BASENAME, consolePath, paths } from '../../config/paths';

/** Paths that must never be a return target: coming back to them would re-run a sign-in step. */
const NOT_A_DESTINATION = AUTH_STEP_ROUTES.map(consolePath);

/**
 * Characters a URL parser drops or reads as a slash: `\` is `/` in http(s) URLs, and tab/newline are removed
 * before parsing, so `/\evil`, `/\t/evil` or `/con\nsole` could reach the router in a shape this check never saw.
 */
// eslint-disable-next-line no-control-regex
const UNSAFE_CHARACTERS = /[\\\u0000-\u001f\u007f]/;

function decodedPath(pathname: string): string | null {
  try {
    return decodeURIComponent(pathname);
  } catch {
    return null;
  }
}

/**
 * Only same-origin paths under /console are accepted as the place to land after sign-in; anything else
 * (another origin, `//host`, `/\host`, a path outside the console, the callback itself) becomes the console's
 * home. A path with an empty segment (`/console//evil.example/x`), also when percent-encoded, is refused too:
 * without the basename it is `//evil.example/x`, which the router and the browser read as another origin.
 * The result is a path with query and hash, never an absolute URL.
 */
export function safeReturnUrl(candidate: unknown, origin = window.location.origin): string {
  const home = consolePath(paths.home());
  if (typeof candidate !== 'string' || candidate === '' || UNSAFE_CHARACTERS.test(candidate)) return home;
  let url: URL;
  try {
    url = new URL(candidate, origin);
  } catch {
    return home;
  }
  if (url.origin !== origin) return home;
  const decoded = decodedPath(url.pathname);
  if (decoded === null || decoded.includes('//') || UNSAFE_CHARACTERS.test(decoded)) return home;
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
