/**
 * Every failure of an admin call becomes one of these kinds, so screens can react by kind
 * ("offline" is not "signed out", "forbidden" is not a login prompt) without parsing messages.
 */
export type ApiErrorKind =
  | 'unauthorized' // 401 after one renew and one retry: the session is gone
  | 'auth-required' // 401 while the console runs with auth.mode "none"
  | 'forbidden' // 403: signed in, but not allowed
  | 'not-found'
  | 'bad-request'
  | 'conflict'
  | 'rate-limited'
  | 'server' // 5xx
  | 'offline' // the request never got an HTTP answer
  | 'timeout' // no answer within the client's time-out: the request was abandoned
  | 'bad-response'; // an answer we cannot use (not JSON, wrong shape)

export class ApiError extends Error {
  override readonly name = 'ApiError';
  readonly status: number;
  readonly kind: ApiErrorKind;
  readonly url: string;
  /** The server's own message (flyteadmin's `message` field) when it sent one. */
  readonly serverMessage: string | undefined;

  constructor(options: {
    status: number;
    kind: ApiErrorKind;
    url: string;
    message: string;
    serverMessage?: string;
  }) {
    super(options.message);
    this.status = options.status;
    this.kind = options.kind;
    this.url = options.url;
    this.serverMessage = options.serverMessage;
  }
}

export function isApiError(error: unknown): error is ApiError {
  return error instanceof ApiError;
}

export function kindForStatus(status: number): ApiErrorKind {
  if (status === 401) return 'unauthorized';
  if (status === 403) return 'forbidden';
  if (status === 404) return 'not-found';
  if (status === 409) return 'conflict';
  if (status === 429) return 'rate-limited';
  if (status >= 500) return 'server';
  return 'bad-request';
}

/** A sentence for a person, by kind; screens may add their own context. */
export function describeApiError(error: unknown): string {
  if (!isApiError(error)) return error instanceof Error ? error.message : String(error);
  switch (error.kind) {
    case 'offline':
      return 'The Flyte admin could not be reached. Check your connection; nothing was lost.';
    case 'timeout':
      return 'The Flyte admin did not answer in time. It may be overloaded or a proxy may hold the request; try again.';
    case 'forbidden':
      return `You are signed in but not allowed to do this${error.serverMessage ? `: ${error.serverMessage}` : '.'}`;
    case 'unauthorized':
      return 'Your session has expired. Sign in again to continue.';
    case 'auth-required':
      return 'The admin requires sign-in, but this console runs with auth.mode "none". Set auth.mode in config.json.';
    case 'not-found':
      return error.serverMessage ?? 'Not found.';
    case 'bad-response':
      return `The admin sent a response the console cannot read: ${error.message}`;
    default:
      return error.serverMessage ?? error.message;
  }
}
