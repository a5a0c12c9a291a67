import { ErrorResponse } from 'oidc-client-ts';
import { consolePath, paths } from '../../config/paths';
import type { AuthServices } from '../types';
import { returnToOf } from '../session/auth-services';
import { checkResponseIssuer, TokenCheckError } from './id-token';

export type CallbackProblemKind =
  'idp-error' | 'missing-state' | 'unknown-state' | 'issuer' | 'token' | 'token-check';

export interface CallbackProblem {
  kind: CallbackProblemKind;
  title: string;
  detail: string;
  /** Where "Try again" should land: the URL of the sign-in that failed when known. */
  returnTo: string;
}

export type SignInOutcome =
  { ok: true; returnTo: string } | { ok: true; popup: true } | { ok: false; problem: CallbackProblem };

const HOME = consolePath(paths.home());

function idpProblem(error: string, description: string | null, returnTo = HOME): CallbackProblem {
  const known: Record<string, string> = {
    access_denied: 'Access was denied at the sign-in server.',
    login_required: 'The sign-in server needs you to sign in interactively.',
    consent_required: 'The sign-in server needs your consent first.',
    interaction_required: 'The sign-in server needs you to interact with it.',
    invalid_scope: 'The sign-in server refused the requested scopes (auth.scopes).',
    unauthorized_client: 'The sign-in server does not allow this client (auth.clientId) to sign in this way.',
  };
  return {
    kind: 'idp-error',
    title: known[error] ?? 'The sign-in server reported an error.',
    detail: `${error}${description ? `: ${description}` : ''}`,
    returnTo,
  };
}

function describeFailure(error: unknown, params: URLSearchParams): CallbackProblem {
  const message = error instanceof Error ? error.message : String(error);
  const idpError = params.get('error');
  if (error instanceof ErrorResponse && !error.form) {
    return idpProblem(error.error ?? 'error', error.error_description, returnToOf(error.state));
  }
  if (/No matching state/i.test(message)) {
    if (idpError) return idpProblem(idpError, params.get('error_description'));
    return {
      kind: 'unknown-state',
      title: 'This sign-in response does not belong to a sign-in started in this tab.',
      detail: 'It was already used, it expired, or it was started in another browser or tab.',
      returnTo: HOME,
    };
  }
  if (error instanceof TokenCheckError) {
    return {
      kind: 'token-check',
      title: 'The tokens from the sign-in server failed validation.',
      detail: message,
      returnTo: HOME,
    };
  }
  const state = error instanceof ErrorResponse ? error.state : undefined;
  return {
    kind: 'token',
    title: 'The sign-in could not be completed at the token endpoint.',
    detail:
      error instanceof TypeError
        ? `The token endpoint could not be reached (network or CORS): ${message}`
        : message,
    returnTo: returnToOf(state),
  };
}

/** The return URL inside a stored sign-in state (oidc-client-ts keeps the request's `state` as `data`). */
function storedReturnTo(stored: string): string | undefined {
  try {
    const parsed: unknown = JSON.parse(stored);
    return typeof parsed === 'object' && parsed !== null && 'data' in parsed
      ? returnToOf(parsed.data)
      : undefined;
  } catch {
    return undefined;
  }
}

async function complete(
  services: AuthServices,
  url: string,
  onReturnTo?: (returnTo: string) => void,
): Promise<SignInOutcome> {
  const { userManager, resolution } = services;
  const params = new URL(url).searchParams;
  const stateId = params.get('state');
  if (!stateId) {
    const error = params.get('error');
    if (error) return { ok: false, problem: idpProblem(error, params.get('error_description')) };
    const problem: CallbackProblem = {
      kind: 'missing-state',
      title: 'This address is not a sign-in response.',
      detail: 'It has no "state" parameter, so the console cannot match it to a sign-in.',
      returnTo: HOME,
    };
    return { ok: false, problem };
  }
  const stored = await userManager.settings.stateStore.get(stateId);
  // Where this sign-in lands is known before the token request: its view's code can load meanwhile.
  const landing = stored ? storedReturnTo(stored) : undefined;
  if (landing) onReturnTo?.(landing);
  if (!stored && window.opener && window.opener !== window) {
    // A popup sign-in (session expired dialog): hand the response to the tab that started it.
    await userManager.signinPopupCallback(url);
    return { ok: true, popup: true };
  }
  try {
    checkResponseIssuer(params, {
      issuer: resolution.issuer,
      required:
        (resolution.metadata as Record<string, unknown>).authorization_response_iss_parameter_supported ===
        true,
    });
  } catch (error) {
    await userManager.settings.stateStore.remove(stateId); // the code must never reach the token endpoint
    return {
      ok: false,
      problem: {
        kind: 'issuer',
        title: 'The sign-in response came from the wrong server.',
        detail: String((error as Error).message),
        returnTo: HOME,
      },
    };
  }
  try {
    const user = await userManager.signinCallback(url);
    if (!user) return { ok: true, popup: true };
    await services.checkUser(user);
    services.status.update({ expired: null, offline: false, renewalStopped: false });
    services.tabs.post({ type: 'signed-in' });
    return { ok: true, returnTo: returnToOf(user.state) };
  } catch (error) {
    return { ok: false, problem: describeFailure(error, params) };
  }
}

interface Completion {
  outcome: Promise<SignInOutcome>;
  landing?: string;
  waiting: Set<(returnTo: string) => void>;
}

const completions = new WeakMap<AuthServices, Map<string, Completion>>();

/**
 * Completes a sign-in response exactly once per URL and page load: boot starts it before the app's code has
 * arrived, and the callback page (which React may mount twice) joins it. Each caller hears where it lands.
 */
export function completeSignIn(
  services: AuthServices,
  url = window.location.href,
  onReturnTo?: (returnTo: string) => void,
): Promise<SignInOutcome> {
  const done = completions.get(services) ?? new Map<string, Completion>();
  completions.set(services, done);
  let completion = done.get(url);
  if (!completion) {
    const waiting = new Set<(returnTo: string) => void>();
    const started: Completion = {
      waiting,
      // The landing is read after the state store answered, so `started` exists by then.
      outcome: complete(services, url, (landing) => {
        started.landing = landing;
        for (const listener of waiting) listener(landing);
      }),
    };
    done.set(url, started);
    completion = started;
  }
  if (onReturnTo) {
    if (completion.landing) onReturnTo(completion.landing);
    else completion.waiting.add(onReturnTo);
  }
  return completion.outcome;
}
