import { randomBytes } from 'node:crypto';
import { and, desc, eq, isNotNull } from 'drizzle-orm';
import type { Db, Sqlite } from '../db/connection';
import { voucherBatches, voucherPlans, vouchers } from '../db/schema';
import { VOUCHER_CHARSET_NAMES, type VoucherCharset } from '../../src-shared/domain/voucher-codes';
import type { GenerateInput } from '../../src-shared/ipc/schemas/vouchers';
import { prepareBatchJob } from '../vouchers/generation';
import { insertBatch } from '../vouchers/write-batch';

type PlanRow = typeof voucherPlans.$inferSelect;
type VoucherRow = typeof vouchers.$inferSelect;

/** A plan's first on-the-spot card, before any batch was generated for it: 8 upper-case letters and digits. */
const FIRST_SHAPE = { length: 8, prefix: '', charset: 'upper-digits', userMode: 'same' } as const;

export interface GeneratedBatch {
  batchId: string;
  routerId: string;
}

function isCharset(value: string | null): value is VoucherCharset {
  return value !== null && (VOUCHER_CHARSET_NAMES as readonly string[]).includes(value);
}

/** Cards made at the till look like the plan's last generated batch (length, prefix, charset, user mode). */
function shapeOf(db: Db, planId: string): Pick<GenerateInput, 'length' | 'prefix' | 'charset' | 'userMode'> {
  const last = db
    .select({ length: voucherBatches.codeLength, prefix: voucherBatches.prefix, charset: voucherBatches.charset, userMode: voucherBatches.userMode })
    .from(voucherBatches)
    .where(and(eq(voucherBatches.planId, planId), isNotNull(voucherBatches.codeLength), isNotNull(voucherBatches.charset)))
    .orderBy(desc(voucherBatches.createdAt))
    .get();
  if (!last || last.length === null || !isCharset(last.charset)) return FIRST_SHAPE;
  return { length: last.length, prefix: last.prefix ?? '', charset: last.charset, userMode: last.userMode === 'up' ? 'separate' : 'same' };
}

/**
 * Generates `count` cards of a plan whose stock ran out, as a batch of its own, inside the sale's
 * transaction (a refused sale leaves no card). The voucher domain's own job builder and writer do it, so
 * the codes follow the same rules as a batch from the vouchers page: unique office-wide and on the router.
 */
export function generateOnTheSpot(
  deps: { db: Db; sqlite: Sqlite },
  plan: PlanRow,
  count: number,
  actor: { operatorId: string | null; now: number },
): { batch: GeneratedBatch; cards: VoucherRow[] } {
  const input: GenerateInput = { planId: plan.id, count, ...shapeOf(deps.db, plan.id), note: 'generated at the till' };
  const { job } = prepareBatchJob(deps.db, input, actor);
  insertBatch(deps.sqlite, job, { random: (n) => randomBytes(n), progress: () => undefined, cancelled: () => false });
  const cards = deps.db.select().from(vouchers).where(eq(vouchers.batchId, job.batchId)).orderBy(vouchers.serial).all();
  return { batch: { batchId: job.batchId, routerId: job.routerId }, cards };
}
