-- A dossier's page and its check page look for possible duplicates in its campaign and for the nominee's earlier
-- awards by the name without case and diacritics and, for an individual, the birth year: with this index they read
-- the few dossiers of that name instead of every dossier of the campaign or of the province (0.1 s alone at a million
-- dossiers, seconds with people filing and reviewing at once).
create index dossier_nominee_search_idx on dossier (nominee_search, nominee_birth_year);
