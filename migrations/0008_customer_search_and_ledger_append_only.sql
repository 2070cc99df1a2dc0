-- Customer type-ahead search (docs/decisions/0010): an FTS5 index keyed by customers.search_key, kept
-- in step by triggers. Phones and account numbers are indexed twice, as typed and with separators
-- removed, so "0812-345" and "0812345" both find "0812-3456-789". Prefix indexes serve type-ahead.
CREATE VIRTUAL TABLE customers_fts USING fts5(
  account_number, name, phones, address, tags, notes,
  tokenize = 'unicode61 remove_diacritics 2',
  prefix = '1 2 3'
);
--> statement-breakpoint
CREATE TRIGGER customers_fts_insert AFTER INSERT ON customers
BEGIN
  INSERT INTO customers_fts(rowid, account_number, name, phones, address, tags, notes)
  VALUES (
    new.search_key,
    new.account_number || ' ' || replace(replace(new.account_number, '-', ''), '/', ''),
    new.name,
    new.phones || ' ' || replace(replace(replace(replace(replace(new.phones, '-', ''), ' ', ''), '(', ''), ')', ''), '.', ''),
    new.address,
    new.tags,
    new.notes
  );
END;
--> statement-breakpoint
CREATE TRIGGER customers_fts_update AFTER UPDATE ON customers
BEGIN
  DELETE FROM customers_fts WHERE rowid = old.search_key;
  INSERT INTO customers_fts(rowid, account_number, name, phones, address, tags, notes)
  VALUES (
    new.search_key,
    new.account_number || ' ' || replace(replace(new.account_number, '-', ''), '/', ''),
    new.name,
    new.phones || ' ' || replace(replace(replace(replace(replace(new.phones, '-', ''), ' ', ''), '(', ''), ')', ''), '.', ''),
    new.address,
    new.tags,
    new.notes
  );
END;
--> statement-breakpoint
CREATE TRIGGER customers_fts_delete AFTER DELETE ON customers
BEGIN
  DELETE FROM customers_fts WHERE rowid = old.search_key;
END;
--> statement-breakpoint
-- The customer ledger is insert-only: a void is a new reversing entry, never an edit or a deletion.
CREATE TRIGGER ledger_entries_no_update BEFORE UPDATE ON ledger_entries
BEGIN
  SELECT RAISE(ABORT, 'ledger_entries is insert-only');
END;
--> statement-breakpoint
CREATE TRIGGER ledger_entries_no_delete BEFORE DELETE ON ledger_entries
BEGIN
  SELECT RAISE(ABORT, 'ledger_entries is insert-only');
END;
--> statement-breakpoint
CREATE TRIGGER ledger_lines_no_update BEFORE UPDATE ON ledger_lines
BEGIN
  SELECT RAISE(ABORT, 'ledger_lines is insert-only');
END;
--> statement-breakpoint
CREATE TRIGGER ledger_lines_no_delete BEFORE DELETE ON ledger_lines
BEGIN
  SELECT RAISE(ABORT, 'ledger_lines is insert-only');
END;
--> statement-breakpoint
-- Gapless numbering: a sequence only ever moves up by one and is never removed (a rolled-back
-- transaction takes its increment with it, so a failed create burns no number).
CREATE TRIGGER number_sequences_step BEFORE UPDATE ON number_sequences
WHEN new.value <> old.value + 1 OR new.key <> old.key
BEGIN
  SELECT RAISE(ABORT, 'number_sequences only count up by one');
END;
--> statement-breakpoint
CREATE TRIGGER number_sequences_no_delete BEFORE DELETE ON number_sequences
BEGIN
  SELECT RAISE(ABORT, 'number_sequences cannot be deleted');
END;
