/**
 * Who a customer row is when it carries no account number: the same name, the same phones (digits
 * only, any order) and the same address. A second import of the same file then finds every row already
 * there, while two different people who share a name still import (their phone or address differs).
 */
export function identityKey(customer: { name: string; phones: readonly string[]; address: string }): string {
  const squash = (text: string): string => text.trim().toLowerCase().replace(/\s+/g, ' ');
  const phones = customer.phones.map((phone) => phone.replace(/\D/g, '')).sort();
  return [squash(customer.name), phones.join(','), squash(customer.address)].join('\n');
}
