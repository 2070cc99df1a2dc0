import { customerCreateInput, customerUpdateInput, type Customer } from '@shared/ipc/schemas/customers';
import type { CreateCustomerInput, UpdateCustomerInput } from '../../api/customers';

/** What the customer dialog edits: text as typed; lists and GPS are split and parsed when checked. */
export interface CustomerFormValues {
  name: string;
  /** Several numbers separated by commas. */
  phones: string;
  address: string;
  lat: string;
  lng: string;
  notes: string;
  /** Words separated by commas or spaces. */
  tags: string;
  status: Customer['status'];
}

export type CustomerFormField = 'name' | 'phones' | 'address' | 'gps' | 'notes' | 'tags';

export function initialCustomerValues(customer?: Customer): CustomerFormValues {
  return {
    name: customer?.name ?? '',
    phones: customer?.phones.join(', ') ?? '',
    address: customer?.address ?? '',
    lat: customer?.gps ? String(customer.gps.lat) : '',
    lng: customer?.gps ? String(customer.gps.lng) : '',
    notes: customer?.notes ?? '',
    tags: customer?.tags.join(', ') ?? '',
    status: customer?.status ?? 'active',
  };
}

function splitList(text: string, separator: RegExp): string[] {
  return text
    .split(separator)
    .map((part) => part.trim())
    .filter((part) => part !== '');
}

/** Both coordinates or neither; a half-typed pair or a non-number is NaN so the schema refuses it. */
function gpsOf(lat: string, lng: string): { lat: number; lng: number } | null {
  if (lat.trim() === '' && lng.trim() === '') return null;
  const number = (text: string) => (/^-?\d+(\.\d+)?$/.test(text.trim()) ? Number(text.trim()) : Number.NaN);
  return { lat: number(lat), lng: number(lng) };
}

export type CheckedCustomer =
  | { ok: true; create: CreateCustomerInput; update: (id: string) => UpdateCustomerInput }
  | { ok: false; invalid: ReadonlySet<CustomerFormField> };

/** Checked by the contract's own schema, so the dialog accepts exactly what main accepts. */
export function checkCustomerForm(values: CustomerFormValues): CheckedCustomer {
  const fields = {
    name: values.name,
    phones: splitList(values.phones, /[,;]/),
    address: values.address,
    gps: gpsOf(values.lat, values.lng),
    notes: values.notes,
    tags: splitList(values.tags, /[,\s]+/),
    status: values.status,
  };
  const parsed = customerCreateInput.safeParse(fields);
  if (!parsed.success) {
    const invalid = new Set<CustomerFormField>();
    for (const issue of parsed.error.issues) {
      const key = String(issue.path[0]);
      if (key === 'name' || key === 'phones' || key === 'address' || key === 'gps' || key === 'notes' || key === 'tags') invalid.add(key);
    }
    return { ok: false, invalid: invalid.size > 0 ? invalid : new Set<CustomerFormField>(['name']) };
  }
  return { ok: true, create: parsed.data, update: (id) => customerUpdateInput.parse({ id, ...fields }) };
}
