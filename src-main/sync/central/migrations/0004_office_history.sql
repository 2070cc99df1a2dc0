-- Whether central already holds changes pushed by an office (issue 7: no invoice number handed out twice).
-- A fresh install that joins under an office code already in use, without restoring that office from
-- central first (bootstrap), would start its invoice, credit-note and account numbers at 1 again. The
-- office asks this once, before its first push or pull, and refuses to sync (SYNC_OFFICE_IN_USE) if so.

CREATE INDEX processed_mutations_office ON mb.processed_mutations (office_code);

CREATE FUNCTION mb.office_has_history(p_office text, p_schema_version integer) RETURNS boolean
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = mb, pg_temp AS $$
BEGIN
  PERFORM mb.check_caller(p_office, p_schema_version);
  RETURN EXISTS (SELECT 1 FROM mb.processed_mutations WHERE office_code = p_office);
END
$$;

REVOKE ALL ON FUNCTION mb.office_has_history(text, integer) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION mb.office_has_history(text, integer) TO mb_office;
