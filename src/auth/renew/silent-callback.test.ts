import { describe, expect, it } from 'vitest';
import page from '../../../silent-callback.html?raw';
import entry from './silent-callback.ts?raw';

// The hidden iframe of a prompt=none renewal loads this page on every renewal: it must hand the answer to the
// parent window and nothing else, never boot the console (config, discovery, the whole bundle) inside the iframe.
describe('silent-callback.html', () => {
  it('loads only its own tiny entry', () => {
    const scripts = [...page.matchAll(/<script[^>]*src="([^"]+)"/g)].map((m) => m[1]);
    expect(scripts).toEqual(['/src/auth/renew/silent-callback.ts']);
    expect(page).not.toMatch(/<script(?![^>]*src=)[^>]*>/); // no inline script: the CSP forbids it
  });

  it('imports nothing but oidc-client-ts', () => {
    const imports = [...entry.matchAll(/^import .* from '([^']+)'/gm)].map((m) => m[1]);
    expect(imports).toEqual(['oidc-client-ts']);
    expect(entry).toMatch(/signinSilentCallback\(\)/);
  });
});
