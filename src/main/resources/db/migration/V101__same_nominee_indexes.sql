-- A dossier's page and its check page look for possible duplicates in its campaign and for the nominee's earlier
-- awards, by the name without case and diacritics and the birth year (0 for none, as for every collective), newest
-- first. With these indexes they read the latest dossiers of that nominee alone instead of every dossier of the
-- campaign or of the province (0.1 s alone at a million dossiers, seconds with people filing and reviewing at once).
create index dossier_same_nominee_idx on dossier (campaign_id, nominee_search, coalesce(nominee_birth_year, 0), id);
create index dossier_decided_nominee_idx on dossier (nominee_search, coalesce(nominee_birth_year, 0), id)
    where status in ('GRANTED', 'CENTRAL_AWARDED', 'PROPOSED_TO_CENTRAL');
