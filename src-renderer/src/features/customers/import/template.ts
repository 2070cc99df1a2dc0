import { CUSTOMER_IMPORT_TEMPLATE_HEADERS } from '@shared/ipc/schemas/customer-import';

/**
 * The header line of an import file. A BOM first: without it Excel opens a UTF-8 CSV as the legacy
 * code page and mangles names with accents; main accepts files with or without one.
 */
export function templateCsv(): string {
  return `\uFEFF${CUSTOMER_IMPORT_TEMPLATE_HEADERS.join(',')}\r\n`;
}
