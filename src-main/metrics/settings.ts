import type { Db } from '../db/connection';
import { readSetting, writeSetting } from '../office/settings-store';
import { metricsSettingsSchema, type MetricsSettings } from '../../src-shared/ipc/schemas/health';

const KEY = 'metrics.endpoint';
/** The port Prometheus' own docs suggest for small exporters; off until someone turns it on. */
export const DEFAULT_METRICS_SETTINGS: MetricsSettings = { enabled: false, port: 9464 };

export function readMetricsSettings(db: Db): MetricsSettings {
  const parsed = metricsSettingsSchema.safeParse(readSetting<unknown>(db, KEY));
  return parsed.success ? parsed.data : DEFAULT_METRICS_SETTINGS;
}

export function writeMetricsSettings(db: Db, value: MetricsSettings, now: number): void {
  writeSetting(db, KEY, value, now);
}
