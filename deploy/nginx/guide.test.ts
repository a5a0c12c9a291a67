import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { chmod, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { findNginx, freePort } from '../../test/e2e/nginx';

/**
 * docs/deployment.md section 5.1 shows how to include the shipped files instead of copying them. Its example
 * must stay true: with the paths pointed at this repository, `nginx -t` accepts it, and it sets exactly the
 * variables console-server.conf uses.
 */
const run = promisify(execFile);
let dir: string;

async function guideExample(): Promise<string> {
  const guide = await readFile('docs/deployment.md', 'utf8');
  const section = guide.slice(guide.indexOf('### 5.1 nginx'), guide.indexOf('### 5.2 '));
  const block = /```nginx\n([\s\S]*?)```/.exec(section)?.[1];
  assert.ok(block, 'section 5.1 has an nginx example');
  return block;
}

describe('docs/deployment.md nginx example', () => {
  before(async () => {
    dir = await mkdtemp(join(tmpdir(), 'flyte-console-guide-'));
    await chmod(dir, 0o755);
  });
  after(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('sets the CSP variables console-server.conf uses, and no others', async () => {
    const example = await guideExample();
    const server = await readFile('deploy/nginx/console-server.conf', 'utf8');
    const used = new Set([...server.matchAll(/\$(console_\w+_src)\b/g)].map((m) => m[1]));
    const set = new Set([...example.matchAll(/^\s*set \$(console_\w+)/gm)].map((m) => m[1]));
    assert.deepEqual([...set].sort(), [...used].sort());
  });

  it('passes nginx -t with the shipped files', async () => {
    const nginx = findNginx();
    assert.ok(nginx, 'nginx is required (npm run test:e2e installs it as root on Debian)');
    const example = (await guideExample())
      .replaceAll('/etc/nginx/flyte-console/', `${resolve('deploy/nginx')}/`)
      .replace('/usr/share/flyte-console', join(dir, 'root'))
      .replace('listen 8080;', `listen 127.0.0.1:${await freePort()};`);
    await mkdir(join(dir, 'root'));
    const conf = join(dir, 'nginx.conf');
    await writeFile(conf, `pid ${dir}/nginx.pid;\nerror_log ${dir}/error.log;\nevents {}\n${example}`);
    const { stderr } = await run(nginx, ['-t', '-p', dir, '-c', conf, '-e', join(dir, 'error.log')]);
    assert.match(stderr, /test is successful/);
  });
});
