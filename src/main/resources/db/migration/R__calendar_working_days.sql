-- Working days as the calendar has them (table calendar_day, V80): Monday to Friday, less the holidays and days off
-- listed on a weekday, plus the make-up working days listed on a weekend. The Java side is calendar.WorkingCalendar;
-- a test holds the two equal. This file sorts before R__report_tallies.sql, whose recount of the tallies uses it.
--
-- A change to the calendar changes the working days of the stage visits already tallied: calendar.CalendarDays
-- takes the lock awards_calendar_lock_key() before it changes a day and the report module recounts the visits
-- spanning that day in the same transaction; the tally triggers take the same lock shared, so a visit is never
-- counted with a calendar that is changing under it.

create or replace function awards_calendar_lock_key() returns bigint
    language sql immutable parallel safe
as $$ select 7220000080::bigint $$;

-- What a calendar entry changes in a count of working days: -1 for a day off on a weekday, +1 for a working
-- weekend day, 0 otherwise.
create or replace function awards_calendar_delta(day date, kind text) returns int
    language sql immutable parallel safe strict
as $$
select case
    when kind = 'HOLIDAY' and extract(isodow from day) < 6 then -1
    when kind = 'WORKING_DAY' and extract(isodow from day) >= 6 then 1
    else 0 end
$$;

-- Working days after one date up to and including another: weekdays by arithmetic from a fixed Monday, corrected by
-- the calendar's exceptions in that range (an index range on calendar_day's primary key, a handful of rows).
create or replace function awards_working_days(from_date date, to_date date) returns int
    language sql stable parallel safe strict
as $$
select greatest(0,
    ((to_date + 1 - date '2000-01-03') / 7) * 5 + least((to_date + 1 - date '2000-01-03') % 7, 5)
  - ((from_date + 1 - date '2000-01-03') / 7) * 5 - least((from_date + 1 - date '2000-01-03') % 7, 5)
  + coalesce((select sum(awards_calendar_delta(c.day, c.kind))::int
                from calendar_day c
               where c.day > from_date and c.day <= to_date), 0))
$$;

-- The k-th working day counting back from a date (the date itself first, when it is a working day). A dossier that
-- entered its stage on day x has waited more than D working days by day t exactly when x is before the (D+1)-th
-- working day back from t, so "overdue" is status_changed_at < a bound, which an index answers.
create or replace function awards_working_day_back(from_date date, k int) returns date
    language plpgsql stable parallel safe strict
as $$
declare
    d date := from_date;
    seen int := 0;
    listed text;
begin
    if k < 1 then
        raise exception 'awards_working_day_back: k must be at least 1, not %', k;
    end if;
    loop
        select c.kind into listed from calendar_day c where c.day = d;
        if listed = 'WORKING_DAY' or (listed is null and extract(isodow from d) < 6) then
            seen := seen + 1;
            if seen = k then
                return d;
            end if;
        end if;
        d := d - 1;
    end loop;
end
$$;
