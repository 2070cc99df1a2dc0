/**
 * RouterOS 7.10 changed how dates print (`jan/15/2024` -> `2024-01-15`), which is also where
 * MikHmon's upstream scripts break. The import accepts both styles anyway; the version only tells
 * the preview which style the router uses today.
 */
export function parseRouterOsVersion(text: string): number[] | null {
  const core = /^\s*(\d+(?:\.\d+)*)/.exec(text);
  return core ? (core[1] ?? '').split('.').map(Number) : null;
}

export function usesIsoDates(version: string): boolean {
  const parts = parseRouterOsVersion(version);
  if (!parts) return false;
  const [major = 0, minor = 0] = parts;
  return major > 7 || (major === 7 && minor >= 10);
}
