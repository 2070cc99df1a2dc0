// RouterOS version handling. The version decides three observable behaviours the billing client has
// to cope with: which login is accepted, how dates are printed, and whether an empty print says `!empty`.

export const DEFAULT_VERSION = '7.16.2';

/** '7.16.2 (stable)' -> [7, 16, 2]; '7.19beta2' -> [7, 19]; unparsable parts count as 0. */
export function parseVersion(version: string): number[] {
  const core = version.trim().split(/[\s(]/)[0] ?? '';
  return core.split('.').map((part) => {
    const m = /^\d+/.exec(part);
    return m ? Number(m[0]) : 0;
  });
}

export function compareVersions(a: string, b: string): number {
  const pa = parseVersion(a);
  const pb = parseVersion(b);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const d = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (d !== 0) return d < 0 ? -1 : 1;
  }
  return 0;
}

export function versionAtLeast(version: string, minimum: string): boolean {
  return compareVersions(version, minimum) >= 0;
}

export interface VersionTraits {
  /** before 6.43 only the md5 challenge login exists; a plain login just gets a challenge back */
  legacyLoginOnly: boolean;
  /** from 7.10 dates print as 2026-01-15 instead of jan/15/2026 */
  isoDates: boolean;
  /** from 7.18 a print matching nothing answers `!empty` before `!done` */
  emptyReply: boolean;
}

export function versionTraits(version: string): VersionTraits {
  return {
    legacyLoginOnly: !versionAtLeast(version, '6.43'),
    isoDates: versionAtLeast(version, '7.10'),
    emptyReply: versionAtLeast(version, '7.18'),
  };
}

/** what /system/resource shows: '7.16.2 (stable)' */
export function displayVersion(version: string): string {
  return version.includes('(') ? version : `${version} (stable)`;
}
