import type { Configuration } from 'oidc-provider';
import { renderErrorPage, renderLogoutPage, renderSignedOutPage } from './sign-in-pages.ts';

/** oidc-provider page hooks that render the sandbox's self-contained pages (no third-party fonts or scripts). */
export const renderError: NonNullable<Configuration['renderError']> = (ctx, out) => {
  ctx.type = 'html';
  ctx.body = renderErrorPage({ ...out });
};

export const logoutSource = (
  ctx: Parameters<NonNullable<Configuration['renderError']>>[0],
  form: string,
): void => {
  ctx.type = 'html';
  ctx.body = renderLogoutPage(ctx.host, form, ctx.oidc.client?.clientName ?? ctx.oidc.client?.clientId);
};

export const postLogoutSuccessSource = (
  ctx: Parameters<NonNullable<Configuration['renderError']>>[0],
): void => {
  ctx.type = 'html';
  ctx.body = renderSignedOutPage(ctx.oidc.client?.clientName ?? ctx.oidc.client?.clientId);
};
