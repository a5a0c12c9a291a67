import type { IncomingMessage, ServerResponse } from 'node:http';
import type Provider from 'oidc-provider';
import type { AccountRegistry } from './account-registry.ts';
import type { DemoUser } from './demo-users.ts';
import { parseForm, readBody, sendHtml } from './http-util.ts';
import { renderErrorPage, renderSignInPage } from './sign-in-pages.ts';

/**
 * The custom interaction routes of a sandbox provider (`<prefix>/interaction/:uid[/login|/abort]`): a sign-in page
 * with demo users and a username/password form (any password), consent granted automatically (see auto-consent.ts).
 * Returns false when the request is not an interaction route.
 */
export interface InteractionOptions {
  provider: Provider;
  /** Path prefix of the sign-in pages ("/login" for flyteadmin, "/realms/flyte" for the IdP). */
  prefix: string;
  heading: string;
  accounts: AccountRegistry;
  /** Runs after a successful sign-in, before the provider redirects (flyteadmin sets its login cookies here). */
  onSignIn?: (res: ServerResponse, user: DemoUser) => Promise<void>;
}

export function interactionPath(prefix: string, uid: string): string {
  return `${prefix}/interaction/${uid}`;
}

export function createInteractionRoutes(o: InteractionOptions) {
  const pattern = new RegExp(
    `^${o.prefix.replace(/[/.]/g, '\\$&')}/interaction/([\\w-]+)(?:/(login|abort))?$`,
  );

  return async function handle(req: IncomingMessage, res: ServerResponse): Promise<boolean> {
    const url = new URL(req.url ?? '/', 'http://x');
    const match = pattern.exec(url.pathname);
    if (!match) return false;
    const [, uid = '', action] = match;
    try {
      const details = await o.provider.interactionDetails(req, res);
      if (details.uid !== uid) throw new Error('interaction mismatch');
      const clientId = typeof details.params.client_id === 'string' ? details.params.client_id : '';
      const base = interactionPath(o.prefix, uid);
      const page = (error?: string, loginHint?: string) =>
        renderSignInPage({
          heading: o.heading,
          issuer: o.provider.issuer,
          clientId,
          loginAction: `${base}/login`,
          abortAction: `${base}/abort`,
          error,
          loginHint,
        });

      if (req.method === 'GET' && !action) {
        if (details.prompt.name === 'login') {
          const hint = typeof details.params.login_hint === 'string' ? details.params.login_hint : undefined;
          sendHtml(res, 200, page(undefined, hint));
        } else {
          // Consent (should not happen: loadExistingGrant grants everything) - accept without asking.
          await o.provider.interactionFinished(req, res, { consent: {} }, { mergeWithLastSubmission: true });
        }
        return true;
      }
      if (req.method === 'POST' && action === 'login') {
        const form = parseForm(await readBody(req));
        const user = o.accounts.signIn(form.login ?? '');
        if (!user) {
          sendHtml(res, 400, page('Enter a username.'));
          return true;
        }
        await o.onSignIn?.(res, user);
        await o.provider.interactionFinished(
          req,
          res,
          { login: { accountId: user.id, remember: true } },
          {
            mergeWithLastSubmission: false,
          },
        );
        return true;
      }
      if (req.method === 'POST' && action === 'abort') {
        await o.provider.interactionFinished(
          req,
          res,
          { error: 'access_denied', error_description: 'End-User aborted interaction' },
          { mergeWithLastSubmission: false },
        );
        return true;
      }
      res.writeHead(405, { Allow: action ? 'POST' : 'GET' }).end();
      return true;
    } catch (err) {
      sendHtml(
        res,
        400,
        renderErrorPage({
          error: 'invalid_request',
          error_description:
            err instanceof Error
              ? `${err.message} (the sign-in request expired or cookies are blocked)`
              : String(err),
        }),
      );
      return true;
    }
  };
}
