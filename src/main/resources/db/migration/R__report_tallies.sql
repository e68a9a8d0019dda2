-- The functions that keep the report tallies (tables: V61, V62; what each counts: see there), in their one live
-- definition. Flyway runs this file after the versioned migrations, on a new database and on one being upgraded,
-- and again whenever its content changes: a change to how the tallies are kept is made here, not in a new copy of
-- the functions in a versioned migration. (V61, V62 and V67 hold the earlier copies; they are applied history and
-- stay as they are.)
--
-- The stages come from dossier_stage (V72), the database's copy of the enum DossierStatus, never from lists
-- written here: the waiting dossiers are those in a stage with a deadline. The function bodies are PL/pgSQL,
-- checked against the tables only when they run, so this file depends on no order among versioned migrations
-- beyond V72 (which Flyway has applied before it runs a repeatable one).
--
-- "create or replace" keeps each function's owner (the migration user, who owns the tables) and its privileges;
-- the functions run with the privileges of whoever moves a dossier, and the runtime role may read dossier_stage
-- (awards_grant_runtime, run by afterMigrate after this file).
--
-- A change that alters what a tally holds must also recount it: end this file with
-- "select awards_rebuild_report_tallies();" in that change (a versioned migration would run before this file, with
-- the old functions).

-- Dossiers inserted, updated or deleted by one statement: +1 for each new row's cell, -1 for each old row's; cells
-- whose changes cancel out (an edit that moves nothing the report counts) write nothing. The trigger hands the
-- statement's rows to awards_tally_dossier_rows, whose statements are planned once per session: written as
-- dynamic SQL over the transition tables, they were planned anew for every statement, a millisecond for each step.
create or replace function awards_tally_dossiers() returns trigger
    language plpgsql
as $$
begin
    if tg_op = 'INSERT' then
        perform awards_tally_dossier_rows(array(select cast(r as dossier) from new_rows r), '{}');
    elsif tg_op = 'DELETE' then
        perform awards_tally_dossier_rows('{}', array(select cast(r as dossier) from old_rows r));
    else
        perform awards_tally_dossier_rows(array(select cast(r as dossier) from new_rows r),
                                          array(select cast(r as dossier) from old_rows r));
        -- a dossier moved to another program (a returned dossier's award changed) takes its finished stage visits
        -- along: they are counted again from its history under the new program, and taken off the old one. The moved
        -- ones are found by grouping, not by joining the new rows to the old: this plan is kept for the session, and
        -- a join planned for one row took seconds for a statement of thousands.
        -- the working days follow the calendar, which must not change meanwhile (R__calendar_working_days.sql)
        perform pg_advisory_xact_lock_shared(awards_calendar_lock_key());
        insert into report_stage_time (pending, campaign_id, month, stage, working_days, visits)
        select true, x.campaign_id, awards_filing_month(x.created_at), v.stage, v.working_days, sum(x.s)
          from (select m.s, m.id, m.campaign_id, m.created_at
                  from (select 1 as s, n.id, n.campaign_id, n.created_at from new_rows n
                        union all
                        select -1, o.id, o.campaign_id, o.created_at from old_rows o) m
                 where m.id in (select c.id
                                  from (select n.id, n.campaign_id, awards_filing_month(n.created_at) as month
                                          from new_rows n
                                        union all
                                        select o.id, o.campaign_id, awards_filing_month(o.created_at) from old_rows o) c
                                 group by c.id
                                having count(distinct (c.campaign_id, c.month)) > 1)) x
          join lateral (
                select lag(e.to_status) over w as stage,
                       awards_working_days((lag(e.occurred_at) over w at time zone 'Asia/Ho_Chi_Minh')::date,
                                           (e.occurred_at at time zone 'Asia/Ho_Chi_Minh')::date) as working_days
                  from dossier_event e
                 where e.dossier_id = x.id and e.from_status is distinct from e.to_status
                window w as (order by e.id)) v on v.stage is not null
         group by x.campaign_id, awards_filing_month(x.created_at), v.stage, v.working_days
        having sum(x.s) <> 0;
    end if;
    return null;
end
$$;

-- The tallies' share of the dossiers a statement added (+1 each) and removed (-1 each: an update removes the old
-- row and adds the new one).
create or replace function awards_tally_dossier_rows(added dossier[], removed dossier[]) returns void
    language plpgsql
as $$
begin
    -- each row with the award form that stands for it (R__effective_award_form), which the award-form tally counts
    insert into report_dossier_count (pending, campaign_id, month, status, award_form_id, nominee_type,
                                      n, individuals, frontline, women, posthumous)
    select true, campaign_id, awards_filing_month(created_at), status, effective_award_form_id, nominee_type, sum(s),
           coalesce(sum(s) filter (where nominee_type = 'INDIVIDUAL'), 0),
           coalesce(sum(s) filter (where nominee_type = 'INDIVIDUAL' and frontline), 0),
           coalesce(sum(s) filter (where nominee_type = 'INDIVIDUAL' and nominee_gender = 'FEMALE'), 0),
           coalesce(sum(s) filter (where posthumous), 0)
      from (select 1 as s, awards_effective_award_form_id(r) as effective_award_form_id, r.* from unnest(added) r
            union all
            select -1, awards_effective_award_form_id(r), r.* from unnest(removed) r) x
     group by campaign_id, awards_filing_month(created_at), status, effective_award_form_id, nominee_type
    having sum(s) <> 0
        or coalesce(sum(s) filter (where nominee_type = 'INDIVIDUAL' and frontline), 0) <> 0
        or coalesce(sum(s) filter (where nominee_type = 'INDIVIDUAL' and nominee_gender = 'FEMALE'), 0) <> 0
        or coalesce(sum(s) filter (where posthumous), 0) <> 0;
    insert into report_unit_count (pending, campaign_id, month, unit_id, n)
    select true, campaign_id, awards_filing_month(created_at), unit_id, sum(s)
      from (select 1 as s, r.* from unnest(added) r union all select -1, r.* from unnest(removed) r) x
     where status not in ('DRAFT', 'AT_UNIT_HEAD')
     group by campaign_id, awards_filing_month(created_at), unit_id
    having sum(s) <> 0;
    -- an edit within a stage moves nothing here; a change of stage moves the dossier to the day it entered the new one
    insert into report_waiting (pending, campaign_id, month, status, entered_on, n)
    select true, campaign_id, awards_filing_month(created_at), status, awards_entered_on(status_changed_at), sum(s)
      from (select 1 as s, r.* from unnest(added) r union all select -1, r.* from unnest(removed) r) x
     where status in (select st.status from dossier_stage st where st.deadline <> 'NONE')
     group by campaign_id, awards_filing_month(created_at), status, awards_entered_on(status_changed_at)
    having sum(s) <> 0;
end
$$;

-- A history event that changes the stage ends the visit begun by the dossier's previous change of stage: that visit
-- is counted by the whole working days (as the calendar has them, awards_working_days) from the day it began to the
-- day it ended. Views and edits within a stage are not changes of stage. The visits are first counted by program,
-- filing month, stage and the days they began and ended; then each distinct pair of days is counted in working days
-- once. A step of a whole submission ends thousands of visits on one day that began on a few days, across hundreds
-- of filing months, and each count of working days is a query of the calendar.
create or replace function awards_tally_stage_visits() returns trigger
    language plpgsql
as $$
begin
    -- the calendar must not change while the visit is counted with it (R__calendar_working_days.sql)
    perform pg_advisory_xact_lock_shared(awards_calendar_lock_key());
    with v as (select d.campaign_id, awards_filing_month(d.created_at) as month, p.to_status as stage,
                      (p.occurred_at at time zone 'Asia/Ho_Chi_Minh')::date as began,
                      (e.occurred_at at time zone 'Asia/Ho_Chi_Minh')::date as ended, count(*) as visits
                 from new_events e
                 join lateral (select b.to_status, b.occurred_at
                                 from dossier_event b
                                where b.dossier_id = e.dossier_id and b.id < e.id
                                  and b.from_status is distinct from b.to_status
                                order by b.id desc limit 1) p on true
                 join dossier d on d.id = e.dossier_id
                where e.from_status is distinct from e.to_status
                group by 1, 2, 3, 4, 5),
         days as (select p.began, p.ended, awards_working_days(p.began, p.ended) as working_days
                    from (select distinct v.began, v.ended from v) p)
    insert into report_stage_time (pending, campaign_id, month, stage, working_days, visits)
    select true, v.campaign_id, v.month, v.stage, days.working_days, sum(v.visits)
      from v join days on days.began = v.began and days.ended = v.ended
     group by 2, 3, 4, 5;
    return null;
end
$$;

-- A change to the calendar on changed_day moves its count of working days from delta_before to delta_after
-- (awards_calendar_delta): every finished stage visit that began before that day and ended on it or later is taken
-- off the tally with the working days it had and counted again with the ones it has now, as pending rows. Run in the
-- transaction that changes the calendar, after the change, under the lock awards_calendar_lock_key(); the figures
-- are then those a recount (awards_rebuild_report_tallies) gives.
create or replace function awards_recount_stage_visits_across(changed_day date, delta_before int, delta_after int)
    returns void
    language plpgsql
as $$
begin
    -- no visit has ended on a day still to come (the Government announces next year's days off ahead)
    if delta_before = delta_after or changed_day > (now() at time zone 'Asia/Ho_Chi_Minh')::date then
        return;
    end if;
    insert into report_stage_time (pending, campaign_id, month, stage, working_days, visits)
    select true, v.campaign_id, v.month, v.stage, x.working_days, sum(x.s)
      from (select d.campaign_id, awards_filing_month(d.created_at) as month, p.to_status as stage,
                   awards_working_days(p.began_on, (e.occurred_at at time zone 'Asia/Ho_Chi_Minh')::date) as working_days
              from dossier_event e
              join lateral (select b.to_status, (b.occurred_at at time zone 'Asia/Ho_Chi_Minh')::date as began_on
                              from dossier_event b
                             where b.dossier_id = e.dossier_id and b.id < e.id
                               and b.from_status is distinct from b.to_status
                             order by b.id desc limit 1) p on true
              join dossier d on d.id = e.dossier_id
             where e.from_status is distinct from e.to_status
               and e.occurred_at >= changed_day::timestamp at time zone 'Asia/Ho_Chi_Minh'
               and p.began_on < changed_day) v
     cross join lateral (values (1, v.working_days),
                                (-1, v.working_days - delta_after + delta_before)) x(s, working_days)
     group by v.campaign_id, v.month, v.stage, x.working_days
    having sum(x.s) <> 0;
end
$$;

-- Merges the pending rows of each tally into one compacted row per cell; cells that fell to nothing are removed.
-- Rows appended while it runs stay pending for the next run; a fold already under way is waited for.
create or replace function awards_fold_report_tallies() returns void
    language plpgsql
as $$
begin
    perform pg_advisory_xact_lock(hashtext('awards_fold_report_tallies'));
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

    with moved as (delete from report_waiting where pending returning *)
    insert into report_waiting (pending, campaign_id, month, status, entered_on, n)
    select false, campaign_id, month, status, entered_on, sum(n)
      from moved group by campaign_id, month, status, entered_on
    on conflict (campaign_id, status, entered_on, month) where not pending do update
        set n = report_waiting.n + excluded.n;
    delete from report_waiting where not pending and n = 0;
end
$$;

-- Recomputes every tally from the dossiers and their history, holding them still meanwhile (run by the tables'
-- owner: migrations and tests; the application only folds).
create or replace function awards_rebuild_report_tallies() returns void
    language plpgsql
as $$
begin
    perform pg_advisory_xact_lock(hashtext('awards_fold_report_tallies'));
    -- the recount and the pending rows must describe the same moment: no dossier moves while it runs
    lock table dossier, dossier_event in share mode;
    perform pg_advisory_xact_lock_shared(awards_calendar_lock_key()); -- and the calendar stays as it is
    delete from report_dossier_count;
    delete from report_unit_count;
    delete from report_stage_time;
    delete from report_waiting;
    insert into report_dossier_count (pending, campaign_id, month, status, award_form_id, nominee_type,
                                      n, individuals, frontline, women, posthumous)
    select false, d.campaign_id, awards_filing_month(d.created_at), d.status, awards_effective_award_form_id(d),
           d.nominee_type, count(*),
           count(*) filter (where d.nominee_type = 'INDIVIDUAL'),
           count(*) filter (where d.nominee_type = 'INDIVIDUAL' and d.frontline),
           count(*) filter (where d.nominee_type = 'INDIVIDUAL' and d.nominee_gender = 'FEMALE'),
           count(*) filter (where d.posthumous)
      from dossier d
     group by d.campaign_id, awards_filing_month(d.created_at), d.status, awards_effective_award_form_id(d),
              d.nominee_type;
    insert into report_unit_count (pending, campaign_id, month, unit_id, n)
    select false, campaign_id, awards_filing_month(created_at), unit_id, count(*)
      from dossier where status not in ('DRAFT', 'AT_UNIT_HEAD')
     group by campaign_id, awards_filing_month(created_at), unit_id;
    -- each distinct pair of days a visit began and ended on is counted in working days once, as in
    -- awards_tally_stage_visits
    with v as (select d.campaign_id, awards_filing_month(d.created_at) as month, s.stage, s.began, s.ended,
                      count(*) as visits
                 from (select e.dossier_id, lag(e.to_status) over w as stage,
                              (lag(e.occurred_at) over w at time zone 'Asia/Ho_Chi_Minh')::date as began,
                              (e.occurred_at at time zone 'Asia/Ho_Chi_Minh')::date as ended
                         from dossier_event e
                        where e.from_status is distinct from e.to_status
                       window w as (partition by e.dossier_id order by e.id)) s
                 join dossier d on d.id = s.dossier_id
                where s.stage is not null
                group by 1, 2, 3, 4, 5),
         days as (select p.began, p.ended, awards_working_days(p.began, p.ended) as working_days
                    from (select distinct v.began, v.ended from v) p)
    insert into report_stage_time (pending, campaign_id, month, stage, working_days, visits)
    select false, v.campaign_id, v.month, v.stage, days.working_days, sum(v.visits)
      from v join days on days.began = v.began and days.ended = v.ended
     group by 2, 3, 4, 5;
    insert into report_waiting (pending, campaign_id, month, status, entered_on, n)
    select false, campaign_id, awards_filing_month(created_at), status, awards_entered_on(status_changed_at), count(*)
      from dossier
     where status in (select st.status from dossier_stage st where st.deadline <> 'NONE')
     group by campaign_id, awards_filing_month(created_at), status, awards_entered_on(status_changed_at);
end
$$;

-- The stage visits are counted in working days as the calendar (V80) has them, no longer Monday to Friday: recount
-- the tallies.
select awards_rebuild_report_tallies();
