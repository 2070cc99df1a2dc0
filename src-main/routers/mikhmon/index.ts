// MikHmon-aware import: snapshot reader (router side) and the pure preview builder.
export { readMikhmonSnapshot } from './snapshot-reader';
export type { ReadSnapshotOptions } from './snapshot-reader';
export { buildImportPreview } from './preview';
export { parseRouterDuration, parseOptionalDuration } from './duration';
export { parseMikhmonPrice } from './price';
export { parseRouterDateOnly, parseRouterDateTime, routerDateTimeToEpochMs } from './router-date';
export { zonedTimeToEpochMs, isValidTimeZone } from './zoned-time';
export { parseProfileMetadata } from './profile-metadata';
export { classifyVoucherComment, parseBatchComment } from './voucher-comment';
export { parseSaleName, parseSaleOwner } from './sales-record';
export { parseQuickPrintSource } from './quick-print';
export { MENU_PROPLISTS } from './row-schemas';
export type { Parsed } from './result';
export type * from './types';
