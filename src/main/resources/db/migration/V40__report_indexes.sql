-- Reports and queues that stay fast with a country's worth of dossiers (issue 8).

create extension if not exists pg_trgm;

-- unaccent() is only STABLE (it depends on the search path and the dictionary), so an index cannot use it.
-- This wrapper names the dictionary explicitly and is declared IMMUTABLE: the dictionary is never changed
-- at run time, so the same text always gives the same result. The clerk's search uses it (DossierScope)
-- so that the trigram index below serves "%name%" searches without diacritics.
create function awards_unaccent(value text) returns text
    language sql immutable parallel safe strict
as $$ select public.unaccent('public.unaccent'::regdictionary, value) $$;

create index dossier_nominee_name_trgm_idx on dossier using gin (awards_unaccent(lower(nominee_name)) gin_trgm_ops);

-- Report filters: the period (filing date) within a campaign or over all campaigns; decisions by date.
create index dossier_created_idx on dossier (created_at);
create index dossier_campaign_created_idx on dossier (campaign_id, created_at);
create index dossier_decision_date_idx on dossier (decision_date) where decision_date is not null;
-- Where dossiers wait and since when (overdue figures, queues ordered by age).
create index dossier_status_changed_idx on dossier (status, status_changed_at);
create index unit_parent_idx on unit (parent_id);
create index grassroots_decision_campaign_idx on grassroots_decision (campaign_id, decided_on);
create index grassroots_awardee_decision_idx on grassroots_awardee (decision_id);

-- Working days (Monday to Friday) after one date up to and including another: the unit of the campaign's
-- stage deadlines. Arithmetic on whole weeks plus at most six remaining days, so it costs nothing per row.
create function awards_working_days(from_date date, to_date date) returns int
    language sql immutable parallel safe strict
as $$
select case when to_date <= from_date then 0 else
    ((to_date - from_date) / 7) * 5
    + (select count(*)::int
         from generate_series(1, (to_date - from_date) % 7) i
        where extract(isodow from from_date + ((to_date - from_date) / 7) * 7 + i) < 6)
end
$$;
