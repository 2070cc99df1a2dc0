/** The cashier's till (one page: shift, selling, collecting, receipts). */
export const TILL_PATH = '/till';
