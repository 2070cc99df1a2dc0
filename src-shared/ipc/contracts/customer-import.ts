import { procedure, type ContractShape } from '../procedure';
import {
  customerImportCommitInput,
  customerImportCommitOutput,
  customerImportPreviewInput,
  customerImportPreviewOutput,
} from '../schemas/customer-import';
import { CUSTOMER_ADMINS } from './customers';

/**
 * CSV import of customers and subscriptions (issue 5), for managers and owners moving an office from a
 * spreadsheet or another billing tool. The renderer reads the file and sends its text. Preview changes
 * nothing; commit re-validates the text (never trusting the preview) and writes all good rows, or none,
 * in one transaction with one audit entry.
 */
export const customerImportProcedures = {
  'customers.import.preview': procedure({
    input: customerImportPreviewInput,
    output: customerImportPreviewOutput,
    permission: CUSTOMER_ADMINS,
    kind: 'query',
  }),
  'customers.import.commit': procedure({
    input: customerImportCommitInput,
    output: customerImportCommitOutput,
    permission: CUSTOMER_ADMINS,
    kind: 'mutation',
  }),
} satisfies ContractShape;
