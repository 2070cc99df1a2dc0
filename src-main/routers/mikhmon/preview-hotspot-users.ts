import { parseOptionalDuration } from './duration';
import { optional, type PreviewContext } from './preview-context';
import type { ValidRow } from './row-schemas';
import type {
  OtherHotspotUserPreview,
  RouterRow,
  UnusedVoucherPreview,
  UsedVoucherPreview,
  VoucherBatchPreview,
} from './types';
import { classifyVoucherComment, parseBatchComment } from './voucher-comment';

const MENU = '/ip/hotspot/user';

export interface HotspotUsersPreview {
  voucherBatches: VoucherBatchPreview[];
  usedVouchers: UsedVoucherPreview[];
  otherUsers: OtherHotspotUserPreview[];
}

function limitBytes(ctx: PreviewContext, row: ValidRow): number | null {
  const text = row['limit-bytes-total'];
  if (text === undefined || text === '' || text === '0') return null;
  if (/^\d{1,18}$/.test(text) && Number.isSafeInteger(Number(text))) return Number(text);
  ctx.partial(MENU, row, `limit-bytes-total ${JSON.stringify(text.slice(0, 30))} left out`);
  return null;
}

function duration(ctx: PreviewContext, row: ValidRow, field: string): number | null {
  const parsed = parseOptionalDuration(row[field]);
  if (parsed.ok) return parsed.value;
  ctx.partial(MENU, row, `${field} left out: ${parsed.reason}`);
  return null;
}

/**
 * Splits hotspot users the way MikHmon sees them: unused vouchers (grouped by batch comment),
 * used vouchers (comment = expiry), and the operator's own users. The built-in `default-trial`
 * user and dynamic users (created by the router itself) are left out.
 */
export function previewHotspotUsers(ctx: PreviewContext, rows: readonly RouterRow[]): HotspotUsersPreview {
  const batches = new Map<string, VoucherBatchPreview>();
  const usedVouchers: UsedVoucherPreview[] = [];
  const otherUsers: OtherHotspotUserPreview[] = [];

  for (const row of ctx.validRows(MENU, rows)) {
    if (row.name === 'default-trial') {
      ctx.leaveOut(MENU, row, 'built-in trial user');
      continue;
    }
    if (ctx.flag(MENU, row, 'dynamic')) {
      ctx.leaveOut(MENU, row, 'dynamic user (created by the router)');
      continue;
    }
    const comment = row.comment ?? '';
    const profile = row.profile ?? 'default';
    const server = row.server ?? 'all';
    const kind = classifyVoucherComment(comment, ctx.timeZone);

    if (kind.kind === 'other') {
      otherUsers.push({ routerItemId: row['.id'], name: row.name, profile, comment });
      continue;
    }
    if (kind.kind === 'used') {
      if (!kind.expiry.ok) {
        ctx.skip(MENU, row, `comment looks like an expiry date but cannot be read: ${kind.expiry.reason}`);
        continue;
      }
      usedVouchers.push({
        naturalKey: ctx.key('hotspot-user', row.name),
        routerItemId: row['.id'],
        name: row.name,
        password: row.password ?? '',
        profile,
        server,
        expiresAtMs: kind.expiry.value,
        expiryText: comment,
        macAddress: optional(row['mac-address']),
        uptimeMs: duration(ctx, row, 'uptime'),
        disabled: ctx.flag(MENU, row, 'disabled'),
      });
      continue;
    }

    let batch = batches.get(comment);
    if (!batch) {
      batch = { naturalKey: ctx.key('voucher-batch', comment), comment, info: parseBatchComment(comment), profiles: [], vouchers: [] };
      batches.set(comment, batch);
    }
    if (!batch.profiles.includes(profile)) batch.profiles.push(profile);
    const voucher: UnusedVoucherPreview = {
      naturalKey: ctx.key('hotspot-user', row.name),
      routerItemId: row['.id'],
      name: row.name,
      password: row.password ?? '',
      profile,
      server,
      limitUptimeMs: duration(ctx, row, 'limit-uptime'),
      limitBytesTotal: limitBytes(ctx, row),
      disabled: ctx.flag(MENU, row, 'disabled'),
    };
    batch.vouchers.push(voucher);
  }
  return { voucherBatches: [...batches.values()], usedVouchers, otherUsers };
}
