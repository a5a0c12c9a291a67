import { cleanup, screen, waitFor } from '@testing-library/react';
import { afterEach, expect } from 'vitest';
import type { Mocks } from '../../msw/index.ts';
import { pathOf, setupAuth, type TestAuth } from './render-shell';

/** What ProbePage shows once the seeded projects arrived through the admin client. */
export const PROJECTS_LOADED = /^Projects: .*flytesnacks/;

/**
 * Page loads and sign-ins for the login-shell tests, against the shared test/msw mocks. Every page load gets a
 * fresh UserManager and services over the same sessionStorage, like a browser reload; all are disposed after
 * each test.
 */
export function authFlow() {
  const live: TestAuth[] = [];
  afterEach(() => {
    cleanup();
    for (const t of live.splice(0)) t.dispose();
  });

  async function load(auth: Record<string, unknown> = {}, channel?: string): Promise<TestAuth> {
    const t = await setupAuth(auth, { channel });
    live.push(t);
    return t;
  }

  /** Opens `url` without a session: the automatic redirect's authorize URL. */
  async function startAt(url: string, auth: Record<string, unknown> = {}, channel?: string) {
    const t = await load(auth, channel);
    t.renderAt(url);
    await waitFor(() => expect(t.redirects.urls).toHaveLength(1));
    return { t, authorizeUrl: t.redirects.last };
  }

  /** Signs in at the mocked server and renders the callback page (which then lands on `url`). */
  async function signIn(mocks: Mocks, url: string, auth: Record<string, unknown> = {}, channel?: string) {
    const { authorizeUrl } = await startAt(url, auth, channel);
    cleanup();
    const t = await load(auth, channel);
    t.renderAt(pathOf(mocks.authorizeRedirect(authorizeUrl)));
    return t;
  }

  /** Signed in and showing `url` with its data and the user's name (so no request is still in flight). */
  async function signedIn(mocks: Mocks, url: string, auth: Record<string, unknown> = {}, channel?: string) {
    const t = await signIn(mocks, url, auth, channel);
    await screen.findByText(PROJECTS_LOADED);
    await screen.findByRole('button', { name: /^Signed in as / });
    return t;
  }

  return { load, startAt, signIn, signedIn };
}
