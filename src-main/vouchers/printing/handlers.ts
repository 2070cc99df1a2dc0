import type { Contract } from '../../../src-shared/ipc/contract';
import type { Handlers } from '../../core/handler-types';
import type { Services } from '../../core/services';
import { markPrinted } from './mark-printed';

type PrintProcedure = Extract<keyof Contract, `vouchers.print.${string}`>;

/** Handlers of src-shared/ipc/contracts/voucher-print.ts (docs/decisions/0008-voucher-printing.md). */
export function voucherPrintHandlers(services: Services): Pick<Handlers<Contract>, PrintProcedure> {
  const { transaction } = services;
  const printing = services.vouchers.printing;
  return {
    'vouchers.print.templates.list': () => ({ templates: printing.templates.list(), defaults: printing.defaults() }),
    'vouchers.print.templates.save': (input, ctx) =>
      transaction(() => {
        const saved = printing.templates.save(input, ctx.now);
        ctx.audit(`${input.id ? 'updated' : 'created'} print template ${saved.name}`, { templateId: saved.id });
        return saved;
      }),
    'vouchers.print.templates.remove': (input, ctx) =>
      transaction(() => {
        const removed = printing.templates.remove(input.id, ctx.now);
        ctx.audit(`removed print template ${removed.name}`, { templateId: removed.id });
        return removed;
      }),
    'vouchers.print.preview': (input) => printing.preview(input.settings, input.batchId),
    'vouchers.print.printers': () => printing.printers(),
    'vouchers.print.run': async (input, ctx) => {
      const run = await printing.run(input, ctx.now);
      const markedPrinted = transaction(() => {
        const moved = markPrinted(services.sqlite, run.voucherIds, ctx.now);
        ctx.audit(`printed ${run.cards} vouchers${run.printer ? ` on ${run.printer}` : ' to PDF'}`, {
          batchId: input.batchId,
          selection: input.selection,
          cards: run.cards,
          pages: run.pages,
          printer: run.printer,
          copies: input.target.kind === 'printer' ? input.target.copies : 0,
          file: run.file,
        });
        return moved;
      });
      return { cards: run.cards, pages: run.pages, bytes: run.bytes, file: run.file, printer: run.printer, warnings: run.warnings, markedPrinted };
    },
  };
}
