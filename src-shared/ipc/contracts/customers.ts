import { procedure, type ContractShape } from '../procedure';
import {
  customerCreateInput,
  customerIdInput,
  customerListInput,
  customerListOutput,
  customerSchema,
  customerSearchInput,
  customerSearchOutput,
  customerUpdateInput,
} from '../schemas/customers';

/** Managers and owners keep the customer list. */
export const CUSTOMER_ADMINS = ['owner', 'manager'] as const;
/** Cashiers find customers to take their payments; technicians find them to install and fix their service. */
export const CUSTOMER_READERS = ['owner', 'manager', 'cashier', 'technician'] as const;

/** Customers (issue 5). See docs/decisions/0010-billing-ledger.md. */
export const customerProcedures = {
  'customers.list': procedure({ input: customerListInput, output: customerListOutput, permission: CUSTOMER_READERS, kind: 'query' }),
  'customers.search': procedure({ input: customerSearchInput, output: customerSearchOutput, permission: CUSTOMER_READERS, kind: 'query' }),
  'customers.get': procedure({ input: customerIdInput, output: customerSchema, permission: CUSTOMER_READERS, kind: 'query' }),
  'customers.create': procedure({ input: customerCreateInput, output: customerSchema, permission: CUSTOMER_ADMINS, kind: 'mutation' }),
  'customers.update': procedure({ input: customerUpdateInput, output: customerSchema, permission: CUSTOMER_ADMINS, kind: 'mutation' }),
} satisfies ContractShape;
