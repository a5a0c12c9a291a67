import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { execFile, spawn } from 'node:child_process';
import { chmod, cp, mkdir, mkdtemp, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { findNginx, freePort } from '../../test/e2e/nginx';

/**
 * The image's start-up without Docker: start.sh with the bundled renderer (what the Dockerfile copies), then the
 * image's own nginx.conf on real nginx, with only the image's absolute paths pointed at a temp folder.
 * Needs a build (dist/) like the e2e suite; `npm test` runs it after the e2e build.
 */
const run = promisify(execFile);
const REPO = resolve('.');
const RENDERER = join(REPO, 'build/image/render-config.mjs');

async function startSh(env: Record<string, string>, command: string[] = ['true']) {
  return run('sh', [join(REPO, 'deploy/image/start.sh'), ...command], {
    env: { PATH: process.env.PATH ?? '', CONSOLE_RENDERER: RENDERER, ...env },
  }).then(
    (out) => ({ code: 0, ...out }),
    (error: { code: number; stdout: string; stderr: string }) => error,
  );
}

/** docs/deployment.md section 2's table and section 5's headers, as the image serves them. */
async function checkServingRules(base: string): Promise<void> {
  const get = (path: string, headers: Record<string, string> = {}) =>
    fetch(`${base}${path}`, { redirect: 'manual', headers });
  const moved = await get('/console?project=flytesnacks');
  assert.equal(moved.status, 301);
  assert.equal(moved.headers.get('location'), '/console/?project=flytesnacks');

  const index = await readFile(join(REPO, 'dist/index.html'), 'utf8');
  const asset = /src="\/console\/(assets\/[^"]+\.js)"/.exec(index)?.[1];
  assert.ok(asset, 'index.html loads a hashed script');
  const script = await get(`/console/${asset}`);
  assert.equal(script.status, 200);
  assert.equal(script.headers.get('cache-control'), 'public, max-age=31536000, immutable');
  const stale = await get('/console/assets/gone-1234abcd.js');
  assert.equal(stale.status, 404);
  assert.doesNotMatch(await stale.text(), /<div id="root"/);

  const deep = await get('/console/projects/flytesnacks/domains/development/executions?phase=RUNNING');
  assert.equal(deep.status, 200);
  assert.equal(deep.headers.get('cache-control'), 'no-cache');
  assert.match(deep.headers.get('content-security-policy') ?? '', /frame-ancestors 'none'/);
  assert.equal(deep.headers.get('x-content-type-options'), 'nosniff');
  assert.equal(await deep.text(), index);

  const silent = await get('/console/silent-callback.html');
  assert.equal(silent.headers.get('cache-control'), 'no-cache');
  assert.match(silent.headers.get('content-security-policy') ?? '', /frame-ancestors 'self'/);
  assert.notEqual(await silent.text(), index);

  // HSTS only when the browser came over TLS (here: a TLS-terminating proxy in front says so).
  assert.equal(deep.headers.get('strict-transport-security'), null);
  const overTls = await get('/console/', { 'X-Forwarded-Proto': 'https' });
  assert.match(overTls.headers.get('strict-transport-security') ?? '', /^max-age=\d+/);
  const gzip = await get(`/console/${asset}`, { 'Accept-Encoding': 'gzip' });
  assert.equal(gzip.headers.get('content-encoding'), 'gzip');
}

describe('image start-up (start.sh + bundled renderer)', () => {
  let dir: string;
  before(async () => {
    await run('npm', ['run', 'build:render'], { cwd: REPO });
    dir = await mkdtemp(join(tmpdir(), 'flyte-console-start-'));
    await chmod(dir, 0o755);
  });
  after(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('from variables: writes config.json and csp.conf, then runs the command', async () => {
    const runtime = join(dir, 'env');
    const result = await startSh(
      {
        CONSOLE_RUNTIME_DIR: runtime,
        CONSOLE_CONFIG_FILE: join(dir, 'absent.json'),
        CONSOLE_ADMIN_URL: 'https://flyte.example.com',
      },
      ['echo', 'nginx would start'],
    );
    // An explicitly named file that does not exist is an error, not a silent fall-back to variables.
    assert.equal(result.code, 1);
    assert.match(result.stderr, /CONSOLE_CONFIG_FILE=.*absent\.json does not exist/);

    const good = await startSh(
      { CONSOLE_RUNTIME_DIR: runtime, CONSOLE_ADMIN_URL: 'https://flyte.example.com' },
      ['echo', 'nginx would start'],
    );
    assert.equal(good.code, 0, good.stderr);
    assert.match(good.stdout, /nginx would start/);
    assert.deepEqual(JSON.parse(await readFile(join(runtime, 'config.json'), 'utf8')), {
      adminUrl: 'https://flyte.example.com',
      auth: {},
    });
    assert.match(
      await readFile(join(runtime, 'csp.conf'), 'utf8'),
      /connect_src "'self' https:\/\/flyte.example.com"/,
    );
  });

  it('invalid values stop the container with every problem and never run the command', async () => {
    const result = await startSh(
      { CONSOLE_RUNTIME_DIR: join(dir, 'bad'), CONSOLE_AUTH_MODE: 'sso', CONSOLE_ADMIN_URL: 'flyte' },
      ['echo', 'nginx would start'],
    );
    assert.equal(result.code, 1);
    assert.doesNotMatch(result.stdout, /nginx would start/);
    assert.match(
      result.stderr,
      /invalid configuration in environment variables; the console was not started/,
    );
    assert.match(
      result.stderr,
      /- CONSOLE_AUTH_MODE \(auth\.mode\): must be one of auto, internal, external, none/,
    );
    assert.match(result.stderr, /- CONSOLE_ADMIN_URL \(adminUrl\): must be an absolute http\(s\) URL/);
  });

  it("serves the build with the image's nginx.conf: probes, config.json, CSP from the mounted file", async () => {
    const nginx = findNginx();
    assert.ok(nginx, 'nginx is required (npm run test:e2e installs it as root on Debian)');
    assert.ok(existsSync(join(REPO, 'dist/index.html')), 'no build: run "npm run build" first');
    const root = join(dir, 'share');
    const runtime = join(dir, 'runtime');
    await mkdir(root, { mode: 0o755 });
    await cp(join(REPO, 'dist'), join(root, 'console'), { recursive: true });
    await rm(join(root, 'console/config.json'), { force: true });
    await symlink(join(runtime, 'config.json'), join(root, 'console/config.json'));
    const mounted = join(dir, 'mounted.json');
    await writeFile(
      mounted,
      JSON.stringify({ adminUrl: 'https://flyte.example.com', auth: { mode: 'internal' } }),
    );
    const port = await freePort();
    const imageConf = await readFile(join(REPO, 'deploy/image/nginx.conf'), 'utf8');
    const conf = imageConf
      .replaceAll('/etc/nginx/flyte-console/', `${REPO}/deploy/nginx/`)
      .replaceAll('/tmp/flyte-console/', `${runtime}/`)
      .replaceAll('/usr/share/flyte-console', root)
      .replace(/ \/tmp\/(\w+_temp|nginx\.pid);/g, ` ${dir}/$1;`)
      .replace('listen 8080;', `listen 127.0.0.1:${port};`);
    assert.notEqual(conf, imageConf);
    await writeFile(join(dir, 'nginx.conf'), conf);

    const child = spawn(
      'sh',
      [
        join(REPO, 'deploy/image/start.sh'),
        nginx,
        '-p',
        dir,
        '-c',
        join(dir, 'nginx.conf'),
        '-e',
        join(dir, 'error.log'),
        '-g',
        'daemon off;',
      ],
      {
        env: {
          PATH: process.env.PATH ?? '',
          CONSOLE_RENDERER: RENDERER,
          CONSOLE_CONFIG_FILE: mounted,
          CONSOLE_RUNTIME_DIR: runtime,
        },
        stdio: 'ignore',
      },
    );
    try {
      const base = `http://127.0.0.1:${port}`;
      let health: Response | undefined;
      for (let i = 0; i < 100 && !health; i++) {
        health = await fetch(`${base}/healthz`).catch(() => undefined);
        if (!health) await new Promise((r) => setTimeout(r, 100));
      }
      assert.equal(health?.status, 200);
      const ready = await fetch(`${base}/readyz`);
      assert.equal(ready.status, 200);
      assert.deepEqual(Object.keys((await ready.json()) as object).sort(), ['builtAt', 'commit', 'version']);
      const config = await fetch(`${base}/console/config.json`);
      assert.equal(config.headers.get('cache-control'), 'no-cache');
      assert.deepEqual(await config.json(), {
        adminUrl: 'https://flyte.example.com',
        auth: { mode: 'internal' },
      });
      const page = await fetch(`${base}/console/projects/flytesnacks`);
      assert.match(
        page.headers.get('content-security-policy') ?? '',
        /connect-src 'self' https:\/\/flyte\.example\.com;/,
      );
      assert.equal((await fetch(`${base}/`, { redirect: 'manual' })).headers.get('location'), '/console/');
      await checkServingRules(base);
    } finally {
      child.kill('SIGTERM');
      if (child.exitCode === null) await new Promise((r) => child.once('exit', r));
    }
  });
});
