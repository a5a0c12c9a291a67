import { Link, useNavigate } from 'react-router';
import { MenuButton } from '../components/menu-button';
import { useAuth } from 'react-oidc-context';
import { useMe } from '../api/me';
import { paths } from '../config/paths';
import { useAuthServices } from '../auth/session/auth-context';
import type { AuthServices } from '../auth/types';
import { nonEmpty } from '../auth/values';
import { IN_APP_SIGN_OUT } from '../auth/pages/logout-page';

function initials(name: string): string {
  const parts = name.split(/[\s@.]+/).filter(Boolean);
  return (
    (parts[0]?.[0] ?? '?') + (parts.length > 1 ? (parts[parts.length - 1]?.[0] ?? '') : '')
  ).toUpperCase();
}

/** Pictures only from the IdP or the admin: the console makes no requests to third parties. */
function trustedPicture(picture: string | undefined, services: AuthServices): string | undefined {
  if (!picture) return undefined;
  try {
    const origin = new URL(picture).origin;
    const allowed = [
      new URL(services.resolution.issuer).origin,
      new URL(services.resolution.adminUrl).origin,
    ];
    return allowed.includes(origin) ? picture : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The signed-in person (name and avatar) as a menu button holding "Auth settings" and "Sign out", so both stay
 * reachable and readable on a phone; nothing when sign-in is off.
 */
export function UserMenu() {
  const services = useAuthServices();
  return services ? <SignedInMenu services={services} /> : null;
}

function SignedInMenu({ services }: { services: AuthServices }) {
  const auth = useAuth();
  const profile = auth.user?.profile;
  const fromToken =
    nonEmpty(profile?.name) ?? nonEmpty(profile?.preferred_username) ?? nonEmpty(profile?.email);
  const me = useMe({ enabled: services.resolution.server === 'internal' || !fromToken });
  const name = fromToken ?? me.data?.name ?? me.data?.preferredUsername ?? me.data?.email ?? me.data?.subject;
  const picture = trustedPicture(nonEmpty(profile?.picture) ?? me.data?.picture, services);
  const label = name ?? 'Signed in';
  return (
    <MenuButton
      className="user-menu"
      label={
        <>
          {picture ? (
            <img className="user-avatar" src={picture} alt="" referrerPolicy="no-referrer" />
          ) : (
            <span className="user-avatar" aria-hidden="true">
              {initials(label)}
            </span>
          )}
          {/* Read as "Signed in as Ada Lovelace"; the visible name is part of it (WCAG 2.5.3). */}
          <span className="user-name">
            <span className="visually-hidden">Signed in as</span> {label}
          </span>
        </>
      }
    >
      {(close) => <UserMenuItems close={close} />}
    </MenuButton>
  );
}

function UserMenuItems({ close }: { close: () => void }) {
  const navigate = useNavigate();
  return (
    <>
      <Link to={paths.authSettings()} onClick={close}>
        Auth settings
      </Link>
      <button
        type="button"
        className="secondary"
        onClick={() => {
          close();
          void navigate(paths.logout(), { state: IN_APP_SIGN_OUT });
        }}
      >
        Sign out
      </button>
    </>
  );
}
