import type { Contract } from '../../src-shared/ipc/contract';
import type { Handlers } from '../core/handler-types';
import type { Services } from '../core/services';
import { toCustomer } from './rows';
import { customerImportHandlers } from './import/handlers';

type CustomerProcedure = Extract<keyof Contract, `customers.${string}`>;

/** Handlers of src-shared/ipc/contracts/customers.ts: each write and its audit entry commit together. */
export function customerHandlers(services: Services): Pick<Handlers<Contract>, CustomerProcedure> {
  const { customers, transaction } = services;
  return {
    ...customerImportHandlers(services),
    'customers.list': (input) => customers.list(input),
    'customers.search': (input) => customers.search(input.query, input.limit),
    'customers.get': (input) => toCustomer(customers.require(input.id)),
    'customers.create': (input, ctx) =>
      transaction(() => {
        const row = customers.create(input, ctx.now);
        ctx.audit(`created customer ${row.accountNumber} ${row.name}`, { customerId: row.id, accountNumber: row.accountNumber });
        return toCustomer(row);
      }),
    'customers.update': (input, ctx) =>
      transaction(() => {
        const { id, ...changes } = input;
        const row = customers.update(input, ctx.now);
        ctx.audit(`updated customer ${row.accountNumber} ${row.name}`, { customerId: id, fields: Object.keys(changes) });
        return toCustomer(row);
      }),
  };
}
