import { escapeHtml } from './http-util.ts';
import { DEMO_USERS } from './demo-users.ts';

/**
 * Server-rendered pages of the sandbox identity providers: the sign-in page (demo users as buttons plus a
 * username/password form that accepts any password) and the end-session confirmation. No script, no external
 * resources; stable labels and data-testid attributes for the e2e tests.
 */

const STYLE = `
  body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;background:#f4f5f7;color:#1d2433;margin:0}
  main{max-width:380px;margin:48px auto;background:#fff;border-radius:8px;box-shadow:0 1px 4px rgba(0,0,0,.15);padding:24px 32px}
  h1{font-size:1.3rem;margin:0 0 4px}
  p.sub{margin:0 0 20px;color:#5c6370;font-size:.9rem}
  ul{list-style:none;padding:0;margin:0 0 20px}
  li{margin:0 0 8px}
  button{font:inherit;cursor:pointer;border-radius:6px}
  .user{display:flex;align-items:center;gap:12px;width:100%;padding:8px 12px;border:1px solid #d0d4dc;background:#fff;text-align:left}
  .user:hover,.user:focus{border-color:#3b6fd4;background:#f0f5ff}
  .user img{width:32px;height:32px;border-radius:50%}
  .user small{display:block;color:#5c6370}
  fieldset{border:0;border-top:1px solid #e3e5ea;padding:16px 0 0;margin:0}
  legend{padding:0 8px 0 0;color:#5c6370;font-size:.85rem}
  label{display:block;font-size:.85rem;margin:8px 0 4px}
  input{font:inherit;width:100%;box-sizing:border-box;padding:8px;border:1px solid #d0d4dc;border-radius:6px}
  .primary{margin-top:16px;width:100%;padding:10px;border:0;background:#3b6fd4;color:#fff;font-weight:600}
  .secondary{margin-top:8px;width:100%;padding:8px;border:1px solid #d0d4dc;background:#fff}
  .error{background:#fdecea;color:#8a1c12;padding:8px 12px;border-radius:6px;margin:0 0 16px}
  .meta{color:#5c6370;font-size:.75rem;margin-top:20px;word-break:break-all}
`;

function page(title: string, body: string): string {
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<style>${STYLE}</style>
</head>
<body>
<main>
${body}
</main>
</body>
</html>`;
}

export interface SignInPageOptions {
  /** Shown as the page heading, e.g. "Sign in to flyteadmin (sandbox)". */
  heading: string;
  /** Which server is asking (issuer), shown in small print. */
  issuer: string;
  /** Client asking for the sign-in. */
  clientId: string;
  /** Form target for both the demo-user buttons and the username/password form. */
  loginAction: string;
  /** Target that aborts the request (access_denied back to the client). */
  abortAction: string;
  error?: string;
  loginHint?: string;
}

export function renderSignInPage(o: SignInPageOptions): string {
  const users = DEMO_USERS.map(
    (u) => `<li><form method="post" action="${escapeHtml(o.loginAction)}">
<input type="hidden" name="login" value="${escapeHtml(u.id)}">
<button type="submit" class="user" data-testid="demo-user-${escapeHtml(u.id)}" aria-label="${escapeHtml(u.name)}">
<img src="${escapeHtml(u.picture)}" alt=""><span>${escapeHtml(u.name)}<small>${escapeHtml(u.email)}</small></span>
</button></form></li>`,
  ).join('\n');
  return page(
    o.heading,
    `<h1>${escapeHtml(o.heading)}</h1>
<p class="sub">Sandbox sign-in for <strong>${escapeHtml(o.clientId)}</strong>. Pick a demo user, or type any name (any password works).</p>
${o.error ? `<p class="error" role="alert">${escapeHtml(o.error)}</p>` : ''}
<ul aria-label="Demo users">
${users}
</ul>
<form method="post" action="${escapeHtml(o.loginAction)}" data-testid="login-form">
<fieldset>
<legend>Or sign in with a username</legend>
<label for="login">Username or email</label>
<input id="login" name="login" autocomplete="username" required value="${escapeHtml(o.loginHint ?? '')}">
<label for="password">Password</label>
<input id="password" name="password" type="password" autocomplete="current-password" placeholder="anything">
<button type="submit" class="primary">Sign in</button>
</fieldset>
</form>
<form method="post" action="${escapeHtml(o.abortAction)}">
<button type="submit" class="secondary" data-testid="cancel-sign-in">Cancel</button>
</form>
<p class="meta">Issuer: ${escapeHtml(o.issuer)}</p>`,
  );
}

/** Body for oidc-provider's `logoutSource`: `form` is the provider's hidden form (id "op.logoutForm"). */
export function renderLogoutPage(host: string, form: string, clientName?: string): string {
  return page(
    'Sign out',
    `<h1>Sign out of ${escapeHtml(host)}?</h1>
<p class="sub">${clientName ? `${escapeHtml(clientName)} asked to end your session.` : 'End your session at this identity provider.'}</p>
${form}
<button type="submit" form="op.logoutForm" name="logout" value="yes" class="primary" data-testid="confirm-sign-out" autofocus>Yes, sign me out</button>
<button type="submit" form="op.logoutForm" class="secondary" data-testid="stay-signed-in">No, stay signed in</button>`,
  );
}

export function renderSignedOutPage(clientName?: string): string {
  return page(
    'Signed out',
    `<h1>Signed out</h1><p class="sub">Your session${clientName ? ` with ${escapeHtml(clientName)}` : ''} has ended.</p>`,
  );
}

export function renderErrorPage(out: Record<string, string | undefined>): string {
  const rows = Object.entries(out)
    .filter(([, v]) => v !== undefined)
    .map(([k, v]) => `<p><strong>${escapeHtml(k)}</strong>: ${escapeHtml(String(v))}</p>`)
    .join('\n');
  return page('Sign-in error', `<h1>Something went wrong</h1>\n<div role="alert">${rows}</div>`);
}
