import type { Contract } from '../../../src-shared/ipc/contract';
import type { HandlerContext, Handlers } from '../../core/handler-types';
import type { Services } from '../../core/services';
import type { DocumentPdfOutput } from '../../../src-shared/ipc/schemas/billing-documents';
import type { billingDocumentProcedures } from '../../../src-shared/ipc/contracts/billing-documents';
import type { BillingDocumentPdf } from './service';

type DocumentProcedure = keyof typeof billingDocumentProcedures;

type Printed = Awaited<ReturnType<BillingDocumentPdf['entryPdf']>>;

/**
 * The PDF is rendered and saved (and spooled) outside any transaction, so a slow render never holds the
 * write lock; the audit entry records where it went once that succeeded.
 */
function audited(services: Services, ctx: HandlerContext, printed: Printed, details: Record<string, unknown>): DocumentPdfOutput {
  const where = printed.printer ? `on ${printed.printer}` : 'to PDF';
  services.transaction(() => ctx.audit(`printed ${printed.title} ${where}`, { ...details, document: printed.document, file: printed.file, pages: printed.pages, printer: printed.printer }));
  const { pdf, ...rest } = printed;
  return { ...rest, pdfBase64: Buffer.from(pdf).toString('base64') };
}

/** Handlers of src-shared/ipc/contracts/billing-documents.ts. */
export function billingDocumentHandlers(services: Services): Pick<Handlers<Contract>, DocumentProcedure> {
  const { documentPdf, transaction } = services;
  return {
    'billing.documents.pdf': async (input, ctx) => {
      const printed = await documentPdf.entryPdf(input, ctx.now);
      return audited(services, ctx, printed, { entryId: input.entryId });
    },
    'billing.statement.pdf': async (input, ctx) => {
      const printed = await documentPdf.statementPdf(input, ctx.now);
      return audited(services, ctx, printed, { customerId: input.customerId, from: printed.from, to: printed.to });
    },
    'billing.documents.details.get': () => documentPdf.details.get(),
    'billing.documents.details.update': (input, ctx) =>
      transaction(() => {
        const details = documentPdf.details.update(input, ctx.now);
        ctx.audit('updated the office details printed on documents', { fields: Object.keys(input) });
        return details;
      }),
  };
}
