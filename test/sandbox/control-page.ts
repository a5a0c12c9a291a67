import type { IncomingMessage, ServerResponse } from 'node:http';
import type { ControlPatch, ControlState, SandboxControls, SandboxStats } from './controls.ts';
import { DEMO_USERS } from './demo-users.ts';
import { escapeHtml, readBody, sendHtml, sendJson } from './http-util.ts';

/**
 * The admin's `/sandbox` routes: an HTML control page (plain forms, no script) and a JSON API.
 *   GET  /sandbox             the page
 *   GET  /sandbox/controls    current switches (JSON)
 *   POST /sandbox/controls    JSON patch of the switches (or the page's forms); answers the new state
 *   GET  /sandbox/stats       counters (JSON)
 *   POST /sandbox/reset       faults off, TTLs back to the start values, counters zero
 */
export interface ControlPageInfo {
  adminUrl: string;
  idpIssuer: string;
  consoleOrigin: string;
}

const NUMERIC = new Set([
  'accessTokenTtl',
  'refreshTokenTtl',
  'failDataCalls',
  'failTokenRequests',
  'dataDelayMs',
  'loginCookieTtl',
  'failDataStatus',
]);

function fromForm(body: string): ControlPatch {
  const patch: Record<string, unknown> = {};
  for (const [key, value] of new URLSearchParams(body)) {
    if (value === '') continue;
    patch[key] = NUMERIC.has(key) ? Number(value) : value;
  }
  return patch;
}

function row(label: string, value: string): string {
  return `<tr><th scope="row">${escapeHtml(label)}</th><td>${escapeHtml(value)}</td></tr>`;
}

function renderPage(
  info: ControlPageInfo,
  state: ControlState,
  stats: SandboxStats,
  message?: string,
): string {
  const num = (name: keyof ControlState, label: string, min: number) =>
    `<form method="post" action="/sandbox/controls"><label for="${name}">${escapeHtml(label)}</label>
<input id="${name}" name="${name}" type="number" min="${min}" value="${escapeHtml(String(state[name]))}">
<button type="submit">Set</button></form>`;
  const tokenTypes = Object.entries(stats.tokenRequests)
    .map(([k, v]) => `${k}: ${v}`)
    .join(', ');
  return `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Flyte sandbox controls</title>
<style>
body{font-family:system-ui,sans-serif;max-width:760px;margin:32px auto;padding:0 16px;color:#1d2433}
table{border-collapse:collapse;margin:8px 0 24px}th,td{text-align:left;padding:4px 12px 4px 0;vertical-align:top}
form{margin:8px 0}label{display:inline-block;min-width:260px}input,select{font:inherit;width:110px}
button{font:inherit;cursor:pointer}.msg{background:#e8f5e9;padding:8px 12px;border-radius:6px}
</style></head><body>
<h1>Flyte sandbox controls</h1>
${message ? `<p class="msg" role="status">${escapeHtml(message)}</p>` : ''}
<table>
${row('Auth mode', state.auth)}
${row('Admin', info.adminUrl)}
${row('External IdP', info.idpIssuer)}
${row('Console origin', info.consoleOrigin)}
${row('Demo users', DEMO_USERS.map((u) => `${u.name} <${u.email}>`).join(', ') + ' (any password)')}
</table>
<h2>Switches</h2>
${num('accessTokenTtl', 'Access token lifetime (seconds)', 1)}
${num('refreshTokenTtl', 'Refresh token lifetime (seconds)', 1)}
${num('dataDelayMs', 'Delay on data calls (ms)', 0)}
${num('loginCookieTtl', 'ID token lifetime in the login cookie (seconds)', 1)}
<form method="post" action="/sandbox/controls"><label for="failDataCalls">Fail the next N data calls</label>
<input id="failDataCalls" name="failDataCalls" type="number" min="0" value="${state.failDataCalls}">
<select name="failDataStatus" aria-label="Data failure status">
<option value="401"${state.failDataStatus === 401 ? ' selected' : ''}>401 unauthenticated</option>
<option value="403"${state.failDataStatus === 403 ? ' selected' : ''}>403 permission denied</option>
</select> <button type="submit">Set</button></form>
<form method="post" action="/sandbox/controls"><label for="failTokenRequests">Fail the next N token requests</label>
<input id="failTokenRequests" name="failTokenRequests" type="number" min="0" value="${state.failTokenRequests}">
<select name="tokenFault" aria-label="Token failure">
<option value="server_error"${state.tokenFault === 'server_error' ? ' selected' : ''}>500 server_error</option>
<option value="invalid_grant"${state.tokenFault === 'invalid_grant' ? ' selected' : ''}>400 invalid_grant</option>
<option value="hang"${state.tokenFault === 'hang' ? ' selected' : ''}>no answer (hang)</option>
</select> <button type="submit">Set</button></form>
<form method="post" action="/sandbox/reset"><button type="submit">Reset everything</button></form>
<h2>Counters</h2>
<table>
${row('Token requests', `${stats.tokenRequestsTotal}${tokenTypes ? ` (${tokenTypes})` : ''}`)}
${row('Data requests', String(stats.dataRequests))}
${row('Rejected data requests', String(stats.rejectedDataRequests))}
${row('Injected faults (data / token)', `${stats.injectedDataFaults} / ${stats.injectedTokenFaults}`)}
</table>
<p>JSON: <a href="/sandbox/controls">/sandbox/controls</a> · <a href="/sandbox/stats">/sandbox/stats</a></p>
</body></html>`;
}

export function createControlRoutes(controls: SandboxControls, info: ControlPageInfo) {
  return async function handle(req: IncomingMessage, res: ServerResponse, path: string): Promise<boolean> {
    if (path !== '/sandbox' && !path.startsWith('/sandbox/')) return false;
    const isForm = (req.headers['content-type'] ?? '').startsWith('application/x-www-form-urlencoded');
    const back = (message: string) => {
      res.writeHead(303, { Location: `/sandbox?message=${encodeURIComponent(message)}` }).end();
    };
    if (req.method === 'GET' && (path === '/sandbox' || path === '/sandbox/')) {
      const message = new URL(req.url ?? '/', 'http://x').searchParams.get('message') ?? undefined;
      sendHtml(res, 200, renderPage(info, controls.state(), controls.stats(), message));
    } else if (req.method === 'GET' && path === '/sandbox/controls') {
      sendJson(res, 200, controls.state());
    } else if (req.method === 'GET' && path === '/sandbox/stats') {
      sendJson(res, 200, controls.stats());
    } else if (req.method === 'POST' && path === '/sandbox/controls') {
      const body = await readBody(req);
      try {
        const patch = isForm ? fromForm(body) : (JSON.parse(body || '{}') as ControlPatch);
        const state = controls.update(patch);
        if (isForm) back('Saved.');
        else sendJson(res, 200, state);
      } catch (err) {
        const message = err instanceof Error ? err.message : String(err);
        if (isForm) back(`Not saved: ${message}`);
        else sendJson(res, 400, { error: message });
      }
    } else if (req.method === 'POST' && path === '/sandbox/reset') {
      await readBody(req);
      controls.reset();
      if (isForm) back('Reset.');
      else sendJson(res, 200, controls.state());
    } else {
      sendJson(res, 404, { error: 'unknown sandbox route' });
    }
    return true;
  };
}
