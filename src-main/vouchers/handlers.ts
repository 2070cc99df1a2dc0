import type { Contract } from '../../src-shared/ipc/contract';
import type { Handlers } from '../core/handler-types';
import type { Services } from '../core/services';
import { AppError } from '../../src-shared/ipc/result';
import { toPlan } from './plans';
import { sellVoucher } from './sales';

/** The voucher procedures of contracts/vouchers.ts (printing and usage have their own handler files). */
type VoucherProcedure = Exclude<Extract<keyof Contract, `vouchers.${string}`>, `vouchers.print.${string}` | `vouchers.usage.${string}`>;

/** Handlers of the voucher procedures: see src-shared/ipc/contracts/vouchers.ts and docs/decisions/0007. */
export function voucherHandlers(services: Services): Pick<Handlers<Contract>, VoucherProcedure> {
  const { vouchers, transaction, events } = services;
  return {
    'vouchers.plans.list': (input) => vouchers.plans.list(input.routerId),
    'vouchers.plans.create': (input, ctx) =>
      transaction(() => {
        const row = vouchers.plans.create(input, ctx.now);
        ctx.audit(`created voucher plan ${row.name} (${row.hotspotProfile})`, { planId: row.id, routerId: row.routerId, priceMinor: row.priceMinor });
        return toPlan(row);
      }),
    'vouchers.plans.update': (input, ctx) =>
      transaction(() => {
        const { id, ...changes } = input;
        const row = vouchers.plans.update(id, changes, ctx.now);
        ctx.audit(`updated voucher plan ${row.name}`, { planId: id, changes });
        return toPlan(row);
      }),
    'vouchers.plans.remove': (input, ctx) =>
      transaction(() => {
        const row = vouchers.plans.remove(input.id, ctx.now);
        ctx.audit(`removed voucher plan ${row.name}`, { planId: row.id });
        return toPlan(row);
      }),
    'vouchers.generate': async (input, ctx) => {
      const plan = vouchers.plans.require(input.planId);
      // Written by the worker in the batch's own transaction: a batch never exists without its entry.
      const audit = ctx.prepareAudit(`generated ${input.count} vouchers of plan ${plan.name}`, {
        planId: input.planId,
        count: input.count,
        length: input.length,
        charset: input.charset,
        prefix: input.prefix,
        userMode: input.userMode,
      });
      const result = await vouchers.generation.generate(input, {
        operatorId: ctx.session?.operatorId ?? null,
        now: ctx.now,
        audit,
        onProgress: (progress) => events.emitTo(ctx.clientId, 'vouchers.progress', progress),
      });
      void vouchers.push(result.routerId, result.batchId);
      return { batchId: result.batchId, count: result.count, firstSerial: result.firstSerial, lastSerial: result.lastSerial };
    },
    'vouchers.cancelGeneration': (input, ctx) => {
      const cancelled = vouchers.generation.cancel(input.batchId);
      transaction(() => ctx.audit(cancelled ? 'cancelled voucher generation' : 'cancel: no such generation running', { batchId: input.batchId }));
      return { cancelled };
    },
    'vouchers.batches.list': (input) => vouchers.batches.list(input),
    'vouchers.batches.get': (input) => vouchers.batches.get(input.id),
    'vouchers.batches.delete': (input, ctx) => {
      const outcome = transaction(() => {
        const result = vouchers.batches.delete(input.id, ctx.now);
        ctx.audit(`deleted voucher batch (${result.removed} unsold vouchers)`, { batchId: input.id, removed: result.removed, note: result.batch.note });
        return result;
      });
      void vouchers.push(outcome.batch.routerId, null);
      return { id: input.id, removed: outcome.removed };
    },
    'vouchers.batches.push': async (input, ctx) => {
      const batch = vouchers.batches.require(input.id);
      const outcome = await vouchers.pushNow(batch.routerId, batch.id);
      transaction(() => ctx.audit(`pushed voucher batch to its router`, { batchId: batch.id, routerId: batch.routerId, ...outcome }));
      return { routerId: batch.routerId, ...outcome };
    },
    'vouchers.batches.setDisabled': async (input, ctx) => {
      const result = transaction(() => {
        const changed = vouchers.batches.setDisabled(input.id, input.disabled, ctx.now);
        ctx.audit(`${input.disabled ? 'disabled' : 'enabled'} ${changed.changed} unsold vouchers of a batch`, { batchId: input.id, changed: changed.changed });
        return changed;
      });
      await vouchers.push(result.batch.routerId, null);
      return { id: input.id, changed: result.changed };
    },
    'vouchers.batches.exportCsv': (input) => vouchers.batches.exportCsv(input.id),
    'vouchers.list': (input) => vouchers.batches.vouchers(input),
    'vouchers.sell': (input, ctx) =>
      transaction(() => {
        const role = ctx.session?.role;
        if (input.priceMinor !== undefined && role !== 'owner' && role !== 'manager') {
          throw new AppError('FORBIDDEN', 'Only an owner or manager may change a voucher’s price.');
        }
        const sale = sellVoucher(services.db, {
          voucherId: input.voucherId,
          ...(input.priceMinor !== undefined ? { priceMinor: input.priceMinor } : {}),
          operatorId: ctx.session?.operatorId ?? null,
          now: ctx.now,
        });
        ctx.audit(`sold voucher ${sale.code}`, { saleId: sale.id, voucherId: sale.voucherId, priceMinor: sale.priceMinor });
        return sale;
      }),
  };
}
