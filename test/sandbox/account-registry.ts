import type { Account, AccountClaims, FindAccount } from 'oidc-provider';
import { DEMO_USERS, resolveUser, userInfoClaim, type DemoUser } from './demo-users.ts';

/**
 * Accounts known to one sandbox: the demo users plus anyone who typed another name into a sign-in form.
 * Shared by the internal authorization server and the external IdP so that a person is the same `sub` in both.
 */
export interface AccountRegistry {
  /** Resolves a login name (demo id, email, display name or anything else) and remembers the account. */
  signIn(login: string): DemoUser | undefined;
  get(id: string): DemoUser | undefined;
  findAccount: FindAccount;
}

/** OIDC claims of a user for the given scopes (`profile`, `email`). */
export function oidcClaims(user: DemoUser, scope: string): AccountClaims {
  const scopes = new Set(scope.split(' '));
  const claims: AccountClaims = { sub: user.id };
  if (scopes.has('profile')) {
    Object.assign(claims, {
      name: user.name,
      given_name: user.givenName,
      family_name: user.familyName,
      preferred_username: user.id,
      picture: user.picture,
    });
  }
  if (scopes.has('email')) Object.assign(claims, { email: user.email, email_verified: true });
  return claims;
}

export function createAccountRegistry(): AccountRegistry {
  const accounts = new Map<string, DemoUser>(DEMO_USERS.map((u) => [u.id, u]));
  return {
    signIn(login) {
      const user = resolveUser(login);
      if (user && !accounts.has(user.id)) accounts.set(user.id, user);
      return user ? accounts.get(user.id) : undefined;
    },
    get: (id) => accounts.get(id),
    findAccount: (_ctx, sub) => {
      const user = accounts.get(sub);
      if (!user) return undefined;
      const account: Account = {
        accountId: user.id,
        claims: (_use, scope) => oidcClaims(user, scope),
      };
      return account;
    },
  };
}

export { userInfoClaim };
