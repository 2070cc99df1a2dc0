import type { PreviewContext } from './preview-context';
import { parseQuickPrintSource } from './quick-print';
import { ownerMismatch, parseSaleName, parseSaleOwner } from './sales-record';
import type { QuickPrintPreview, RouterRow, SalePreview } from './types';

const MENU = '/system/script';

export interface ScriptsPreview {
  sales: SalePreview[];
  quickPrintPackages: QuickPrintPreview[];
}

/** Sales records (`comment=mikhmon`) and quick-print packages (`comment=QuickPrintMikhmon`). */
export function previewScripts(ctx: PreviewContext, rows: readonly RouterRow[]): ScriptsPreview {
  const sales: SalePreview[] = [];
  const quickPrintPackages: QuickPrintPreview[] = [];
  for (const row of ctx.validRows(MENU, rows)) {
    const comment = row.comment ?? '';
    if (comment === 'mikhmon') {
      const sale = parseSaleName(row.name, row.source ?? '', ctx.exponent, ctx.timeZone);
      if (!sale.ok) {
        ctx.skip(MENU, row, sale.reason);
        continue;
      }
      const owner = row.owner ?? '';
      const parsedOwner = parseSaleOwner(owner);
      // The sale date is what counts; a disagreeing owner is reported but does not lose the sale.
      const mismatch = ownerMismatch(owner, parsedOwner, sale.value.date);
      if (mismatch !== null) ctx.partial(MENU, row, mismatch);
      if (sale.value.validityText !== '' && sale.value.validityMs === null) {
        ctx.partial(MENU, row, `validity ${JSON.stringify(sale.value.validityText.slice(0, 30))} left out`);
      }
      sales.push({
        naturalKey: ctx.key('sale', row.name),
        routerItemId: row['.id'],
        scriptName: row.name,
        soldAtMs: sale.value.soldAtMs,
        soldAtText: `${sale.value.dateText} ${sale.value.timeText}`,
        user: sale.value.user,
        priceMinor: sale.value.priceMinor,
        address: sale.value.address,
        macAddress: sale.value.macAddress,
        validityMs: sale.value.validityMs,
        validityText: sale.value.validityText,
        profile: sale.value.profile,
        comment: sale.value.comment,
        owner,
        ownerFormat: parsedOwner.format,
      });
    } else if (comment === 'QuickPrintMikhmon') {
      const parsed = parseQuickPrintSource(row.source ?? '', ctx.exponent);
      if (!parsed.ok) {
        ctx.skip(MENU, row, parsed.reason);
        continue;
      }
      quickPrintPackages.push({ naturalKey: ctx.key('quick-print', row.name), routerItemId: row['.id'], scriptName: row.name, ...parsed.value });
    } else {
      ctx.leaveOut(MENU, row, 'not a MikHmon script');
    }
  }
  return { sales, quickPrintPackages };
}
