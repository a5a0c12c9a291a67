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
  ])('turns %s into the console home', (_label, candidate) => {
    expect(safeReturnUrl(candidate, ORIGIN)).toBe('/console/');
  });
});

describe('toRouterPath', () => {
  it('drops the basename', () => {
    expect(toRouterPath('/console/projects/p?x=1#h')).toBe('/projects/p?x=1#h');
    expect(toRouterPath('/console/')).toBe('/');
    expect(toRouterPath('/console')).toBe('/');
  });
});
