-- Central sync schema, protocol version 2 (docs/decisions/0015-sync.md).
-- * Every synced table (src-main/sync/tables.ts), listed in mb.synced_tables with its kind.
-- * Master data: last-writer-wins PER FIELD. A master mutation carries the whole row and `fields`, the
--   columns it set (null = the whole row). mb.master_rows keeps a version per field that was set after
--   the row's first version; a field takes the incoming value when (hlc, office) is greater than its version.
-- * Recurring billing backstop: one plan line per (subscription, period start) across all offices; a second
--   one is refused (kind `refused`) and shown to a person, never applied.
-- * Refusals tell the office what central holds instead (`existing`).

UPDATE mb.protocol SET schema_version = 2 WHERE id = 1;

CREATE TABLE mb.synced_tables (
  name text PRIMARY KEY,
  kind text NOT NULL CHECK (kind IN ('master', 'fact'))
);
INSERT INTO mb.synced_tables (name, kind) VALUES
  ('routers', 'master'), ('service_plans', 'master'), ('voucher_plans', 'master'), ('customers', 'master'),
  ('subscriptions', 'master'), ('voucher_batches', 'master'), ('vouchers', 'master'),
  ('ledger_entries', 'fact'), ('ledger_lines', 'fact'), ('voucher_sales', 'fact'),
  ('till_shifts', 'fact'), ('till_receipts', 'fact'), ('till_entries', 'fact');

ALTER TABLE mb.change_log ADD COLUMN fields jsonb;
ALTER TABLE mb.master_rows ADD COLUMN versions jsonb NOT NULL DEFAULT '{}'::jsonb;
ALTER TABLE mb.conflicts ADD COLUMN kind text NOT NULL DEFAULT 'mismatch' CHECK (kind IN ('mismatch', 'refused'));
ALTER TABLE mb.processed_mutations DROP CONSTRAINT processed_mutations_outcome_check;
ALTER TABLE mb.processed_mutations ADD CONSTRAINT processed_mutations_outcome_check
  CHECK (outcome IN ('applied', 'superseded', 'same_fact', 'conflict', 'refused'));

CREATE UNIQUE INDEX facts_plan_period ON mb.facts ((payload ->> 'subscription_id'), (payload ->> 'period_start'))
  WHERE table_name = 'ledger_lines' AND payload ->> 'kind' = 'plan';

-- Per-field last-writer-wins for one master mutation. Called only from apply_mutation, under the head lock.
CREATE FUNCTION mb.apply_master(p_office text, p_m jsonb, v_id uuid, INOUT p_seq bigint, OUT o_outcome text)
LANGUAGE plpgsql SECURITY DEFINER SET search_path = mb, pg_temp AS $$
DECLARE
  v_table text := p_m ->> 'table';
  v_row text := p_m ->> 'rowId';
  v_payload jsonb := p_m -> 'payload';
  v_fields jsonb := p_m -> 'fields';
  v_hlc bigint;
  v_ex record;
  v_winners text[];
BEGIN
  IF jsonb_typeof(p_m -> 'hlc') IS DISTINCT FROM 'number' THEN
    RAISE EXCEPTION 'SYNC_BAD_BATCH: master data needs an hlc (%)', v_id USING ERRCODE = 'MBBAD';
  END IF;
  IF jsonb_typeof(v_fields) = 'null' THEN v_fields := NULL; END IF;
  IF v_fields IS NOT NULL AND (jsonb_typeof(v_fields) <> 'array' OR EXISTS (
       SELECT 1 FROM jsonb_array_elements(v_fields) e
       WHERE jsonb_typeof(e) <> 'string' OR NOT v_payload ? (e #>> '{}') OR (e #>> '{}') IN ('id', 'created_at'))) THEN
    RAISE EXCEPTION 'SYNC_BAD_BATCH: fields must name columns of the row (%)', v_id USING ERRCODE = 'MBBAD';
  END IF;
  v_hlc := (p_m ->> 'hlc')::bigint;
  SELECT hlc, origin, payload, versions INTO v_ex FROM mb.master_rows
    WHERE table_name = v_table AND row_id = v_row FOR UPDATE;
  IF NOT FOUND THEN
    INSERT INTO mb.master_rows (table_name, row_id, hlc, origin, payload, seq, versions)
      VALUES (v_table, v_row, v_hlc, p_office, v_payload, p_seq + 1, '{}'::jsonb);
  ELSE
    SELECT array_agg(f) INTO v_winners
    FROM (SELECT jsonb_array_elements_text(v_fields) AS f WHERE v_fields IS NOT NULL
          UNION ALL
          SELECT k FROM jsonb_object_keys(v_payload) AS k WHERE v_fields IS NULL AND k NOT IN ('id', 'created_at')) c
    WHERE (v_hlc, p_office COLLATE "C") >
          (coalesce((v_ex.versions -> f ->> 0)::bigint, v_ex.hlc), coalesce(v_ex.versions -> f ->> 1, v_ex.origin) COLLATE "C");
    IF v_winners IS NULL THEN
      o_outcome := 'superseded';
      RETURN;
    END IF;
    UPDATE mb.master_rows SET
      payload = payload || (SELECT jsonb_object_agg(w, v_payload -> w) FROM unnest(v_winners) AS w),
      versions = versions || (SELECT jsonb_object_agg(w, jsonb_build_array(v_hlc, p_office)) FROM unnest(v_winners) AS w),
      seq = p_seq + 1
    WHERE table_name = v_table AND row_id = v_row;
  END IF;
  -- Logged as sent: every office applies the same per-field rule to it and reaches the same row.
  p_seq := p_seq + 1;
  INSERT INTO mb.change_log (seq, office_code, mutation_id, table_name, row_id, hlc, fields, payload)
    VALUES (p_seq, p_office, v_id, v_table, v_row, v_hlc, v_fields, v_payload);
  o_outcome := 'applied';
END
$$;

-- An insert-only fact: first version wins; the same content again is a no-op; other content is a conflict.
CREATE FUNCTION mb.apply_fact(p_office text, p_m jsonb, v_id uuid, INOUT p_seq bigint, OUT o_outcome text, OUT o_existing jsonb)
LANGUAGE plpgsql SECURITY DEFINER SET search_path = mb, pg_temp AS $$
DECLARE
  v_table text := p_m ->> 'table';
  v_row text := p_m ->> 'rowId';
  v_payload jsonb := p_m -> 'payload';
BEGIN
  SELECT payload INTO o_existing FROM mb.facts WHERE table_name = v_table AND row_id = v_row;
  IF FOUND THEN
    IF o_existing = v_payload THEN
      o_outcome := 'same_fact';
      o_existing := NULL;
    ELSE
      INSERT INTO mb.conflicts (mutation_id, office_code, table_name, row_id, existing, incoming, kind)
        VALUES (v_id, p_office, v_table, v_row, o_existing, v_payload, 'mismatch');
      o_outcome := 'conflict';
    END IF;
    RETURN;
  END IF;
  -- Recurring billing runs only in the customer's home office; this is the backstop if two offices billed.
  IF v_table = 'ledger_lines' AND v_payload ->> 'kind' = 'plan' THEN
    SELECT payload INTO o_existing FROM mb.facts
      WHERE table_name = 'ledger_lines' AND payload ->> 'kind' = 'plan'
        AND payload ->> 'subscription_id' = v_payload ->> 'subscription_id'
        AND payload ->> 'period_start' = v_payload ->> 'period_start';
    IF FOUND THEN
      INSERT INTO mb.conflicts (mutation_id, office_code, table_name, row_id, existing, incoming, kind)
        VALUES (v_id, p_office, v_table, v_row, o_existing, v_payload, 'refused');
      o_outcome := 'refused';
      RETURN;
    END IF;
  END IF;
  p_seq := p_seq + 1;
  INSERT INTO mb.change_log (seq, office_code, mutation_id, table_name, row_id, hlc, fields, payload)
    VALUES (p_seq, p_office, v_id, v_table, v_row, NULL, NULL, v_payload);
  INSERT INTO mb.facts (table_name, row_id, payload, office_code, seq)
    VALUES (v_table, v_row, v_payload, p_office, p_seq);
  o_outcome := 'applied';
END
$$;

DROP FUNCTION mb.apply_mutation(text, jsonb, bigint);

-- One mutation's fate. Called only from sync_push, under the head lock, after its id was checked.
CREATE FUNCTION mb.apply_mutation(p_office text, p_m jsonb, INOUT p_seq bigint, OUT o_outcome text, OUT o_existing jsonb)
LANGUAGE plpgsql SECURITY DEFINER SET search_path = mb, pg_temp AS $$
DECLARE
  v_id uuid := (p_m ->> 'id')::uuid;
  v_table text := p_m ->> 'table';
  v_row text := p_m ->> 'rowId';
  v_payload jsonb := p_m -> 'payload';
  v_kind text;
BEGIN
  SELECT kind INTO v_kind FROM mb.synced_tables WHERE name = v_table;
  IF v_kind IS NULL OR v_row IS NULL OR jsonb_typeof(v_payload) IS DISTINCT FROM 'object'
     OR v_payload ->> 'id' IS DISTINCT FROM v_row THEN
    RAISE EXCEPTION 'SYNC_BAD_BATCH: malformed mutation %', left(p_m::text, 200) USING ERRCODE = 'MBBAD';
  END IF;
  IF v_kind = 'master' THEN
    SELECT r.p_seq, r.o_outcome INTO p_seq, o_outcome FROM mb.apply_master(p_office, p_m, v_id, p_seq) AS r;
  ELSE
    SELECT r.p_seq, r.o_outcome, r.o_existing INTO p_seq, o_outcome, o_existing FROM mb.apply_fact(p_office, p_m, v_id, p_seq) AS r;
  END IF;
  INSERT INTO mb.processed_mutations (mutation_id, office_code, outcome, seq)
    VALUES (v_id, p_office, o_outcome, CASE WHEN o_outcome = 'applied' THEN p_seq END);
END
$$;

-- Push a batch (JSON array of {id, table, rowId, hlc, fields, payload}) in order. Idempotent per mutation id.
-- Returns {accepted, duplicates, rejected: [{id, kind, reason, existing}], head}.
CREATE OR REPLACE FUNCTION mb.sync_push(p_office text, p_schema_version integer, p_batch jsonb) RETURNS jsonb
LANGUAGE plpgsql SECURITY DEFINER SET search_path = mb, pg_temp AS $$
DECLARE
  v_seq bigint;
  v_m jsonb;
  v_prev text;
  v_outcome text;
  v_existing jsonb;
  v_accepted integer := 0;
  v_duplicates integer := 0;
  v_rejected jsonb := '[]'::jsonb;
BEGIN
  PERFORM mb.check_caller(p_office, p_schema_version);
  IF jsonb_typeof(p_batch) IS DISTINCT FROM 'array' THEN
    RAISE EXCEPTION 'SYNC_BAD_BATCH: the batch must be a JSON array' USING ERRCODE = 'MBBAD';
  END IF;
  -- The serialisation point (see mb.change_head).
  SELECT last_seq INTO v_seq FROM mb.change_head WHERE id = 1 FOR UPDATE;
  FOR v_m IN SELECT value FROM jsonb_array_elements(p_batch) LOOP
    IF jsonb_typeof(v_m) IS DISTINCT FROM 'object'
       OR (v_m ->> 'id') !~ '^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$' THEN
      RAISE EXCEPTION 'SYNC_BAD_BATCH: malformed mutation %', left(v_m::text, 200) USING ERRCODE = 'MBBAD';
    END IF;
    v_existing := NULL;
    -- By uuid, so the primary key answers (a text comparison would read the whole table per mutation).
    SELECT outcome INTO v_prev FROM mb.processed_mutations
      WHERE mutation_id = (v_m ->> 'id')::uuid AND office_code = p_office;
    IF FOUND THEN
      v_duplicates := v_duplicates + 1;
      v_outcome := v_prev;
    ELSE
      SELECT r.p_seq, r.o_outcome, r.o_existing INTO v_seq, v_outcome, v_existing FROM mb.apply_mutation(p_office, v_m, v_seq) AS r;
      IF v_outcome IN ('applied', 'superseded', 'same_fact') THEN
        v_accepted := v_accepted + 1;
      END IF;
    END IF;
    IF v_outcome = 'conflict' THEN
      v_rejected := v_rejected || jsonb_build_object('id', v_m ->> 'id', 'kind', 'mismatch',
        'reason', 'same id, different content', 'existing', v_existing);
    ELSIF v_outcome = 'refused' THEN
      v_rejected := v_rejected || jsonb_build_object('id', v_m ->> 'id', 'kind', 'refused',
        'reason', 'this subscription period is already billed by another invoice', 'existing', v_existing);
    END IF;
  END LOOP;
  UPDATE mb.change_head SET last_seq = v_seq WHERE id = 1;
  RETURN jsonb_build_object('accepted', v_accepted, 'duplicates', v_duplicates, 'rejected', v_rejected, 'head', v_seq);
END
$$;

DROP FUNCTION mb.sync_pull(text, integer, bigint, integer);

-- Changes after a cursor, in commit order, at most p_limit (1..5000).
CREATE FUNCTION mb.sync_pull(p_office text, p_schema_version integer, p_after bigint, p_limit integer)
RETURNS TABLE (seq bigint, office_code text, table_name text, row_id text, hlc bigint, fields jsonb, payload jsonb)
LANGUAGE plpgsql SECURITY DEFINER SET search_path = mb, pg_temp AS $$
BEGIN
  PERFORM mb.check_caller(p_office, p_schema_version);
  IF p_after IS NULL OR p_after < 0 OR p_limit IS NULL OR p_limit < 1 OR p_limit > 5000 THEN
    RAISE EXCEPTION 'SYNC_BAD_BATCH: cursor must be >= 0 and limit 1..5000' USING ERRCODE = 'MBBAD';
  END IF;
  RETURN QUERY
    SELECT c.seq, c.office_code, c.table_name, c.row_id, c.hlc, c.fields, c.payload
    FROM mb.change_log c WHERE c.seq > p_after ORDER BY c.seq LIMIT p_limit;
END
$$;

-- Balances stay derived from the ledger facts (view unchanged); master data's current state per table:
CREATE VIEW mb.current_rows AS
SELECT table_name, row_id, payload FROM mb.master_rows
UNION ALL
SELECT table_name, row_id, payload FROM mb.facts;

REVOKE ALL ON ALL TABLES IN SCHEMA mb FROM PUBLIC;
REVOKE ALL ON FUNCTION mb.apply_master(text, jsonb, uuid, bigint) FROM PUBLIC;
REVOKE ALL ON FUNCTION mb.apply_fact(text, jsonb, uuid, bigint) FROM PUBLIC;
REVOKE ALL ON FUNCTION mb.apply_mutation(text, jsonb, bigint) FROM PUBLIC;
REVOKE ALL ON FUNCTION mb.sync_push(text, integer, jsonb) FROM PUBLIC;
REVOKE ALL ON FUNCTION mb.sync_pull(text, integer, bigint, integer) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION mb.sync_push(text, integer, jsonb) TO mb_office;
GRANT EXECUTE ON FUNCTION mb.sync_pull(text, integer, bigint, integer) TO mb_office;
