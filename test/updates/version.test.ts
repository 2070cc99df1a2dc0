import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compareVersions, isNewer, parseVersion } from '../../src-main/updates/version';
import { parseLatestYml } from '../../src-main/updates/latest-yml';
import { feedFileUrl } from '../../src-main/updates/feed';
import { latestYml } from './support/feed-server';

function cmp(a: string, b: string): number {
  const left = parseVersion(a);
  const right = parseVersion(b);
  if (!left || !right) throw new Error(`not versions: ${a} ${b}`);
  return Math.sign(compareVersions(left, right));
}

describe('semantic version compare', () => {
  it('orders the example chain of semver.org §11', () => {
    const chain = ['1.0.0-alpha', '1.0.0-alpha.1', '1.0.0-alpha.beta', '1.0.0-beta', '1.0.0-beta.2', '1.0.0-beta.11', '1.0.0-rc.1', '1.0.0', '1.0.1', '1.1.0', '2.0.0', '10.0.0'];
    for (let i = 0; i < chain.length; i += 1) {
      for (let j = 0; j < chain.length; j += 1) expect(cmp(chain[i]!, chain[j]!), `${chain[i]} vs ${chain[j]}`).toBe(Math.sign(i - j));
    }
  });

  it('numbers compare as numbers, build metadata and a leading v are ignored', () => {
    expect(cmp('0.10.0', '0.9.9')).toBe(1);
    expect(cmp('1.2.3+build.5', '1.2.3')).toBe(0);
    expect(cmp('v1.2.3', '1.2.3')).toBe(0);
    expect(isNewer('0.2.0', '0.1.0')).toBe(true);
    expect(isNewer('0.1.0', '0.1.0')).toBe(false);
    expect(isNewer('0.1.0-rc.1', '0.1.0')).toBe(false);
  });

  it('refuses what is not a version', () => {
    for (const text of ['', '1', '1.2', '1.2.3.4', '01.2.3', '1.2.3-', '1.2.3-01', 'latest', '<html>', '1.2.x']) expect(parseVersion(text), text).toBeNull();
    expect(isNewer('garbage', '0.1.0')).toBe(false);
  });

  it('is a total order consistent with the numeric triple (property)', () => {
    const triple = fc.tuple(fc.nat(50), fc.nat(50), fc.nat(50));
    fc.assert(
      fc.property(triple, triple, ([a1, a2, a3], [b1, b2, b3]) => {
        const expected = Math.sign(a1 - b1 || a2 - b2 || a3 - b3);
        expect(cmp(`${a1}.${a2}.${a3}`, `${b1}.${b2}.${b3}`)).toBe(expected);
        expect(cmp(`${b1}.${b2}.${b3}`, `${a1}.${a2}.${a3}`)).toBe(expected === 0 ? 0 : -expected);
      }),
      { numRuns: 300, seed: 8 },
    );
  });
});

describe('latest.yml', () => {
  it('reads version, path and release date from electron-builder output, not from nested files', () => {
    expect(parseLatestYml(latestYml('1.4.0'))).toEqual({ version: '1.4.0', path: 'Mikrotik-Billing-Setup-1.4.0.exe', releaseDate: '2026-11-20T08:00:00.000Z' });
    expect(parseLatestYml('files:\n  - url: a.exe\n    version: 9.9.9\nversion: "1.0.0" # current\r\n').version).toBe('1.0.0');
  });

  it('a page without a version (a wrong URL answering HTML) is an error, not "up to date"', () => {
    expect(() => parseLatestYml('<html><body>Welcome</body></html>')).toThrow(/no version/);
  });

  it('builds file URLs under the feed folder with or without a trailing slash', () => {
    expect(feedFileUrl('http://127.0.0.1:8080/feed', 'latest.yml')).toBe('http://127.0.0.1:8080/feed/latest.yml');
    expect(feedFileUrl('http://127.0.0.1:8080/feed/', 'Mikrotik Billing-Setup-1.0.0.exe')).toBe('http://127.0.0.1:8080/feed/Mikrotik%20Billing-Setup-1.0.0.exe');
  });
});
