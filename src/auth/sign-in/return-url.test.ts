import { describe, expect, it } from 'vitest';
import { safeReturnUrl, toRouterPath } from './return-url';

const ORIGIN = 'https://console.test';

describe('safeReturnUrl', () => {
  it('keeps a console path with its query and hash', () => {
    expect(safeReturnUrl('/console/projects/p/domains/d/executions/x?a=1#n', ORIGIN)).toBe(
      '/console/projects/p/domains/d/executions/x?a=1#n',
    );
    expect(safeReturnUrl(`${ORIGIN}/console/?q=1`, ORIGIN)).toBe('/console/?q=1');
  });

  it.each([
    ['another origin', 'https://evil.test/console/x'],
    ['a protocol-relative URL', '//evil.test/console/x'],
    ['a path outside the console', '/admin/x'],
    ['a look-alike prefix', '/consoleevil/x'],
    ['the callback itself', '/console/callback?code=1&state=2'],
    ['the logout route', '/console/logout'],
    ['a javascript: URL', 'javascript:alert(1)'],
    ['nothing', undefined],
    ['a non-string', 42],
    ['an empty segment after the basename', '/console//evil.example/x'],
    ['an empty segment further in', '/console/projects//evil.example'],
    ['an encoded empty segment', '/console/%2F%2Fevil.example/x'],
    ['an encoded slash after the basename', '/console/%2Fevil.example'],
    ['a backslash host', '/\\evil.example/console/x'],
    ['a backslash after the basename', '/console/\\evil.example/x'],
    ['an encoded backslash', '/console/%5Cevil.example/x'],
    ['a tab that the parser would drop', '/\t/evil.example/console/x'],
    ['a newline inside the basename', '/con\nsole//evil.example'],
    ['a malformed escape', '/console/%E0%A4%A'],
  ])('turns %s into the console home', (_label, candidate) => {
    expect(safeReturnUrl(candidate, ORIGIN)).toBe('/console/');
  });
});

describe('safeReturnUrl and the router', () => {
  it.each(['/console//evil.example/x', '/console/%2F%2Fevil.example/x', '/console/\\evil.example/x'])(
    'never hands %s to the router as a path that starts a new origin',
    (candidate) => {
      const routerPath = toRouterPath(safeReturnUrl(candidate, ORIGIN));
      expect(routerPath).toBe('/');
      expect(new URL(routerPath, ORIGIN).origin).toBe(ORIGIN);
    },
  );
});

describe('toRouterPath', () => {
  it('drops the basename', () => {
    expect(toRouterPath('/console/projects/p?x=1#h')).toBe('/projects/p?x=1#h');
    expect(toRouterPath('/console/')).toBe('/');
    expect(toRouterPath('/console')).toBe('/');
  });
});
