import { redirectUris } from '../session/user-manager';
import { CopyButton } from './copy-button';

/** A ready ~/.flyte/config.yaml for flytectl / pyflyte against the same admin. */
export function flyteConfigSnippet(adminUrl: string): string {
  const url = new URL(adminUrl);
  return [
    'admin:',
    `  endpoint: dns:///${url.host}`,
    `  insecure: ${url.protocol === 'http:'}`,
    '  authType: Pkce',
    '',
  ].join('\n');
}

function UriRow({ term, uri }: { term: string; uri: string }) {
  return (
    <div>
      <dt>{term}</dt>
      <dd>
        <code>{uri}</code> <CopyButton text={uri} label={term} />
      </dd>
    </div>
  );
}

/** The exact URIs to register at the IdP for this origin, each with a copy button. */
export function RedirectUriList() {
  const uris = redirectUris();
  return (
    <>
      <h2>Redirect URIs to register at the identity provider</h2>
      <p>Register them exactly: same scheme, host, port and path, no trailing slash.</p>
      <dl>
        <UriRow term="Sign-in redirect URI" uri={uris.redirect} />
        <UriRow term="Silent renew redirect URI" uri={uris.silent} />
        <UriRow term="Post-logout redirect URI" uri={uris.postLogout} />
      </dl>
    </>
  );
}

export function FlyteConfigSnippet({ adminUrl }: { adminUrl: string }) {
  const snippet = flyteConfigSnippet(adminUrl);
  return (
    <>
      <h2>flytectl / pyflyte</h2>
      <p>
        Save as <code>~/.flyte/config.yaml</code>:{' '}
        <CopyButton text={snippet} label="flytectl configuration" />
      </p>
      <pre aria-label="flytectl configuration">{snippet}</pre>
    </>
  );
}
