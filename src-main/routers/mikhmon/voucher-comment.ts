/**
 * What a hotspot user's comment says about it in MikHmon's scheme:
 * - empty, or starting `vc-`/`up-`: not used yet (MikHmon's own on-login test is the first two
 *   letters; requiring the dash keeps an operator's "update..." user out of the vouchers);
 * - a router date with time: used; MikHmon wrote the expiry there at first login;
 * - anything else: the operator's own user.
 * The full batch format is `vc-<3 digits>-<mm.dd.yy>-<note>` (note may be empty or contain dashes).
 */
import { looksLikeRouterDate, routerDateTimeToEpochMs } from './router-date';
import type { Parsed } from './result';
import type { BatchCommentInfo } from './types';

const BATCH = /^(vc|up)-(\d{3})-(\d{2})\.(\d{2})\.(\d{2})-(.*)$/s;

export type VoucherComment =
  | { kind: 'unused'; info: BatchCommentInfo | null }
  | { kind: 'used'; expiry: Parsed<number> }
  | { kind: 'other' };

/** The batch fields, or `null` when the comment is not in the full format (or the date is impossible). */
export function parseBatchComment(comment: string): BatchCommentInfo | null {
  const match = BATCH.exec(comment);
  if (!match) return null;
  const [, userMode, code = '', mm = '', dd = '', yy = '', note = ''] = match;
  const year = 2000 + Number(yy);
  const month = Number(mm);
  const day = Number(dd);
  const probe = new Date(Date.UTC(year, month - 1, day));
  if (month < 1 || month > 12 || probe.getUTCMonth() !== month - 1 || probe.getUTCDate() !== day) return null;
  return { userMode: userMode === 'vc' ? 'vc' : 'up', code, generatedOn: { year, month, day }, note };
}

export function classifyVoucherComment(comment: string, timeZone: string): VoucherComment {
  if (comment === '') return { kind: 'unused', info: null };
  if (comment.startsWith('vc-') || comment.startsWith('up-')) return { kind: 'unused', info: parseBatchComment(comment) };
  if (looksLikeRouterDate(comment)) return { kind: 'used', expiry: routerDateTimeToEpochMs(comment, timeZone) };
  return { kind: 'other' };
}
