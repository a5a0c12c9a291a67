import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import type { Plugin } from 'vite';

/**
 * dist/version.json for operators and the auth panel: which build is running. The commit comes from
 * CONSOLE_COMMIT (the image's build argument, as .git is not in its build context), else from git, else
 * "unknown"; the build time from SOURCE_DATE_EPOCH when set (reproducible builds). No paths or host names.
 */
export interface BuildInfo {
  version: string;
  commit: string;
  builtAt: string;
}

const COMMIT = /^[0-9a-f]{7,40}$/;

function gitCommit(): string | undefined {
  try {
    return execFileSync('git', ['rev-parse', 'HEAD'], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    }).trim();
  } catch {
    return undefined;
  }
}

export function buildInfo(
  env: Record<string, string | undefined> = process.env,
  now = new Date(),
  readCommit: () => string | undefined = gitCommit,
): BuildInfo {
  const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as {
    version: string;
  };
  const commit = (env.CONSOLE_COMMIT || readCommit() || '').toLowerCase();
  const epoch = Number(env.SOURCE_DATE_EPOCH);
  const builtAt = env.SOURCE_DATE_EPOCH && Number.isFinite(epoch) ? new Date(epoch * 1000) : now;
  return {
    version: pkg.version,
    commit: COMMIT.test(commit) ? commit : 'unknown',
    builtAt: builtAt.toISOString(),
  };
}

export function versionJson(): Plugin {
  return {
    name: 'flyte-console:version-json',
    apply: 'build',
    generateBundle() {
      this.emitFile({
        type: 'asset',
        fileName: 'version.json',
        source: `${JSON.stringify(buildInfo(), null, 2)}\n`,
      });
    },
  };
}
