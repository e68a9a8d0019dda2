-- The dossier's history becomes a record an inspector can trust (issue 6):
--  * every event carries a SHA-256 hash chained to the previous event's hash (one global chain, in the
--    order of chain_seq, which is handed out under a transaction-level advisory lock so that two concurrent
--    transactions cannot fork the chain);
--  * the table is append-only, enforced by PostgreSQL itself: triggers refuse UPDATE, DELETE and TRUNCATE
--    for everyone, the table's owner and superusers included (only someone who may disable triggers on the
--    table, i.e. its owner or a superuser, can get round them, and the hash chain then shows the damage);
--  * the application's runtime role, when it is not the owner, gets only SELECT and INSERT on it
--    (see awards_grant_runtime below and the afterMigrate callback).
--
-- The hash input is a text made of the stored fields, each written as "<length in characters>:<value>"
-- (or "~" for null) and separated by "|"; the time is microseconds since the epoch (UTC), exactly as
-- stored. The Java verifier (audit.AuditChain) rebuilds the same text independently.

alter table dossier_event add column chain_seq bigint;
alter table dossier_event add column prev_hash bytea;
alter table dossier_event add column hash bytea;

create function awards_chain_field(value text) returns text
    language sql immutable
as $$ select case when value is null then '~' else length(value)::text || ':' || value end $$;

create function awards_dossier_event_digest(prev bytea, dossier_id bigint, occurred_at timestamptz,
                                            actor_username text, actor_name text, actor_unit_name text,
                                            action text, from_status text, to_status text, note text)
    returns bytea
    language sql immutable
as $$
select sha256(convert_to(
        awards_chain_field(case when prev is null then null else encode(prev, 'hex') end) || '|' ||
        awards_chain_field(dossier_id::text) || '|' ||
        awards_chain_field(((extract(epoch from occurred_at) * 1000000)::bigint)::text) || '|' ||
        awards_chain_field(actor_username) || '|' ||
        awards_chain_field(actor_name) || '|' ||
        awards_chain_field(actor_unit_name) || '|' ||
        awards_chain_field(action) || '|' ||
        awards_chain_field(from_status) || '|' ||
        awards_chain_field(to_status) || '|' ||
        awards_chain_field(note), 'UTF8'))
$$;

-- Existing history (a database upgraded from V1) is chained in id order, once, before the guards exist.
do $$
declare
    e    record;
    prev bytea := null;
    seq  bigint := 0;
begin
    for e in select * from dossier_event order by id loop
        seq := seq + 1;
        update dossier_event
           set chain_seq = seq,
               prev_hash = prev,
               hash = awards_dossier_event_digest(prev, e.dossier_id, e.occurred_at, e.actor_username, e.actor_name,
                                                  e.actor_unit_name, e.action, e.from_status, e.to_status, e.note)
         where id = e.id
        returning hash into prev;
    end loop;
end
$$;

alter table dossier_event alter column chain_seq set not null;
alter table dossier_event alter column hash set not null;
alter table dossier_event add constraint dossier_event_chain_seq_key unique (chain_seq);

-- Whatever the inserting code sends, the chain position and hashes are computed here, in the inserting
-- transaction, after taking the chain's advisory lock (held until commit or rollback). Under READ COMMITTED
-- the select after the lock sees the last event committed by the previous holder.
create function awards_dossier_event_chain() returns trigger
    language plpgsql
as $$
declare
    last_seq  bigint;
    last_hash bytea;
begin
    perform pg_advisory_xact_lock(215006001);
    select chain_seq, hash into last_seq, last_hash from dossier_event order by chain_seq desc limit 1;
    new.chain_seq := coalesce(last_seq, 0) + 1;
    new.prev_hash := last_hash;
    new.hash := awards_dossier_event_digest(last_hash, new.dossier_id, new.occurred_at, new.actor_username,
                                            new.actor_name, new.actor_unit_name, new.action, new.from_status,
                                            new.to_status, new.note);
    return new;
end
$$;

create trigger dossier_event_chain
    before insert on dossier_event
    for each row execute function awards_dossier_event_chain();

create function awards_refuse_change() returns trigger
    language plpgsql
as $$
begin
    raise exception '% is append-only: % refused', tg_table_name, tg_op
        using errcode = 'insufficient_privilege';
end
$$;

create trigger dossier_event_append_only
    before update or delete on dossier_event
    for each row execute function awards_refuse_change();

create trigger dossier_event_no_truncate
    before truncate on dossier_event
    for each statement execute function awards_refuse_change();

revoke update, delete, truncate on dossier_event from public;

-- Gives a runtime role (one that is not the owner of the tables) what the application needs: read and
-- write the ordinary tables, but only read and append the append-only ones. Called by the afterMigrate
-- callback for the role named by the Flyway placeholder "runtime_role" (AWARDS_DB_RUNTIME_ROLE), so it is
-- re-applied after every migration, also to tables added later; a DBA can call it by hand too.
create function awards_grant_runtime(runtime_role text) returns void
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
    -- Flyway's own bookkeeping is the migration user's business only.
    if exists (select 1 from pg_tables where schemaname = current_schema() and tablename = 'flyway_schema_history') then
        execute format('revoke insert, update, delete on flyway_schema_history from %I', runtime_role);
    end if;
end
$$;

-- The tables the runtime role may only read and append to (a later migration replaces this list).
create function awards_append_only_tables() returns text[]
    language sql immutable
as $$ select array['dossier_event'] $$;
