import { procedure, type ContractShape } from '../procedure';
import { usageRefreshInput, usageRefreshOutput } from '../schemas/voucher-usage';

/**
 * Voucher usage read-back and router-side expiry reconcile (docs/decisions/0009). A mutation: it
 * records first logins and expiries, and ends vouchers the router's scheduler missed. Cashiers may
 * run it: they see the vouchers they sold and need them current.
 */
export const voucherUsageProcedures = {
  'vouchers.usage.refresh': procedure({
    input: usageRefreshInput,
    output: usageRefreshOutput,
    permission: ['owner', 'manager', 'cashier'],
    kind: 'mutation',
  }),
} satisfies ContractShape;
