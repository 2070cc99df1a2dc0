/**
 * Types of the MikHmon-aware import: the raw snapshot read from a router, and the typed preview
 * an importer (and the import wizard) works from. Nothing here touches the database: the preview
 * is pure data so it can be shown, diffed and tested before anything is written.
 */
import type { ParsedQuickPrint } from './quick-print';
import type { ParsedSaleName } from './sales-record';

/** One print row exactly as the router sent it (RouterOS values are always strings). */
export type RouterRow = Readonly<Record<string, string>>;

/** The five menus the import reads, as named in problem reports. */
export type SnapshotMenu =
  | '/ip/hotspot/user/profile'
  | '/ip/hotspot/user'
  | '/system/script'
  | '/ppp/profile'
  | '/ppp/secret';

/** A reply row the snapshot reader could not accept (kept so the preview can report it). */
export interface RejectedRow {
  menu: SnapshotMenu;
  /** Position in the print reply. */
  index: number;
  /** `.id` when the row had a usable one. */
  rowId: string | null;
  reason: string;
}

/** Everything the import needs from one router, as read by `readMikhmonSnapshot`. */
export interface MikhmonSnapshot {
  /** `/system/resource` version, e.g. `7.16.2 (stable)`. */
  routerVersion: string;
  hotspotProfiles: readonly RouterRow[];
  hotspotUsers: readonly RouterRow[];
  /** Only `/system/script` rows whose comment is `mikhmon` or `QuickPrintMikhmon`. */
  scripts: readonly RouterRow[];
  pppProfiles: readonly RouterRow[];
  pppSecrets: readonly RouterRow[];
  /** Rows the reader dropped because they failed validation. */
  rejected: readonly RejectedRow[];
}

export interface ImportPreviewOptions {
  /** Minor-unit exponent of the office currency (IDR 0, USD 2). MikHmon prices are major units. */
  currencyExponent: number;
  /** IANA zone of the router's clock (router dates carry no offset), e.g. `Asia/Jakarta`. */
  timeZone: string;
  /** Version the router reported; decides which date style is expected. Defaults to the snapshot's. */
  routerVersion?: string;
  /**
   * The app's id of this router. Natural keys start with it, so the same MikHmon item on two
   * routers never collides and a second import of the same router finds its first one.
   */
  routerId?: string;
}

/** A calendar date as written on the router (no zone). */
export interface LocalDate {
  year: number;
  /** 1-12 */
  month: number;
  /** 1-31 */
  day: number;
}

/** Where a problem came from, so the wizard can point at the exact router item. */
export interface ProblemRef {
  menu: SnapshotMenu | '/system/resource';
  /** `.id` of the row, when known. */
  rowId: string | null;
  /** `name` of the row, when known. */
  name: string | null;
}

export interface ImportProblem extends ProblemRef {
  reason: string;
  /**
   * `skipped`: the row is not in the preview at all. `partial`: the row is in the preview but
   * something on it (e.g. MikHmon metadata, an owner) could not be read and was left out.
   */
  outcome: 'skipped' | 'partial';
}

/** Rows left out on purpose (built-in trial user, dynamic users, unrelated scripts). */
export interface SkippedRow extends ProblemRef {
  reason: string;
}

/** MikHmon expiry modes: remove, notice (limit-uptime=1s), both + record the sale, or no expiry. */
export type MikhmonExpiryMode = 'rem' | 'ntf' | 'remc' | 'ntfc' | '0';

export interface MikhmonProfileMetadata {
  mode: MikhmonExpiryMode;
  /** Price in minor units; `null` when the field was empty. */
  priceMinor: number | null;
  /** Selling (retail) price in minor units; `null` when empty. */
  sellingPriceMinor: number | null;
  /** Validity in ms; `null` for mode `0` (no expiry). */
  validityMs: number | null;
  /** Validity as written (`1d`), for display. */
  validityText: string;
  /** The first login binds the voucher to the device's MAC. */
  macLock: boolean;
}

export interface HotspotProfilePreview {
  naturalKey: string;
  routerItemId: string;
  name: string;
  rateLimit: string | null;
  /** A count, `unlimited`, or `null` when not printed. */
  sharedUsers: number | 'unlimited' | null;
  sessionTimeoutMs: number | null;
  addressPool: string | null;
  parentQueue: string | null;
  /** `null` for a plain profile (no MikHmon `:put` line, or one that could not be read). */
  mikhmon: MikhmonProfileMetadata | null;
}

export interface UnusedVoucherPreview {
  naturalKey: string;
  routerItemId: string;
  name: string;
  password: string;
  profile: string;
  /** Server the user is bound to (`all` by default). */
  server: string;
  limitUptimeMs: number | null;
  limitBytesTotal: number | null;
  disabled: boolean;
}

/** MikHmon batch comment `vc-<rand3>-<mm.dd.yy>-<note>` / `up-...`. */
export interface BatchCommentInfo {
  /** `vc`: username = password; `up`: separate password. */
  userMode: 'vc' | 'up';
  /** The three random digits MikHmon puts in every batch comment. */
  code: string;
  /** Day the batch was generated (MikHmon's server clock). */
  generatedOn: LocalDate;
  note: string;
}

export interface VoucherBatchPreview {
  naturalKey: string;
  /** The comment exactly as on the router; `''` groups unused users that have no comment. */
  comment: string;
  /** `null` when the comment is empty or not in MikHmon's full batch format. */
  info: BatchCommentInfo | null;
  /** Profiles used in the batch (MikHmon uses one; hand-made batches may mix). */
  profiles: string[];
  vouchers: UnusedVoucherPreview[];
}

export interface UsedVoucherPreview {
  naturalKey: string;
  routerItemId: string;
  name: string;
  password: string;
  profile: string;
  server: string;
  /** Expiry written by MikHmon's on-login script, as epoch ms. */
  expiresAtMs: number;
  /** The comment as written, e.g. `jan/15/2024 10:20:30`. */
  expiryText: string;
  macAddress: string | null;
  uptimeMs: number | null;
  disabled: boolean;
}

/** Hotspot users that are not MikHmon vouchers: reported, not imported as vouchers. */
export interface OtherHotspotUserPreview {
  routerItemId: string;
  name: string;
  profile: string;
  comment: string;
}

/** How a sales record's `owner` was written. */
export type SaleOwnerFormat =
  /** `jan2024` (upstream MikHmon before RouterOS 7.10) */
  | 'mon-yyyy'
  /** `012024` (the RouterOS 7 fork) */
  | 'mm-yyyy'
  /** `202-15`: upstream script on RouterOS 7.10+ (first 3 digits of the year + `-dd`) */
  | 'broken-7.10'
  | 'unknown';

export interface SalePreview extends Omit<ParsedSaleName, 'date' | 'dateText' | 'timeText'> {
  /** Script names are unique per router, and MikHmon never renames them. */
  naturalKey: string;
  routerItemId: string;
  scriptName: string;
  /** Date and time as written, for display. */
  soldAtText: string;
  owner: string;
  ownerFormat: SaleOwnerFormat;
}

export interface QuickPrintPreview extends ParsedQuickPrint {
  naturalKey: string;
  routerItemId: string;
  scriptName: string;
}

export interface PppProfilePreview {
  naturalKey: string;
  routerItemId: string;
  name: string;
  rateLimit: string | null;
  localAddress: string | null;
  remoteAddress: string | null;
  onlyOne: string | null;
  /** RouterOS built-ins (`default`, `default-encryption`). */
  builtin: boolean;
}

export interface PppSecretPreview {
  naturalKey: string;
  routerItemId: string;
  name: string;
  service: string;
  profile: string;
  remoteAddress: string | null;
  disabled: boolean;
  comment: string;
  /** `null` when the secret never logged out (or the router did not print it). */
  lastLoggedOutMs: number | null;
}

export interface ImportPreview {
  router: {
    version: string;
    /** 7.10+ prints `2024-01-15`; older versions `jan/15/2024`. */
    isoDates: boolean;
  };
  profiles: HotspotProfilePreview[];
  voucherBatches: VoucherBatchPreview[];
  usedVouchers: UsedVoucherPreview[];
  otherUsers: OtherHotspotUserPreview[];
  sales: SalePreview[];
  quickPrintPackages: QuickPrintPreview[];
  pppProfiles: PppProfilePreview[];
  pppSecrets: PppSecretPreview[];
  skipped: SkippedRow[];
  problems: ImportProblem[];
}
