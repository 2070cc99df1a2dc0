-- Central sync schema, protocol version 1 (docs/decisions/0015-sync.md, docs/central-database.md).
-- Everything lives in schema `mb`, owned by the admin who runs the migrations. Offices log in with their
-- own roles (members of `mb_office`) and may only EXECUTE the two SECURITY DEFINER functions below:
-- no table is granted to them, and each function checks that the calling login role belongs to the
-- office it claims to be.

CREATE SCHEMA mb;

DO $$
BEGIN
  -- Roles are per cluster, not per database: a second database in the same cluster reuses the group.
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'mb_office') THEN
    CREATE ROLE mb_office NOLOGIN;
  END IF;
END
$$;

REVOKE ALL ON SCHEMA mb FROM PUBLIC;
GRANT USAGE ON SCHEMA mb TO mb_office;

-- The sync protocol this database speaks. An office sends its own on every call; any difference is
-- refused with SYNC_UPDATE_REQUIRED before anything is read or written.
CREATE TABLE mb.protocol (
  id integer PRIMARY KEY CHECK (id = 1),
  schema_version integer NOT NULL
);
INSERT INTO mb.protocol (id, schema_version) VALUES (1, 1);

CREATE TABLE mb.offices (
  code text PRIMARY KEY CHECK (code ~ '^[A-Z0-9]{2,10}$'),
  name text NOT NULL,
  role_name text NOT NULL UNIQUE,
  created_at timestamptz NOT NULL DEFAULT now()
);

-- The single head row every push locks first (SELECT ... FOR UPDATE) and keeps locked until commit.
-- Pushes therefore take sequence numbers one transaction at a time and commit in that order, so a
-- reader that has seen seq N can never later meet a newly committed row with a number <= N.
CREATE TABLE mb.change_head (
  id integer PRIMARY KEY CHECK (id = 1),
  last_seq bigint NOT NULL
);
INSERT INTO mb.change_head (id, last_seq) VALUES (1, 0);

-- What offices pull: every accepted change, in commit order.
CREATE TABLE mb.change_log (
  seq bigint PRIMARY KEY,
  office_code text NOT NULL REFERENCES mb.offices (code),
  mutation_id uuid NOT NULL UNIQUE,
  table_name text NOT NULL,
  row_id text NOT NULL,
  hlc bigint,
  payload jsonb NOT NULL,
  committed_at timestamptz NOT NULL DEFAULT now()
);

-- Every mutation id ever pushed, with what became of it: a replayed batch gets the same answer and
-- writes nothing.
CREATE TABLE mb.processed_mutations (
  mutation_id uuid PRIMARY KEY,
  office_code text NOT NULL REFERENCES mb.offices (code),
  outcome text NOT NULL CHECK (outcome IN ('applied', 'superseded', 'same_fact', 'conflict')),
  seq bigint,
  processed_at timestamptz NOT NULL DEFAULT now()
);

-- Current state on the central side. Ledger facts: insert-only, first version wins, a different
-- version of the same id is a conflict. Master data: the newest (hlc, office) version per row.
CREATE TABLE mb.facts (
  table_name text NOT NULL,
  row_id text NOT NULL,
  payload jsonb NOT NULL,
  office_code text NOT NULL REFERENCES mb.offices (code),
  seq bigint NOT NULL,
  PRIMARY KEY (table_name, row_id)
);

CREATE TABLE mb.master_rows (
  table_name text NOT NULL,
  row_id text NOT NULL,
  hlc bigint NOT NULL,
  origin text NOT NULL,
  payload jsonb NOT NULL,
  seq bigint NOT NULL,
  PRIMARY KEY (table_name, row_id)
);

CREATE TABLE mb.conflicts (
  id bigserial PRIMARY KEY,
  mutation_id uuid NOT NULL,
  office_code text NOT NULL,
  table_name text NOT NULL,
  row_id text NOT NULL,
  existing jsonb NOT NULL,
  incoming jsonb NOT NULL,
  detected_at timestamptz NOT NULL DEFAULT now()
);

-- Balances are derived, never synced: central computes them from the ledger facts like an office does.
CREATE VIEW mb.customer_balances AS
SELECT payload ->> 'customer_id' AS customer_id,
       sum((payload ->> 'amount_minor')::bigint) AS balance_minor,
       count(*) AS entries
FROM mb.facts
WHERE table_name = 'ledger_entries'
GROUP BY payload ->> 'customer_id';

-- Refuses a call from the wrong protocol version or from a login role that is not the office's.
CREATE FUNCTION mb.check_caller(p_office text, p_schema_version integer) RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = mb, pg_temp AS $$
DECLARE
  v_central integer;
BEGIN
  SELECT schema_version INTO v_central FROM mb.protocol WHERE id = 1;
  IF p_schema_version IS DISTINCT FROM v_central THEN
    RAISE EXCEPTION 'SYNC_UPDATE_REQUIRED: the office speaks sync schema % and the central database %',
      p_schema_version, v_central USING ERRCODE = 'MBUPD';
  END IF;
  IF NOT EXISTS (SELECT 1 FROM mb.offices WHERE code = p_office AND role_name = session_user) THEN
    RAISE EXCEPTION 'SYNC_FORBIDDEN: role % may not sync as office %', session_user, p_office
      USING ERRCODE = 'MBDNY';
  END IF;
END
$$;

-- One mutation's fate. Called only from sync_push, under the head lock.
CREATE FUNCTION mb.apply_mutation(p_office text, p_m jsonb, INOUT p_seq bigint, OUT o_outcome text)
LANGUAGE plpgsql SECURITY DEFINER SET search_path = mb, pg_temp AS $$
DECLARE
  v_id uuid;
  v_table text := p_m ->> 'table';
  v_row text := p_m ->> 'rowId';
  v_payload jsonb := p_m -> 'payload';
  v_hlc bigint;
  v_existing jsonb;
  v_ex_hlc bigint;
  v_ex_origin text;
BEGIN
  IF jsonb_typeof(p_m) <> 'object' OR v_table IS NULL OR v_row IS NULL
     OR v_table NOT IN ('customers', 'ledger_entries', 'ledger_lines')
     OR jsonb_typeof(v_payload) IS DISTINCT FROM 'object' OR v_payload ->> 'id' IS DISTINCT FROM v_row
     OR (p_m ->> 'id') !~ '^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$' THEN
    RAISE EXCEPTION 'SYNC_BAD_BATCH: malformed mutation %', left(p_m::text, 200) USING ERRCODE = 'MBBAD';
  END IF;
  v_id := (p_m ->> 'id')::uuid;
  IF v_table = 'customers' THEN
    IF jsonb_typeof(p_m -> 'hlc') IS DISTINCT FROM 'number' THEN
      RAISE EXCEPTION 'SYNC_BAD_BATCH: master data needs an hlc (%)', v_id USING ERRCODE = 'MBBAD';
    END IF;
    v_hlc := (p_m ->> 'hlc')::bigint;
    SELECT hlc, origin INTO v_ex_hlc, v_ex_origin FROM mb.master_rows
      WHERE table_name = v_table AND row_id = v_row FOR UPDATE;
    IF FOUND AND (v_hlc, p_office COLLATE "C") <= (v_ex_hlc, v_ex_origin COLLATE "C") THEN
      o_outcome := 'superseded';
    ELSE
      p_seq := p_seq + 1;
      INSERT INTO mb.change_log (seq, office_code, mutation_id, table_name, row_id, hlc, payload)
        VALUES (p_seq, p_office, v_id, v_table, v_row, v_hlc, v_payload);
      INSERT INTO mb.master_rows (table_name, row_id, hlc, origin, payload, seq)
        VALUES (v_table, v_row, v_hlc, p_office, v_payload, p_seq)
        ON CONFLICT (table_name, row_id) DO UPDATE
        SET hlc = excluded.hlc, origin = excluded.origin, payload = excluded.payload, seq = excluded.seq;
      o_outcome := 'applied';
    END IF;
  ELSE
    SELECT payload INTO v_existing FROM mb.facts WHERE table_name = v_table AND row_id = v_row;
    IF NOT FOUND THEN
      p_seq := p_seq + 1;
      INSERT INTO mb.change_log (seq, office_code, mutation_id, table_name, row_id, hlc, payload)
        VALUES (p_seq, p_office, v_id, v_table, v_row, NULL, v_payload);
      INSERT INTO mb.facts (table_name, row_id, payload, office_code, seq)
        VALUES (v_table, v_row, v_payload, p_office, p_seq);
      o_outcome := 'applied';
    ELSIF v_existing = v_payload THEN
      o_outcome := 'same_fact';
    ELSE
      INSERT INTO mb.conflicts (mutation_id, office_code, table_name, row_id, existing, incoming)
        VALUES (v_id, p_office, v_table, v_row, v_existing, v_payload);
      o_outcome := 'conflict';
    END IF;
  END IF;
  INSERT INTO mb.processed_mutations (mutation_id, office_code, outcome, seq)
    VALUES (v_id, p_office, o_outcome, CASE WHEN o_outcome = 'applied' THEN p_seq END);
END
$$;

-- Push a batch (JSON array of {id, table, rowId, hlc, payload}) in order. Idempotent per mutation id.
-- Returns {accepted, duplicates, rejected: [{id, reason}], head}.
CREATE FUNCTION mb.sync_push(p_office text, p_schema_version integer, p_batch jsonb) RETURNS jsonb
LANGUAGE plpgsql SECURITY DEFINER SET search_path = mb, pg_temp AS $$
DECLARE
  v_seq bigint;
  v_m jsonb;
  v_prev text;
  v_outcome text;
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
    SELECT outcome INTO v_prev FROM mb.processed_mutations
      WHERE mutation_id::text = v_m ->> 'id' AND office_code = p_office;
    IF FOUND THEN
      v_duplicates := v_duplicates + 1;
      v_outcome := v_prev;
    ELSE
      SELECT r.p_seq, r.o_outcome INTO v_seq, v_outcome FROM mb.apply_mutation(p_office, v_m, v_seq) AS r;
      IF v_outcome IN ('applied', 'superseded', 'same_fact') THEN
        v_accepted := v_accepted + 1;
      END IF;
    END IF;
    IF v_outcome = 'conflict' THEN
      v_rejected := v_rejected || jsonb_build_object('id', v_m ->> 'id', 'reason', 'same id, different content');
    END IF;
  END LOOP;
  UPDATE mb.change_head SET last_seq = v_seq WHERE id = 1;
  RETURN jsonb_build_object('accepted', v_accepted, 'duplicates', v_duplicates, 'rejected', v_rejected, 'head', v_seq);
END
$$;

-- Changes after a cursor, in commit order, at most p_limit (1..5000).
CREATE FUNCTION mb.sync_pull(p_office text, p_schema_version integer, p_after bigint, p_limit integer)
RETURNS TABLE (seq bigint, office_code text, table_name text, row_id text, hlc bigint, payload jsonb)
LANGUAGE plpgsql SECURITY DEFINER SET search_path = mb, pg_temp AS $$
BEGIN
  PERFORM mb.check_caller(p_office, p_schema_version);
  IF p_after IS NULL OR p_after < 0 OR p_limit IS NULL OR p_limit < 1 OR p_limit > 5000 THEN
    RAISE EXCEPTION 'SYNC_BAD_BATCH: cursor must be >= 0 and limit 1..5000' USING ERRCODE = 'MBBAD';
  END IF;
  RETURN QUERY
    SELECT c.seq, c.office_code, c.table_name, c.row_id, c.hlc, c.payload
    FROM mb.change_log c WHERE c.seq > p_after ORDER BY c.seq LIMIT p_limit;
END
$$;

REVOKE ALL ON ALL TABLES IN SCHEMA mb FROM PUBLIC;
REVOKE ALL ON ALL SEQUENCES IN SCHEMA mb FROM PUBLIC;
REVOKE ALL ON FUNCTION mb.check_caller(text, integer) FROM PUBLIC;
REVOKE ALL ON FUNCTION mb.apply_mutation(text, jsonb, bigint) FROM PUBLIC;
REVOKE ALL ON FUNCTION mb.sync_push(text, integer, jsonb) FROM PUBLIC;
REVOKE ALL ON FUNCTION mb.sync_pull(text, integer, bigint, integer) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION mb.sync_push(text, integer, jsonb) TO mb_office;
GRANT EXECUTE ON FUNCTION mb.sync_pull(text, integer, bigint, integer) TO mb_office;
