import { procedure, type ContractShape } from '../procedure';
import { noInput } from '../schemas/common';
import { documentDetailsSchema, documentDetailsUpdateInput, documentPdfInput, documentPdfOutput, statementPdfInput } from '../schemas/billing-documents';
import { BILLING_ADMINS, BILLING_DESK } from './billing';

/**
 * Printable billing documents: invoice / credit-note PDFs, payment receipts, statements; saved under the
 * data folder's prints/ and optionally printed. Cashiers print (a customer at the desk asks for a copy).
 * Printing writes a file and an audit entry, so the PDF procedures are mutations.
 */
export const billingDocumentProcedures = {
  'billing.documents.pdf': procedure({ input: documentPdfInput, output: documentPdfOutput, permission: BILLING_DESK, kind: 'mutation' }),
  'billing.statement.pdf': procedure({ input: statementPdfInput, output: documentPdfOutput, permission: BILLING_DESK, kind: 'mutation' }),
  'billing.documents.details.get': procedure({ input: noInput, output: documentDetailsSchema, permission: BILLING_DESK, kind: 'query' }),
  'billing.documents.details.update': procedure({ input: documentDetailsUpdateInput, output: documentDetailsSchema, permission: BILLING_ADMINS, kind: 'mutation' }),
} satisfies ContractShape;
