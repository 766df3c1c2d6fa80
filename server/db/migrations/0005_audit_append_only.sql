-- The audit log is append-only in the database itself, not only in the application: any UPDATE,
-- DELETE or TRUNCATE of audit_events fails. (A database owner can still disable the trigger; the
-- hash chain is what makes such tampering visible to `npm run audit -- verify`.)
CREATE FUNCTION careline_audit_events_append_only() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'audit_events is append-only: % is not allowed', TG_OP
    USING ERRCODE = 'insufficient_privilege';
END;
$$;
--> statement-breakpoint
CREATE TRIGGER audit_events_append_only
  BEFORE UPDATE OR DELETE ON audit_events
  FOR EACH ROW EXECUTE FUNCTION careline_audit_events_append_only();
--> statement-breakpoint
CREATE TRIGGER audit_events_no_truncate
  BEFORE TRUNCATE ON audit_events
  FOR EACH STATEMENT EXECUTE FUNCTION careline_audit_events_append_only();
