import { IMPORT_KINDS, type ImportKind } from '@shared/ipc/schemas/imports';
import type { ImportInclude } from '../../../api/imports';

export type IncludeGroup = keyof Required<ImportInclude>;
export const INCLUDE_GROUPS: readonly IncludeGroup[] = ['profiles', 'vouchers', 'sales', 'ppp'];

/** Which checkbox of the wizard decides whether a kind is imported. */
export const GROUP_OF: Record<ImportKind, IncludeGroup> = {
  profiles: 'profiles',
  batches: 'vouchers',
  unusedVouchers: 'vouchers',
  usedVouchers: 'vouchers',
  sales: 'sales',
  pppProfiles: 'ppp',
  pppSecrets: 'ppp',
};

export { IMPORT_KINDS };
export type { ImportKind };
