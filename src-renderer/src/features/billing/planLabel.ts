import type { ServicePlan } from '@shared/ipc/schemas/billing';
import type { OfficeFormat } from '../../i18n/format';

/** "Home 10M · Rp 150.000": what a plan picker shows. */
export function planLabel(plan: ServicePlan, format: OfficeFormat): string {
  return `${plan.name} · ${format.money(plan.priceMinor)}`;
}
