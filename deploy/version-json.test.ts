import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { buildInfo } from './version-json';

describe('version.json', () => {
  const now = new Date('2026-01-02T03:04:05Z');

  it('takes the commit from CONSOLE_COMMIT first, then git', () => {
    const sha = 'a'.repeat(40);
    assert.equal(buildInfo({ CONSOLE_COMMIT: sha }, now, () => 'b'.repeat(40)).commit, sha);
    assert.equal(buildInfo({}, now, () => 'c'.repeat(40)).commit, 'c'.repeat(40));
  });

  it('says "unknown" without git, or for anything that is not a commit id', () => {
    assert.equal(buildInfo({}, now, () => undefined).commit, 'unknown');
    assert.equal(buildInfo({ CONSOLE_COMMIT: '/home/me/repo' }, now, () => undefined).commit, 'unknown');
  });

  it("has the package's version and the build time (SOURCE_DATE_EPOCH when set), nothing else", () => {
    const info = buildInfo({}, now, () => undefined);
    assert.deepEqual(Object.keys(info).sort(), ['builtAt', 'commit', 'version']);
    assert.match(info.version, /^\d+\.\d+\.\d+/);
    assert.equal(info.builtAt, '2026-01-02T03:04:05.000Z');
    assert.equal(
      buildInfo({ SOURCE_DATE_EPOCH: '0' }, now, () => undefined).builtAt,
      '1970-01-01T00:00:00.000Z',
    );
  });
});
