/**
 * The people a sandbox user can sign in as. Both the internal authorization server and the external IdP use this
 * list; any other login name typed into the sign-in form becomes an ad-hoc account derived from that name.
 */
export interface DemoUser {
  id: string;
  name: string;
  givenName: string;
  familyName: string;
  email: string;
  picture: string;
}

/** A local, self-contained avatar (data: URI) so that nothing is ever loaded from a third-party host. */
function avatar(initials: string, color: string): string {
  const svg =
    `<svg xmlns="http://www.w3.org/2000/svg" width="64" height="64" viewBox="0 0 64 64">` +
    `<rect width="64" height="64" rx="32" fill="${color}"/>` +
    `<text x="32" y="41" font-family="sans-serif" font-size="24" fill="#fff" text-anchor="middle">${initials}</text></svg>`;
  return `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}`;
}

function user(id: string, givenName: string, familyName: string, color: string): DemoUser {
  return {
    id,
    name: `${givenName} ${familyName}`,
    givenName,
    familyName,
    email: `${id}@example.com`,
    picture: avatar(`${givenName[0] ?? ''}${familyName[0] ?? ''}`, color),
  };
}

export const DEMO_USERS: readonly DemoUser[] = [
  user('ada', 'Ada', 'Lovelace', '#6a1b9a'),
  user('grace', 'Grace', 'Hopper', '#1565c0'),
  user('alan', 'Alan', 'Turing', '#2e7d32'),
];

/** Finds a demo user by id, email or display name; anything else non-empty becomes an ad-hoc user. */
export function resolveUser(login: string): DemoUser | undefined {
  const wanted = login.trim();
  if (!wanted) return undefined;
  const lower = wanted.toLowerCase();
  const known = DEMO_USERS.find((u) => u.id === lower || u.email === lower || u.name.toLowerCase() === lower);
  if (known) return known;
  const local = (lower.split('@')[0] ?? lower).replace(/[^a-z0-9._-]/g, '') || 'user';
  const [first = local, ...rest] = wanted.split(/[\s@._-]+/).filter(Boolean);
  const capital = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
  const givenName = capital(first);
  const familyName = rest.length > 0 && !wanted.includes('@') ? rest.map(capital).join(' ') : '';
  return {
    id: local,
    name: [givenName, familyName].filter(Boolean).join(' '),
    givenName,
    familyName,
    email: lower.includes('@') ? lower : `${local}@example.com`,
    picture: avatar(givenName.charAt(0), '#455a64'),
  };
}

/** The `user_info` claim flyteadmin puts in its own access tokens. */
export function userInfoClaim(u: DemoUser): Record<string, string> {
  return {
    name: u.name,
    preferred_username: u.id,
    email: u.email,
    given_name: u.givenName,
    family_name: u.familyName,
    picture: u.picture,
  };
}
