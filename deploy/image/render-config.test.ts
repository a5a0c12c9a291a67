import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { renderConfig, type RenderResult } from './render-config';

/** The container's start-up rules: one source of config, the app's validation, a CSP that fits the config. */
const fromFile = (config: unknown, env: Record<string, string> = {}) =>
  renderConfig({ env, file: { path: '/etc/flyte-console/config.json', text: JSON.stringify(config) } });

function ok(result: RenderResult) {
  if (!result.ok) assert.fail(`expected success, got: ${result.problems.join('; ')}`);
  return result;
}
function problems(result: RenderResult): string[] {
  if (result.ok) assert.fail('expected problems, got success');
  return result.problems;
}

describe('render-config: the mounted file', () => {
  it('writes the operator document as given and a same-origin CSP for {"auth":{"mode":"auto"}}', () => {
    const result = ok(fromFile({ auth: { mode: 'auto' } }));
    assert.deepEqual(JSON.parse(result.configJson), { auth: { mode: 'auto' } });
    assert.match(result.cspConf, /^set \$console_connect_src "'self'";$/m);
    assert.match(result.cspConf, /^set \$console_frame_src "'self'";$/m);
    assert.match(result.cspConf, /^set \$console_img_src "'self' data:";$/m);
  });

  it('lists flyteadmin on another origin in connect-src and frame-src (internal server)', () => {
    const result = ok(fromFile({ adminUrl: 'https://flyte.example.com/', auth: { mode: 'internal' } }));
    assert.match(result.cspConf, /connect_src "'self' https:\/\/flyte\.example\.com";/);
    assert.match(result.cspConf, /frame_src "'self' https:\/\/flyte\.example\.com";/);
  });

  it('external IdP: the issuer origin (and an absolute metadataUrl host) may be contacted; frames only the issuer', () => {
    const result = ok(
      fromFile({
        auth: {
          mode: 'external',
          issuer: 'https://kc.example.com/realms/flyte',
          metadataUrl: 'https://meta.example.com/.well-known/openid-configuration',
        },
      }),
    );
    assert.match(
      result.cspConf,
      /connect_src "'self' https:\/\/kc\.example\.com https:\/\/meta\.example\.com";/,
    );
    assert.match(result.cspConf, /frame_src "'self' https:\/\/kc\.example\.com";/);
  });

  it('stops on every problem the console would report, and on broken JSON', () => {
    const list = problems(fromFile({ adminUrl: 'flyte', auth: { mode: 'sso', colour: 'red' } }));
    assert.ok(list.some((p) => p.startsWith('adminUrl: must be an absolute http(s) URL')));
    assert.ok(list.some((p) => p.startsWith('auth.mode: must be one of auto, internal, external, none')));
    assert.ok(list.some((p) => p.startsWith('auth.colour: unknown key')));
    const broken = renderConfig({ env: {}, file: { path: 'c.json', text: '{"auth": ' } });
    assert.match(problems(broken)[0] ?? '', /^is not valid JSON/);
  });

  it('refuses a file and CONSOLE_* variables together instead of ignoring one', () => {
    const list = problems(fromFile({}, { CONSOLE_AUTH_MODE: 'none' }));
    assert.match(list[0] ?? '', /use one of them/);
  });
});

describe('render-config: environment variables', () => {
  it('builds config.json from CONSOLE_* variables', () => {
    const result = ok(
      renderConfig({
        env: {
          CONSOLE_ADMIN_URL: 'https://flyte.example.com',
          CONSOLE_AUTH_MODE: 'external',
          CONSOLE_AUTH_ISSUER: 'https://example.okta.com/oauth2/default',
          CONSOLE_AUTH_METADATA_URL: '.well-known/oauth-authorization-server',
          CONSOLE_AUTH_CLIENT_ID: '0oa1',
          CONSOLE_AUTH_SCOPES: 'openid profile, email offline_access all',
          CONSOLE_AUTH_AUDIENCE: 'api://default',
          CONSOLE_AUTH_EXTRA_QUERY_PARAMS: 'acr_values=mfa&ui_locales=en',
          CONSOLE_AUTH_AUTHORIZATION_HEADER: 'flyte-authorization',
          CONSOLE_AUTH_USER_STORE: 'local',
          PATH: '/usr/bin',
          FLYTECONSOLE_SERVICE_HOST: '10.0.0.1',
        },
      }),
    );
    assert.deepEqual(JSON.parse(result.configJson), {
      adminUrl: 'https://flyte.example.com',
      auth: {
        mode: 'external',
        clientId: '0oa1',
        issuer: 'https://example.okta.com/oauth2/default',
        metadataUrl: '.well-known/oauth-authorization-server',
        audience: 'api://default',
        authorizationHeader: 'flyte-authorization',
        userStore: 'local',
        scopes: ['openid', 'profile', 'email', 'offline_access', 'all'],
        extraQueryParams: { acr_values: 'mfa', ui_locales: 'en' },
      },
    });
  });

  it('no file and no variables: the defaults ({"auth":{}})', () => {
    const result = ok(renderConfig({ env: {} }));
    assert.deepEqual(JSON.parse(result.configJson), { auth: {} });
  });

  it('names the variable in each problem, and rejects unknown CONSOLE_AUTH_/CONSOLE_CSP_ variables', () => {
    const list = problems(
      renderConfig({
        env: {
          CONSOLE_AUTH_MODE: 'external',
          CONSOLE_AUTH_SCOPE: 'all',
          CONSOLE_AUTH_USER_STORE: 'disk',
          CONSOLE_AUTH_EXTRA_QUERY_PARAMS: '=x',
        },
      }),
    );
    assert.ok(
      list.includes('CONSOLE_AUTH_SCOPE: unknown variable (see docs/deployment.md, "Container image")'),
    );
    assert.ok(list.some((p) => p.startsWith('CONSOLE_AUTH_ISSUER (auth.issuer): is required')));
    assert.ok(list.some((p) => p.startsWith('CONSOLE_AUTH_USER_STORE (auth.userStore): must be one of')));
    assert.ok(list.some((p) => p.startsWith('CONSOLE_AUTH_EXTRA_QUERY_PARAMS: must look like')));
  });

  it('adds CSP origins from CONSOLE_CSP_* and refuses anything that is not an origin', () => {
    const result = ok(
      renderConfig({
        env: {
          CONSOLE_CSP_CONNECT_SRC: 'https://oauth2.googleapis.com https://openidconnect.googleapis.com',
          CONSOLE_CSP_IMG_SRC: 'https://lh3.googleusercontent.com',
        },
      }),
    );
    assert.match(
      result.cspConf,
      /connect_src "'self' https:\/\/oauth2\.googleapis\.com https:\/\/openidconnect\.googleapis\.com";/,
    );
    assert.match(result.cspConf, /img_src "'self' data: https:\/\/lh3\.googleusercontent\.com";/);
    // Quotes, ";" or "$" would break out of the nginx string or the policy.
    for (const bad of [
      'https://a.example.com"; return 200 "x',
      "'unsafe-inline'",
      'https://a/$uri',
      'https://a/path',
    ]) {
      const list = problems(renderConfig({ env: { CONSOLE_CSP_FRAME_SRC: bad } }));
      assert.ok(
        list.some((p) => p.startsWith('CONSOLE_CSP_FRAME_SRC: ')),
        bad,
      );
    }
  });
});
