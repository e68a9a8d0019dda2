-- The stages of a dossier's path and what each means, as the database's own reference data: the same facts as the
-- Java enum DossierStatus, one row per constant, held equal to it by DossierStageIntegrationTests (a stage added to
-- the enum without its row here fails the build). The report tallies' functions (R__report_tallies.sql) read their
-- stage lists from this table instead of repeating them, so a new stage is described once in Java and once here.
--
--   party      who acts on a dossier at the stage (DossierStatus.Party): UNIT, COMPILING_DEPARTMENT, HOME_AFFAIRS,
--              CHAIRMAN_OFFICE or NOBODY (the path has ended);
--   deadline   which of the campaign's deadlines runs while a dossier waits there (DossierStatus.Deadline): NONE,
--              REVIEW (campaign.review_days), APPRAISAL (appraisal_days) or DECISION (decision_days);
--   hand_over  entering the stage hands the dossier to another party (a copy is frozen);
--   timed      the time spent there is measured and counts as waiting on its party;
--   final      no step leaves the stage;
--   position   the order of the path (the order of the enum's constants, from 1).

create table dossier_stage (
    status    text    primary key,
    party     text    not null,
    deadline  text    not null,
    hand_over boolean not null,
    timed     boolean not null,
    final     boolean not null,
    position  int     not null unique
);

insert into dossier_stage (status, party, deadline, hand_over, timed, final, position) values
    ('DRAFT',               'UNIT',                 'NONE',      false, false, false,  1),
    ('SUBMITTED',           'COMPILING_DEPARTMENT', 'REVIEW',    true,  true,  false,  2),
    ('RETURNED',            'UNIT',                 'NONE',      true,  true,  false,  3),
    ('REJECTED',            'NOBODY',               'NONE',      false, false, true,   4),
    ('WITHDRAWN',           'NOBODY',               'NONE',      false, false, true,   5),
    ('ACCEPTED',            'COMPILING_DEPARTMENT', 'REVIEW',    false, true,  false,  6),
    ('AT_HOME_AFFAIRS',     'HOME_AFFAIRS',         'APPRAISAL', true,  true,  false,  7),
    ('APPRAISED',           'HOME_AFFAIRS',         'APPRAISAL', false, true,  false,  8),
    ('AT_CHAIRMAN',         'CHAIRMAN_OFFICE',      'DECISION',  true,  true,  false,  9),
    ('APPROVED',            'CHAIRMAN_OFFICE',      'DECISION',  true,  true,  false, 10),
    ('DECLINED',            'NOBODY',               'NONE',      true,  false, true,  11),
    ('GRANTED',             'NOBODY',               'NONE',      true,  false, true,  12),
    ('PROPOSED_TO_CENTRAL', 'CHAIRMAN_OFFICE',      'NONE',      true,  false, false, 13),
    ('CENTRAL_AWARDED',     'NOBODY',               'NONE',      false, false, true,  14),
    ('CENTRAL_DECLINED',    'NOBODY',               'NONE',      false, false, true,  15);

-- The tallies' trigger functions read this table as whoever moves a dossier (the runtime role, when the application
-- does not connect as the owner), so the runtime role must read it; it must not change it, since what a report
-- counts depends on it. awards_grant_runtime (V20) grants read/write on every table: this version, otherwise the
-- same, takes the writes on the read-only tables back, as it does for the append-only ones.
create function awards_read_only_tables() returns text[]
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
