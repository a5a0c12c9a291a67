// Handlers for what a browser sees when a server cannot be used at all; put them in front of the mocks with
// `server.use(...)`. Faults inside a working server (401s, token errors, 403s) are switches on the mocks.
import { http, HttpResponse } from 'msw';

/** Nothing answers at all (DNS, refused connection, server down). */
export const unreachable = (url: string) => http.all(url, () => HttpResponse.error());

/** The server answers, but without CORS headers for this origin: only an opaque no-cors request gets through. */
export const corsBlocked = (url: string) =>
  http.all(url, ({ request }) =>
    request.mode === 'no-cors' ? new HttpResponse(null, { status: 200 }) : HttpResponse.error(),
  );

/** A gRPC-gateway error body ({ code, message, details }) with its HTTP status, e.g. a failing backend. */
export const gatewayError = (url: string, status: number, code: number, message: string) =>
  http.all(url, () => HttpResponse.json({ code, message, details: [] }, { status }));
