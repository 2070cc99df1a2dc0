/** Addresses of the customer pages (hash routes). */
export const CUSTOMERS_PATH = '/customers';
export const CUSTOMER_DETAIL_PATTERN = '/customers/:id';
export const customerPath = (id: string): string => `/customers/${encodeURIComponent(id)}`;
