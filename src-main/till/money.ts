import { TILL_METHOD_NAMES, perMethodSchema, type PerMethod, type TillMethodName } from '../../src-shared/ipc/schemas/till';

/** Per-method arithmetic on integer minor units (the till never holds a float). */
export function zeroPerMethod(): PerMethod {
  return { cash: 0, mobile_money: 0, bank_transfer: 0 };
}

export function addPerMethod(a: PerMethod, b: PerMethod): PerMethod {
  const out = zeroPerMethod();
  for (const method of TILL_METHOD_NAMES) out[method] = a[method] + b[method];
  return out;
}

export function subtractPerMethod(a: PerMethod, b: PerMethod): PerMethod {
  const out = zeroPerMethod();
  for (const method of TILL_METHOD_NAMES) out[method] = a[method] - b[method];
  return out;
}

export function sumPerMethod(value: PerMethod): number {
  return TILL_METHOD_NAMES.reduce((sum, method) => sum + value[method], 0);
}

/** JSON columns are parsed through zod: a hand-edited row fails loudly instead of yielding NaN money. */
export function parsePerMethod(json: string): PerMethod {
  return perMethodSchema.parse(JSON.parse(json));
}

export function methodLabel(method: TillMethodName): string {
  return method === 'cash' ? 'Cash' : method === 'mobile_money' ? 'Mobile money' : 'Bank transfer';
}
