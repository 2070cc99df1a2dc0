-- Set-based push for the common batch: only ledger facts central has never seen (P7, issue 7).
-- The per-mutation loop of 0002 spends ~0.15 ms of plpgsql per row (a lookup in processed_mutations,
-- synced_tables and facts, three single-row inserts). A batch of brand-new facts takes one validity
-- check, three existence checks and three INSERT ... SELECT instead. Any batch that could take another
-- path (a master row, a replayed id, a fact central already holds, a plan line for an already billed
-- period, duplicates inside the batch, anything malformed) goes through the loop exactly as before, so
-- outcomes are identical; only the work per row changes. Sequence numbers are the head + position in the
-- batch, which is the order the loop would have given them.

-- True when every mutation of the batch is a well-formed fact of a synced table with a distinct id and row.
CREATE FUNCTION mb.batch_is_wellformed_facts(p_batch jsonb) RETURNS boolean
LANGUAGE sql STABLE SET search_path = mb, pg_temp AS $$
  SELECT count(*) > 0
     -- coalesce inside: bool_and skips NULLs, and an unknown table makes its row's test NULL.
     AND bool_and(coalesce(
           jsonb_typeof(b.m) = 'object'
           AND (b.m ->> 'id') ~ '^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$'
           AND b.m ->> 'rowId' IS NOT NULL
           AND jsonb_typeof(b.m -> 'payload') = 'object'
           AND b.m -> 'payload' ->> 'id' = b.m ->> 'rowId'
           AND t.kind = 'fact', false))
     AND count(DISTINCT b.m ->> 'id') = count(*)
     AND count(DISTINCT (b.m ->> 'table', b.m ->> 'rowId')) = count(*)
  FROM jsonb_array_elements(p_batch) AS b(m)
  LEFT JOIN mb.synced_tables t ON t.name = b.m ->> 'table'
$$;

-- True when none of the (well-formed) facts was seen before and no plan line would hit the backstop.
-- Each probe is `column = ANY(array)` so the planner answers it from the index, row by row; a join
-- against the batch would let it hash-join and read the whole (ever-growing) table per push.
CREATE FUNCTION mb.batch_is_unseen(p_batch jsonb) RETURNS boolean
LANGUAGE plpgsql STABLE SET search_path = mb, pg_temp AS $$
DECLARE
  v_ids uuid[];
  v_tables text[];
  v_rows text[];
  v_subscriptions text[];
  v_plan_keys text[];
BEGIN
  SELECT array_agg((m ->> 'id')::uuid), array_agg(DISTINCT m ->> 'table'), array_agg(m ->> 'rowId')
    INTO v_ids, v_tables, v_rows
    FROM jsonb_array_elements(p_batch) AS e(m);
  SELECT array_agg(m -> 'payload' ->> 'subscription_id'),
         array_agg((m -> 'payload' ->> 'subscription_id') || '|' || (m -> 'payload' ->> 'period_start'))
    INTO v_subscriptions, v_plan_keys
    FROM jsonb_array_elements(p_batch) AS e(m)
    WHERE m ->> 'table' = 'ledger_lines' AND m -> 'payload' ->> 'kind' = 'plan';
  IF EXISTS (SELECT 1 FROM mb.processed_mutations WHERE mutation_id = ANY (v_ids))
     OR EXISTS (SELECT 1 FROM mb.change_log WHERE mutation_id = ANY (v_ids))
     -- Row ids are UUIDs, so matching both lists is exact in practice; a false hit only means the loop.
     OR EXISTS (SELECT 1 FROM mb.facts WHERE table_name = ANY (v_tables) AND row_id = ANY (v_rows)) THEN
    RETURN false;
  END IF;
  IF v_plan_keys IS NULL THEN
    RETURN true;
  END IF;
  -- A plan line without both keys, two for one period in this batch, or one for a period already billed.
  IF array_position(v_plan_keys, NULL) IS NOT NULL
     OR cardinality(v_plan_keys) <> (SELECT count(DISTINCT k) FROM unnest(v_plan_keys) AS k) THEN
    RETURN false;
  END IF;
  RETURN NOT EXISTS (
    SELECT 1 FROM mb.facts
    WHERE table_name = 'ledger_lines' AND payload ->> 'kind' = 'plan'
      AND (payload ->> 'subscription_id') = ANY (v_subscriptions)
      AND (payload ->> 'subscription_id') || '|' || (payload ->> 'period_start') = ANY (v_plan_keys));
END
$$;

-- Inserts a batch that passed both checks; returns how many rows it took (the head moves by that much).
CREATE FUNCTION mb.insert_new_facts(p_office text, p_batch jsonb, p_after bigint) RETURNS integer
LANGUAGE sql SECURITY DEFINER SET search_path = mb, pg_temp AS $$
  WITH b AS MATERIALIZED (
    SELECT p_after + e.ord AS seq, (e.m ->> 'id')::uuid AS mutation_id, e.m ->> 'table' AS table_name,
           e.m ->> 'rowId' AS row_id, e.m -> 'payload' AS payload
    FROM jsonb_array_elements(p_batch) WITH ORDINALITY AS e(m, ord)
  ), logged AS (
    INSERT INTO mb.change_log (seq, office_code, mutation_id, table_name, row_id, hlc, fields, payload)
      SELECT seq, p_office, mutation_id, table_name, row_id, NULL, NULL, payload FROM b
  ), stored AS (
    INSERT INTO mb.facts (table_name, row_id, payload, office_code, seq)
      SELECT table_name, row_id, payload, p_office, seq FROM b
  ), processed AS (
    INSERT INTO mb.processed_mutations (mutation_id, office_code, outcome, seq)
      SELECT mutation_id, p_office, 'applied', seq FROM b
  )
  SELECT count(*)::integer FROM b
$$;

-- As in 0002, with the fast path taken first when the whole batch qualifies.
CREATE OR REPLACE FUNCTION mb.sync_push(p_office text, p_schema_version integer, p_batch jsonb) RETURNS jsonb
LANGUAGE plpgsql SECURITY DEFINER SET search_path = mb, pg_temp AS $$
DECLARE
  v_seq bigint;
  v_m jsonb;
  v_prev text;
  v_outcome text;
  v_existing jsonb;
  v_count integer;
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
  -- Nested, not AND: the second check casts ids to uuid and must only see a batch the first one passed.
  IF mb.batch_is_wellformed_facts(p_batch) THEN
    IF mb.batch_is_unseen(p_batch) THEN
      v_count := mb.insert_new_facts(p_office, p_batch, v_seq);
      v_seq := v_seq + v_count;
      UPDATE mb.change_head SET last_seq = v_seq WHERE id = 1;
      RETURN jsonb_build_object('accepted', v_count, 'duplicates', 0, 'rejected', '[]'::jsonb, 'head', v_seq);
    END IF;
  END IF;
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

REVOKE ALL ON FUNCTION mb.batch_is_wellformed_facts(jsonb) FROM PUBLIC;
REVOKE ALL ON FUNCTION mb.batch_is_unseen(jsonb) FROM PUBLIC;
REVOKE ALL ON FUNCTION mb.insert_new_facts(text, jsonb, bigint) FROM PUBLIC;
