-- PostgreSQL roles for Lindungi (issue 16 item 5): an owner that holds the schema and runs the
-- migrations, and the application's role, which can only SELECT and INSERT the audit log (no
-- UPDATE, DELETE or TRUNCATE: the append-only triggers stop an accident, this stops the server's
-- own credentials, which cannot drop a trigger either since they do not own the table).
--
-- Run as a superuser (or a role with CREATEROLE that is a member of the owner role), in the
-- database and with the search_path of the schema Lindungi uses, AFTER the migrations ran once
-- (e.g. `lindungi serve --db postgresql://pemilik@…` started and stopped, or any command as the
-- owner). Role names come from the settings lindungi.owner_role and lindungi.app_role, by default
-- lindungi_pemilik and lindungi_app:
--   PGOPTIONS='-c lindungi.app_role=lindungi_app' psql "postgresql://postgres@host/lindungi" -f scripts/pg-roles.sql
-- Then give both roles a password (ALTER ROLE … PASSWORD) and run the server as lindungi_app.
-- New migrations are applied by the owner (run the new binary once as the owner, then as the
-- application again), and this script is run again: it is idempotent and grants on new tables.
-- docs/SECURITY.md and docs/STORAGE.md describe it; tests/unit/audit_key_test.cpp applies it.
DO $$
DECLARE
  owner_role text := coalesce(nullif(current_setting('lindungi.owner_role', true), ''), 'lindungi_pemilik');
  app_role text := coalesce(nullif(current_setting('lindungi.app_role', true), ''), 'lindungi_app');
  schema_name text := current_schema();
  r record;
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = owner_role) THEN
    EXECUTE format('CREATE ROLE %I LOGIN', owner_role);
  END IF;
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = app_role) THEN
    EXECUTE format('CREATE ROLE %I LOGIN', app_role);
  END IF;
  EXECUTE format('ALTER SCHEMA %I OWNER TO %I', schema_name, owner_role);
  EXECUTE format('REVOKE ALL ON SCHEMA %I FROM %I', schema_name, app_role);
  EXECUTE format('GRANT USAGE ON SCHEMA %I TO %I', schema_name, app_role);
  -- Tables (their identity sequences follow them) and views: the owner owns them all.
  FOR r IN SELECT c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
           WHERE n.nspname = schema_name AND c.relkind IN ('r', 'p', 'v', 'm') LOOP
    EXECUTE format('ALTER TABLE %I.%I OWNER TO %I', schema_name, r.relname, owner_role);
    EXECUTE format('REVOKE ALL ON %I.%I FROM %I', schema_name, r.relname, app_role);
    IF r.relname = 'audit_log' THEN
      EXECUTE format('GRANT SELECT, INSERT ON %I.%I TO %I', schema_name, r.relname, app_role);
    ELSE
      -- Everything the application does, but never TRUNCATE.
      EXECUTE format('GRANT SELECT, INSERT, UPDATE, DELETE ON %I.%I TO %I', schema_name, r.relname, app_role);
    END IF;
  END LOOP;
  -- Sequences: the application draws from them (serial columns; identity columns need no grant).
  -- One that belongs to a column moved with its table above.
  FOR r IN SELECT c.relname,
                  EXISTS (SELECT 1 FROM pg_depend d WHERE d.objid = c.oid AND d.deptype IN ('a', 'i')) AS linked
           FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
           WHERE n.nspname = schema_name AND c.relkind = 'S' LOOP
    IF NOT r.linked THEN
      EXECUTE format('ALTER SEQUENCE %I.%I OWNER TO %I', schema_name, r.relname, owner_role);
    END IF;
    EXECUTE format('GRANT USAGE, SELECT ON SEQUENCE %I.%I TO %I', schema_name, r.relname, app_role);
  END LOOP;
  -- The append-only trigger functions belong to the owner too: the application cannot replace them.
  FOR r IN SELECT p.oid::regprocedure AS f FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace
           WHERE n.nspname = schema_name LOOP
    EXECUTE format('ALTER FUNCTION %s OWNER TO %I', r.f, owner_role);
  END LOOP;
END
$$;
