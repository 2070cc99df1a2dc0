/**
 * Receipt numbers shown to people: the random tail of the receipt's UUIDv7, enough to find it in the
 * shift's history. Shared so the till screen shows the number the printed receipt carries.
 */
export function receiptNumber(id: string): string {
  return `R-${id.replace(/-/g, '').slice(-10).toUpperCase()}`;
}
