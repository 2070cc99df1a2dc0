import { isValidTimeZone } from '@shared/domain/time-zone';

let cached: readonly string[] | null = null;

/** Every IANA zone this runtime knows (plus UTC, which some runtimes leave out of the list). */
export function allTimeZones(): readonly string[] {
  if (!cached) {
    const zones = Intl.supportedValuesOf('timeZone');
    cached = zones.includes('UTC') ? zones : [...zones, 'UTC'];
  }
  return cached;
}

/** The zone this computer is set to, as the wizard's default. */
export function systemTimeZone(): string {
  const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  return zone && isValidTimeZone(zone) ? zone : 'UTC';
}

/** "asia/jakarta" -> "Asia/Jakarta": what Intl itself calls the zone, so the stored name is canonical. */
export function canonicalTimeZone(zone: string): string {
  return new Intl.DateTimeFormat('en', { timeZone: zone.trim() }).resolvedOptions().timeZone;
}
