import type { Contract } from '../../src-shared/ipc/contract';
import type { HandlerContext, Handlers } from '../core/handler-types';
import type { Services } from '../core/services';
import { AppError } from '../../src-shared/ipc/result';
import type { TillActor } from './service';
import { scanVoucher, tillPlans } from './desk';
import { findCustomers } from './find-customers';
import { receiptHistory } from './history';

type TillProcedure = Extract<keyof Contract, `till.${string}`>;

function actorOf(ctx: HandlerContext): TillActor {
  return { operatorId: ctx.session?.operatorId ?? null, now: ctx.now };
}

function requireOperator(ctx: HandlerContext): string {
  const id = ctx.session?.operatorId;
  if (!id) throw new AppError('UNAUTHENTICATED', 'Please sign in.');
  return id;
}

const base64 = (bytes: Uint8Array): string => Buffer.from(bytes).toString('base64');

/**
 * Handlers of src-shared/ipc/contracts/till.ts. Each write and its audit entry commit in one
 * transaction; PDFs are rendered outside it (a slow render never holds the write lock).
 */
export function tillHandlers(services: Services): Pick<Handlers<Contract>, TillProcedure> {
  const { till, transaction, db } = services;
  return {
    'till.shifts.current': (_input, ctx) => {
      const row = till.shifts.currentRow(requireOperator(ctx));
      return row ? till.toShift(row) : null;
    },
    'till.shifts.list': (input) => till.shifts.list(input).map((row) => till.toShift(row)),
    'till.shifts.open': (input, ctx) =>
      transaction(() => {
        const row = till.shifts.open(requireOperator(ctx), input.floats, ctx.now);
        ctx.audit('opened a till shift', { shiftId: row.id, floats: input.floats });
        return till.toShift(row);
      }),
    'till.shifts.close': (input, ctx) =>
      transaction(() => {
        const role = ctx.session?.role;
        const closer = { operatorId: requireOperator(ctx), mayCloseOthers: role === 'owner' || role === 'manager' };
        const row = till.shifts.close(input, closer, ctx.now);
        const shift = till.toShift(row);
        ctx.audit('closed a till shift', { shiftId: row.id, expected: shift.expected, counted: shift.counted, differenceMinor: row.differenceMinor, reason: row.differenceReason });
        return shift;
      }),
    'till.sellVouchers': (input, ctx) => {
      const sale = transaction(() => {
        const outcome = till.sell(input, actorOf(ctx));
        ctx.audit(`sold ${outcome.vouchers.length} voucher(s)`, {
          receiptId: outcome.receiptId,
          shiftId: outcome.shiftId,
          totalMinor: outcome.totalMinor,
          changeMinor: outcome.changeMinor,
          codes: outcome.vouchers.map((v) => v.code),
          ...(outcome.generated.length > 0 ? { generatedBatchIds: outcome.generated.map((batch) => batch.batchId) } : {}),
        });
        return outcome;
      });
      // Cards made on the spot go to their router like a generated batch does (the job queue).
      for (const batch of sale.generated) void services.vouchers.push(batch.routerId, batch.batchId);
      return {
        receiptId: sale.receiptId,
        shiftId: sale.shiftId,
        totalMinor: sale.totalMinor,
        tenderedMinor: sale.tenderedMinor,
        changeMinor: sale.changeMinor,
        vouchers: sale.vouchers.map(({ routerId: _routerId, ...voucher }) => voucher),
      };
    },
    'till.collectPayment': (input, ctx) =>
      transaction(() => {
        const outcome = till.collect(input, actorOf(ctx));
        ctx.audit(`collected a payment of ${outcome.totalMinor}`, {
          receiptId: outcome.receiptId,
          customerId: input.customerId,
          ledgerEntryIds: outcome.ledgerEntryIds,
          reactivated: outcome.reactivatedSubscriptionIds,
        });
        return outcome;
      }),
    'till.void': (input, ctx) => {
      const outcome = transaction(() => {
        const result = till.void(input, actorOf(ctx));
        ctx.audit(`voided till entry (${result.amountMinor})`, { entryId: input.entryId, reason: input.reason, disposition: input.voucherDisposition, refundMethod: result.refundMethod, receiptId: result.receiptId });
        return result;
      });
      // The voucher's derived router user changed (back in stock or disabled): reconcile pushes it.
      if (outcome.routerId) void services.vouchers.push(outcome.routerId, null);
      const { routerId: _routerId, ...output } = outcome;
      return output;
    },
    'till.receipts.list': (input) =>
      till.ledger.receipts(input.shiftId, input.limit).map((row) => ({
        id: row.id,
        kind: row.kind,
        totalMinor: row.totalMinor,
        createdAt: row.createdAt,
        operatorId: row.operatorId,
        customerId: row.customerId,
      })),
    'till.receipts.get': async (input) => {
      const doc = await till.receiptPdf(input.receiptId, input.paper, false);
      return { receiptId: input.receiptId, fileName: doc.fileName, pdfBase64: base64(doc.pdf), pageWidthPt: doc.pageWidthPt, copy: false };
    },
    'till.receipts.reprint': async (input, ctx) => {
      const doc = await till.receiptPdf(input.receiptId, input.paper, true);
      const file = till.saveReceipt(doc, ctx.now);
      transaction(() => ctx.audit('reprinted a receipt', { receiptId: input.receiptId, paper: input.paper, file: doc.fileName }));
      return { receiptId: input.receiptId, fileName: doc.fileName, pdfBase64: base64(doc.pdf), pageWidthPt: doc.pageWidthPt, copy: true, file };
    },
    'till.receipts.print': async (input, ctx) => {
      const output = await till.printReceipt(input, ctx.now);
      transaction(() => ctx.audit('printed a receipt', { receiptId: input.receiptId, paper: input.paper, copy: input.copy, target: input.target.kind, destination: output.destination }));
      return output;
    },
    'till.zReport.print': async (input, ctx) => {
      const scope = 'shiftId' in input ? { shiftId: input.shiftId } : { date: input.date };
      const { title, ...output } = await till.printZReport(scope, input.paper, input.target, ctx.now);
      transaction(() => ctx.audit('printed a Z-report', { ...scope, title, paper: input.paper, target: input.target.kind, destination: output.destination }));
      return output;
    },
    'till.plans.list': () => tillPlans(db),
    'till.scan': (input) => scanVoucher(db, input.text),
    'till.customers.find': (input) => findCustomers({ db, customers: services.customers }, input.query, input.limit),
    'till.receipts.history': (input) => {
      till.shifts.require(input.shiftId);
      return receiptHistory(db, input.shiftId, input.limit);
    },
    'till.zReport': async (input, ctx) => {
      const scope = 'shiftId' in input ? { shiftId: input.shiftId } : { date: input.date };
      const report = await till.zReport(scope, input.paper, ctx.now);
      return { title: report.title, shifts: report.shifts, totals: report.totals, fileName: report.fileName, pdfBase64: base64(report.pdf) };
    },
  };
}
