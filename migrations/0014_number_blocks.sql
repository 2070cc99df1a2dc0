-- A billing run draws a chunk's invoice numbers as one block (docs/decisions/0011, P6): the counter moves
-- up by the block's size in the transaction that writes those invoices, so numbers stay gapless the way
-- single draws are (a rollback takes the whole block back). The sequence may still only move up.
DROP TRIGGER number_sequences_step;
--> statement-breakpoint
CREATE TRIGGER number_sequences_step BEFORE UPDATE ON number_sequences
WHEN new.value <= old.value OR new.key <> old.key
BEGIN
  SELECT RAISE(ABORT, 'number_sequences only count up');
END;
