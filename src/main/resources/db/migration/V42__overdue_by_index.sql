-- Overdue dossiers found by an index range instead of computing every waiting dossier's wait (issue 8).

-- Working days (Monday to Friday) after one date up to and including another, by arithmetic alone (replaces the
-- V40 version, which counted the last partial week with a subquery): weekdays from a fixed Monday to each date.
create or replace function awards_working_days(from_date date, to_date date) returns int
    language sql immutable parallel safe strict
as $$
select greatest(0,
    ((to_date + 1 - date '2000-01-03') / 7) * 5 + least((to_date + 1 - date '2000-01-03') % 7, 5)
  - ((from_date + 1 - date '2000-01-03') / 7) * 5 - least((from_date + 1 - date '2000-01-03') % 7, 5))
$$;

-- The k-th weekday counting back from a date (the date itself first, when it is a weekday). A dossier that
-- entered its stage on day x has waited more than D working days by day t exactly when x is before the
-- (D+1)-th weekday back from t, so "overdue" becomes status_changed_at < a bound, which an index answers.
create function awards_weekday_back(from_date date, k int) returns date
    language sql immutable parallel safe strict
as $$
select d::date from generate_series(from_date - (k * 2 + 7), from_date, interval '1 day') d
 where extract(isodow from d) < 6
 order by d desc offset k - 1 limit 1
$$;

create index dossier_campaign_status_changed_idx on dossier (campaign_id, status, status_changed_at);
