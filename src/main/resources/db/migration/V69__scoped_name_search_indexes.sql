-- A name search within a list (issue 8): every word typed must appear in the unaccented name. The plain trigram
-- index found every dossier in the province with "thi" and "hoa" (29,000 of 1M) before the list's scope narrowed
-- them to a clerk's unit; these indexes put the scope and the trigrams in one index scan (btree_gin), so that a
-- clerk's search reads the unit's entries and a department's search those of its campaign and stage. The first
-- serves unscoped searches as well, so it replaces the plain trigram index.
create extension if not exists btree_gin;
create index dossier_unit_search_idx on dossier using gin (unit_id, nominee_search gin_trgm_ops);
create index dossier_campaign_status_search_idx on dossier using gin (campaign_id, status, nominee_search gin_trgm_ops);
drop index dossier_nominee_search_trgm_idx;
