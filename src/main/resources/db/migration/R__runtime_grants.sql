-- What the runtime role may do, kept in one place (Flyway runs this file again whenever it changes; the afterMigrate
-- callback then calls awards_grant_runtime). The role named by AWARDS_DB_RUNTIME_ROLE reads and writes the ordinary
-- tables, only reads and appends to the history, its snapshots, its checkpoints and the ledger of the program "Sóng và
-- máy tính cho em" (awards_append_only_tables), and
-- only reads the reference tables that decide what reports count (awards_read_only_tables): the stages of a
-- dossier's path, which the report tallies' trigger functions read as whoever moves a dossier.

create or replace function awards_append_only_tables() returns text[]
    language sql immutable
as $$ select array['dossier_event', 'dossier_snapshot', 'audit_checkpoint', 'song_entry', 'song_confirmation',
                    'song_evidence'] $$;

create or replace function awards_read_only_tables() returns text[]
    language sql immutable
as $$ select array['dossier_stage'] $$;

create or replace function awards_grant_runtime(runtime_role text) returns void
    language plpgsql
as $$
declare
    t text;
begin
    if runtime_role is null or runtime_role = '' then
        return;
    end if;
    if not exists (select 1 from pg_roles where rolname = runtime_role) then
        raise notice 'runtime role % does not exist: no privileges granted', runtime_role;
        return;
    end if;
    execute format('grant usage on schema %I to %I', current_schema(), runtime_role);
    execute format('grant select, insert, update, delete on all tables in schema %I to %I', current_schema(), runtime_role);
    execute format('grant usage, select on all sequences in schema %I to %I', current_schema(), runtime_role);
    foreach t in array awards_append_only_tables() loop
        execute format('revoke update, delete, truncate on %I from %I', t, runtime_role);
    end loop;
    foreach t in array awards_read_only_tables() loop
        execute format('revoke insert, update, delete, truncate on %I from %I', t, runtime_role);
    end loop;
    -- Flyway's own bookkeeping is the migration user's business only.
    if exists (select 1 from pg_tables where schemaname = current_schema() and tablename = 'flyway_schema_history') then
        execute format('revoke insert, update, delete on flyway_schema_history from %I', runtime_role);
    end if;
end
$$;
