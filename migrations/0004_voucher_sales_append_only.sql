-- Voucher sales are an insert-only ledger: voids and refunds are new reversing rows, never edits.
CREATE TRIGGER voucher_sales_no_update BEFORE UPDATE ON voucher_sales
BEGIN
  SELECT RAISE(ABORT, 'voucher_sales is insert-only');
END;
--> statement-breakpoint
CREATE TRIGGER voucher_sales_no_delete BEFORE DELETE ON voucher_sales
BEGIN
  SELECT RAISE(ABORT, 'voucher_sales is insert-only');
END;
