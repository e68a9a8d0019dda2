-- Report figures maintained as the dossiers move, so that a report of the whole province reads a few thousand
-- aggregated rows instead of a million dossiers and millions of history events (issue 8).
--
-- Three tallies, each by program (campaign) and filing month (the month of the dossier's created_at in Sơn La):
--   report_dossier_count  dossiers by stage, award form and nominee type, with the measures of the report;
--   report_unit_count     filed dossiers (drafts excluded) by unit: the unit and district breakdowns;
--   report_stage_time     stage visits by the whole working days they lasted: exact medians and percentiles.
--
-- Writers never update a shared row: the triggers below only append "pending" rows (+1 / -1), so two
-- transactions moving dossiers of the same cell never wait on or deadlock with each other. Every read sums
-- compacted and pending rows alike; awards_fold_report_tallies() (run every minute by the application) merges
-- the pending rows into one compacted row per cell.

create table report_dossier_count (
    pending       boolean     not null,
    campaign_id   bigint      not null,
    month         date        not null,
    status        varchar(32) not null,
    award_form_id bigint      not null,
    nominee_type  varchar(16) not null,
    n             bigint      not null,
    individuals   bigint      not null,
    frontline     bigint      not null,
    women         bigint      not null,
    posthumous    bigint      not null
);
create unique index report_dossier_count_cell on report_dossier_count
    (campaign_id, month, status, award_form_id, nominee_type) where not pending;
create index report_dossier_count_pending on report_dossier_count (campaign_id, month) where pending;

create table report_unit_count (
    pending     boolean not null,
    campaign_id bigint  not null,
    month       date    not null,
    unit_id     bigint  not null,
    n           bigint  not null
);
create unique index report_unit_count_cell on report_unit_count (campaign_id, month, unit_id) where not pending;
create index report_unit_count_pending on report_unit_count (campaign_id, month) where pending;

create table report_stage_time (
    pending      boolean     not null,
    campaign_id  bigint      not null,
    month        date        not null,
    stage        varchar(32) not null,
    working_days int         not null,
    visits       bigint      not null
);
create unique index report_stage_time_cell on report_stage_time (campaign_id, month, stage, working_days) where not pending;
create index report_stage_time_pending on report_stage_time (campaign_id, month) where pending;

-- The filing month of a dossier, in the province's time zone.
create function awards_filing_month(created_at timestamptz) returns date
    language sql immutable parallel safe strict
as $$ select date_trunc('month', created_at at time zone 'Asia/Ho_Chi_Minh')::date $$;

-- Dossiers inserted, updated or deleted by one statement: +1 for each new row's cell, -1 for each old row's;
-- cells whose changes cancel out (an edit that moves nothing the report counts) write nothing.
create function awards_tally_dossiers() returns trigger
    language plpgsql
as $$
declare
    changed text := case tg_op
        when 'INSERT' then 'select 1 as s, * from new_rows'
        when 'DELETE' then 'select -1 as s, * from old_rows'
        else 'select 1 as s, * from new_rows union all select -1 as s, * from old_rows' end;
begin
    execute format($sql$
        insert into report_dossier_count (pending, campaign_id, month, status, award_form_id, nominee_type,
                                          n, individuals, frontline, women, posthumous)
        select true, campaign_id, awards_filing_month(created_at), status, award_form_id, nominee_type, sum(s),
               coalesce(sum(s) filter (where nominee_type = 'INDIVIDUAL'), 0),
               coalesce(sum(s) filter (where nominee_type = 'INDIVIDUAL' and frontline), 0),
               coalesce(sum(s) filter (where nominee_type = 'INDIVIDUAL' and nominee_gender = 'FEMALE'), 0),
               coalesce(sum(s) filter (where posthumous), 0)
          from (%s) x
         group by campaign_id, awards_filing_month(created_at), status, award_form_id, nominee_type
        having sum(s) <> 0
            or coalesce(sum(s) filter (where nominee_type = 'INDIVIDUAL' and frontline), 0) <> 0
            or coalesce(sum(s) filter (where nominee_type = 'INDIVIDUAL' and nominee_gender = 'FEMALE'), 0) <> 0
            or coalesce(sum(s) filter (where posthumous), 0) <> 0
        $sql$, changed);
    execute format($sql$
        insert into report_unit_count (pending, campaign_id, month, unit_id, n)
        select true, campaign_id, awards_filing_month(created_at), unit_id, sum(s)
          from (%s) x
         where status <> 'DRAFT'
         group by campaign_id, awards_filing_month(created_at), unit_id
        having sum(s) <> 0
        $sql$, changed);
    return null;
end
$$;

create trigger dossier_tally_insert after insert on dossier
    referencing new table as new_rows for each statement execute function awards_tally_dossiers();
create trigger dossier_tally_update after update on dossier
    referencing new table as new_rows old table as old_rows for each statement execute function awards_tally_dossiers();
create trigger dossier_tally_delete after delete on dossier
    referencing old table as old_rows for each statement execute function awards_tally_dossiers();

-- A history event that changes the stage ends the visit begun by the dossier's previous change of stage: that
-- visit is counted by the whole working days (Monday to Friday, awards_working_days) from the day it began to
-- the day it ended. Views and edits within a stage are not changes of stage.
create function awards_tally_stage_visits() returns trigger
    language plpgsql
as $$
begin
    insert into report_stage_time (pending, campaign_id, month, stage, working_days, visits)
    select true, d.campaign_id, awards_filing_month(d.created_at), p.to_status,
           awards_working_days((p.occurred_at at time zone 'Asia/Ho_Chi_Minh')::date,
                               (e.occurred_at at time zone 'Asia/Ho_Chi_Minh')::date), count(*)
      from new_events e
      join lateral (select b.to_status, b.occurred_at
                      from dossier_event b
                     where b.dossier_id = e.dossier_id and b.id < e.id
                       and b.from_status is distinct from b.to_status
                     order by b.id desc limit 1) p on true
      join dossier d on d.id = e.dossier_id
     where e.from_status is distinct from e.to_status
     group by 2, 3, 4, 5;
    return null;
end
$$;

create trigger dossier_event_tally after insert on dossier_event
    referencing new table as new_events for each statement execute function awards_tally_stage_visits();

-- Merges the pending rows of each tally into one compacted row per cell; cells that fell to nothing are removed.
-- Rows appended while it runs stay pending for the next run; a run already under way makes this one return.
create function awards_fold_report_tallies() returns void
    language plpgsql
as $$
begin
    if not pg_try_advisory_xact_lock(hashtext('awards_fold_report_tallies')) then
        return;
    end if;
    with moved as (delete from report_dossier_count where pending returning *)
    insert into report_dossier_count (pending, campaign_id, month, status, award_form_id, nominee_type,
                                      n, individuals, frontline, women, posthumous)
    select false, campaign_id, month, status, award_form_id, nominee_type, sum(n), sum(individuals),
           sum(frontline), sum(women), sum(posthumous)
      from moved group by campaign_id, month, status, award_form_id, nominee_type
    on conflict (campaign_id, month, status, award_form_id, nominee_type) where not pending do update
        set n = report_dossier_count.n + excluded.n,
            individuals = report_dossier_count.individuals + excluded.individuals,
            frontline = report_dossier_count.frontline + excluded.frontline,
            women = report_dossier_count.women + excluded.women,
            posthumous = report_dossier_count.posthumous + excluded.posthumous;
    delete from report_dossier_count
     where not pending and n = 0 and individuals = 0 and frontline = 0 and women = 0 and posthumous = 0;

    with moved as (delete from report_unit_count where pending returning *)
    insert into report_unit_count (pending, campaign_id, month, unit_id, n)
    select false, campaign_id, month, unit_id, sum(n) from moved group by campaign_id, month, unit_id
    on conflict (campaign_id, month, unit_id) where not pending do update set n = report_unit_count.n + excluded.n;
    delete from report_unit_count where not pending and n = 0;

    with moved as (delete from report_stage_time where pending returning *)
    insert into report_stage_time (pending, campaign_id, month, stage, working_days, visits)
    select false, campaign_id, month, stage, working_days, sum(visits)
      from moved group by campaign_id, month, stage, working_days
    on conflict (campaign_id, month, stage, working_days) where not pending do update
        set visits = report_stage_time.visits + excluded.visits;
    delete from report_stage_time where not pending and visits = 0;
end
$$;

-- Recomputes every tally from the dossiers and their history (used here for the dossiers filed before this
-- migration; the tests compare it with what the triggers maintained).
create function awards_rebuild_report_tallies() returns void
    language plpgsql
as $$
begin
    perform pg_advisory_xact_lock(hashtext('awards_fold_report_tallies'));
    delete from report_dossier_count;
    delete from report_unit_count;
    delete from report_stage_time;
    insert into report_dossier_count (pending, campaign_id, month, status, award_form_id, nominee_type,
                                      n, individuals, frontline, women, posthumous)
    select false, campaign_id, awards_filing_month(created_at), status, award_form_id, nominee_type, count(*),
           count(*) filter (where nominee_type = 'INDIVIDUAL'),
           count(*) filter (where nominee_type = 'INDIVIDUAL' and frontline),
           count(*) filter (where nominee_type = 'INDIVIDUAL' and nominee_gender = 'FEMALE'),
           count(*) filter (where posthumous)
      from dossier
     group by campaign_id, awards_filing_month(created_at), status, award_form_id, nominee_type;
    insert into report_unit_count (pending, campaign_id, month, unit_id, n)
    select false, campaign_id, awards_filing_month(created_at), unit_id, count(*)
      from dossier where status <> 'DRAFT'
     group by campaign_id, awards_filing_month(created_at), unit_id;
    insert into report_stage_time (pending, campaign_id, month, stage, working_days, visits)
    select false, d.campaign_id, awards_filing_month(d.created_at), v.stage, v.working_days, count(*)
      from (select e.dossier_id, lag(e.to_status) over w as stage,
                   awards_working_days((lag(e.occurred_at) over w at time zone 'Asia/Ho_Chi_Minh')::date,
                                       (e.occurred_at at time zone 'Asia/Ho_Chi_Minh')::date) as working_days
              from dossier_event e
             where e.from_status is distinct from e.to_status
            window w as (partition by e.dossier_id order by e.id)) v
      join dossier d on d.id = v.dossier_id
     where v.stage is not null
     group by d.campaign_id, awards_filing_month(d.created_at), v.stage, v.working_days;
end
$$;

select awards_rebuild_report_tallies();
