import { checkCapacity, type CapacityVerdict, type VoucherCharset } from '@shared/domain/voucher-codes';
import { generateInput } from '@shared/ipc/schemas/vouchers';
import type { GenerateVouchersInput } from '../../../api/vouchers';

export type UserMode = GenerateVouchersInput['userMode'];

/** The generate dialog's fields as typed. */
export interface GenerateFormValues {
  planId: string;
  count: string;
  length: string;
  charset: VoucherCharset;
  prefix: string;
  userMode: UserMode;
  passwordLength: string;
  note: string;
}

export type GenerateField = 'planId' | 'count' | 'length' | 'prefix' | 'passwordLength' | 'note';

export function initialGenerateValues(planId: string): GenerateFormValues {
  return { planId, count: '100', length: '6', charset: 'upper-digits', prefix: '', userMode: 'same', passwordLength: '', note: '' };
}

function whole(text: string): number {
  const trimmed = text.trim();
  return /^\d+$/.test(trimmed) ? Number(trimmed) : Number.NaN;
}

/**
 * The capacity verdict for what is typed so far, or null while count or length are not numbers yet.
 * Codes already taken are not known here (main counts them), so this is the best case; main may still
 * refuse when earlier batches used the same shape.
 */
export function capacityOf(values: GenerateFormValues): { verdict: CapacityVerdict; count: number; length: number } | null {
  const count = whole(values.count);
  const length = whole(values.length);
  if (!Number.isFinite(count) || !Number.isFinite(length) || count < 1 || length < 1 || length > 64) return null;
  return { verdict: checkCapacity(values.charset, length, 0, count), count, length };
}

export type CheckedGenerate = { ok: true; input: GenerateVouchersInput } | { ok: false; invalid: ReadonlySet<GenerateField> };

/** Checked by the contract's schema (count ≤ MAX_BATCH_SIZE, length 3..16, prefix pattern). */
export function checkGenerateForm(values: GenerateFormValues): CheckedGenerate {
  const separate = values.userMode === 'separate' && values.passwordLength.trim() !== '';
  const parsed = generateInput.safeParse({
    planId: values.planId,
    count: whole(values.count),
    length: whole(values.length),
    charset: values.charset,
    prefix: values.prefix.trim(),
    userMode: values.userMode,
    ...(separate ? { passwordLength: whole(values.passwordLength) } : {}),
    note: values.note.trim(),
  });
  if (parsed.success) return { ok: true, input: parsed.data };
  const invalid = new Set<GenerateField>();
  for (const issue of parsed.error.issues) {
    const key = String(issue.path[0]);
    if (key === 'planId' || key === 'count' || key === 'length' || key === 'prefix' || key === 'passwordLength' || key === 'note') invalid.add(key);
  }
  return { ok: false, invalid: invalid.size > 0 ? invalid : new Set<GenerateField>(['count']) };
}
