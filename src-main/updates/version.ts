/**
 * Semantic versions (semver.org 2.0.0) as electron-builder writes them: MAJOR.MINOR.PATCH with an optional
 * -prerelease and +build. Written here rather than pulled in: only parse and compare are needed.
 */
export interface SemVer {
  major: number;
  minor: number;
  patch: number;
  prerelease: Array<string | number>;
}

const SEMVER =
  /^v?(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(?:-((?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*)(?:\.(?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*))*))?(?:\+[0-9a-zA-Z-]+(?:\.[0-9a-zA-Z-]+)*)?$/;

/** Null when the text is not a semantic version (a leading "v" is allowed, build metadata ignored). */
export function parseVersion(text: string): SemVer | null {
  const match = SEMVER.exec(text.trim());
  if (!match) return null;
  const [, major = '', minor = '', patch = '', pre] = match;
  const numbers = [major, minor, patch].map(Number);
  if (numbers.some((value) => !Number.isSafeInteger(value))) return null;
  return {
    major: numbers[0] ?? 0,
    minor: numbers[1] ?? 0,
    patch: numbers[2] ?? 0,
    prerelease: pre ? pre.split('.').map((part) => (/^\d+$/.test(part) ? Number(part) : part)) : [],
  };
}

/** Negative, zero or positive like a sort comparator; precedence as in semver §11. */
export function compareVersions(a: SemVer, b: SemVer): number {
  for (const key of ['major', 'minor', 'patch'] as const) {
    if (a[key] !== b[key]) return a[key] < b[key] ? -1 : 1;
  }
  // A release outranks its own prereleases (1.0.0 > 1.0.0-rc.1).
  if (a.prerelease.length === 0 && b.prerelease.length === 0) return 0;
  if (a.prerelease.length === 0) return 1;
  if (b.prerelease.length === 0) return -1;
  for (let i = 0; i < Math.max(a.prerelease.length, b.prerelease.length); i += 1) {
    const left = a.prerelease[i];
    const right = b.prerelease[i];
    if (left === undefined) return -1; // fewer fields ranks lower when all before are equal
    if (right === undefined) return 1;
    if (left === right) continue;
    // Numeric identifiers rank below alphanumeric ones; like kinds compare by value.
    if (typeof left === 'number' && typeof right === 'number') return left < right ? -1 : 1;
    if (typeof left === 'number') return -1;
    if (typeof right === 'number') return 1;
    return left < right ? -1 : 1;
  }
  return 0;
}

/** True when `candidate` is a valid version strictly newer than `current`. */
export function isNewer(candidate: string, current: string): boolean {
  const next = parseVersion(candidate);
  const now = parseVersion(current);
  return next !== null && now !== null && compareVersions(next, now) > 0;
}
