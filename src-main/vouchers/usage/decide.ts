import { durationSeconds } from '../../routers/items/values';
import { parseUsageRecord } from '../../routers/items/script-record';
import { localSecondsToUtcMs } from '../expiry/router-time';
import type { RouterUsageSnapshot } from './read';

/** A live app voucher of the router, with its plan's expiry mode. */
export interface UsageVoucher {
  id: string;
  code: string;
  status: 'generated' | 'on_router' | 'printed' | 'sold' | 'used';
  firstLoginAt: number | null;
  expiresAt: number | null;
  uptimeMs: number | null;
  bytesIn: number | null;
  bytesOut: number | null;
  expiryMode: 'remove' | 'disable' | 'none';
}

export interface VoucherPatch {
  id: string;
  firstLoginAt?: number;
  expiresAt?: number | null;
  uptimeMs?: number;
  bytesIn?: number;
  bytesOut?: number;
  status?: 'used' | 'expired';
  endedAt?: number;
  disabled?: boolean;
}

export interface UsageDecision {
  patches: VoucherPatch[];
  firstLogins: string[];
  /** ended by the router's scheduler (gone, or disabled in disable mode) */
  expired: string[];
  /** expired but still active on the router: the app ends them */
  endByApp: Array<{ code: string; mode: 'remove' | 'disable' }>;
  /** expected on the router, not there, and no expiry known: reported only */
  missing: string[];
}

/**
 * Pure: what a router snapshot means for the vouchers. Only forward moves (a used voucher never
 * becomes unused; an expiry once read is kept). Expiry is judged on the router's clock, because the
 * record was written with it.
 */
export function decideUsage(vouchers: readonly UsageVoucher[], snap: RouterUsageSnapshot, now: number): UsageDecision {
  const out: UsageDecision = { patches: [], firstLogins: [], expired: [], endByApp: [], missing: [] };
  for (const v of vouchers) {
    const row = snap.users.get(v.code);
    const patch: VoucherPatch = { id: v.id };
    let expiresAt = v.expiresAt;
    if (row) {
      const uptimeMs = (durationSeconds(row.uptime) ?? 0) * 1000;
      if (uptimeMs !== v.uptimeMs) patch.uptimeMs = uptimeMs;
      if (row.bytesIn !== v.bytesIn) patch.bytesIn = row.bytesIn;
      if (row.bytesOut !== v.bytesOut) patch.bytesOut = row.bytesOut;
      const record = parseUsageRecord(row.comment);
      if (record && v.firstLoginAt === null) {
        patch.firstLoginAt = localSecondsToUtcMs(record.firstLogin, snap.offsetSeconds);
        expiresAt = record.expires === null ? null : localSecondsToUtcMs(record.expires, snap.offsetSeconds);
        patch.expiresAt = expiresAt;
        patch.status = 'used';
        out.firstLogins.push(v.code);
      }
    }
    const due = v.expiryMode !== 'none' && expiresAt !== null && expiresAt <= snap.routerNowMs;
    if (due && expiresAt !== null) {
      const routerDidIt = !row || (v.expiryMode === 'disable' && row.disabled);
      patch.status = 'expired';
      patch.endedAt = routerDidIt ? expiresAt : now;
      if (routerDidIt) out.expired.push(v.code);
      else out.endByApp.push({ code: v.code, mode: v.expiryMode === 'disable' ? 'disable' : 'remove' });
      if (v.expiryMode === 'disable') patch.disabled = true;
    } else if (!row && v.status !== 'generated') {
      out.missing.push(v.code);
    }
    if (Object.keys(patch).length > 1) out.patches.push(patch);
  }
  return out;
}
