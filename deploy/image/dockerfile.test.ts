import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';

/**
 * No Docker here, so the Dockerfile is never built in tests. What can be checked is that it and the files it
 * wires together agree: every COPY source exists, and the paths it creates are the ones nginx.conf, start.sh,
 * the renderer and the Kubernetes manifests use.
 */
const dockerfile = readFileSync('Dockerfile', 'utf8');
const read = (path: string) => readFileSync(path, 'utf8');

describe('Dockerfile', () => {
  it('copies only files that exist (or that the build stage makes)', () => {
    const copies = [...dockerfile.matchAll(/^COPY (?!--from)(.+)$/gm)].map((m) =>
      m[1]!.split(/\s+/).slice(0, -1),
    );
    assert.ok(copies.length > 0);
    for (const source of copies.flat().filter((s) => s !== '.' && s !== './'))
      assert.ok(existsSync(source), source);
    const built = [...dockerfile.matchAll(/^COPY --from=build \/src\/(\S+)/gm)].map((m) => m[1]);
    assert.deepEqual(built, ['build/image/render-config.mjs', 'dist/']);
    assert.match(read('deploy/image/vite.render.config.ts'), /outDir: 'build\/image'/);
    assert.match(read('deploy/image/vite.render.config.ts'), /entryFileNames: 'render-config.mjs'/);
  });

  it('puts everything where nginx.conf, start.sh, the renderer and the manifests look for it', () => {
    const nginx = read('deploy/image/nginx.conf');
    const cli = read('deploy/image/render-config-cli.ts');
    assert.match(dockerfile, /COPY deploy\/image\/nginx.conf \/etc\/nginx\/nginx.conf/);
    assert.match(dockerfile, /\/etc\/nginx\/flyte-console\/$/m);
    assert.match(nginx, /include \/etc\/nginx\/flyte-console\/console-http.conf;/);
    assert.match(nginx, /include \/etc\/nginx\/flyte-console\/console-server.conf;/);
    assert.match(nginx, /root \/usr\/share\/flyte-console;/);
    assert.match(dockerfile, /\/usr\/share\/flyte-console\/console\/$/m);
    // config.json and csp.conf: the renderer's default output folder, linked and included from there.
    assert.match(cli, /CONSOLE_RUNTIME_DIR \?\? '\/tmp\/flyte-console'/);
    assert.match(
      dockerfile,
      /ln -s \/tmp\/flyte-console\/config.json \/usr\/share\/flyte-console\/console\/config.json/,
    );
    assert.match(nginx, /include \/tmp\/flyte-console\/csp.conf;/);
    // The renderer start.sh runs by default, and the mounted file the manifests provide.
    assert.match(read('deploy/image/start.sh'), /CONSOLE_RENDERER:-\/opt\/flyte-console\/render-config.mjs/);
    assert.match(dockerfile, /render-config.mjs \/opt\/flyte-console\/render-config.mjs/);
    assert.match(cli, /CONSOLE_CONFIG_FILE \?\? '\/etc\/flyte-console\/config.json'/);
    assert.match(read('deploy/kubernetes/console/deployment.yaml'), /mountPath: \/etc\/flyte-console$/m);
    // Unprivileged on 8080.
    assert.match(dockerfile, /^USER 101$/m);
    assert.match(dockerfile, /^EXPOSE 8080$/m);
    assert.match(nginx, /listen 8080;/);
    assert.match(dockerfile, /^ENTRYPOINT \["\/opt\/flyte-console\/start.sh"\]$/m);
  });

  it('keeps the build context small and free of local state', () => {
    const ignored = read('.dockerignore').split('\n');
    for (const entry of ['.git', 'node_modules', 'dist', 'build']) assert.ok(ignored.includes(entry), entry);
  });
});
