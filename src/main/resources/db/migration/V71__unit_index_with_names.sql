-- A clerk's list searched by name (issue 8): the index of a unit's dossiers in id order carries the searched name,
-- so that a search reads the unit's index entries alone, newest first, until a page is full (about 1 ms for a unit
-- of 10,000 dossiers even when nothing matches). It replaces the unit's trigram index of V69, which the planner
-- preferred for three words or more although it then read the table (2.6 ms); a department's search keeps the
-- index of its campaign and stage (V69, V70).
create index dossier_unit_named_idx on dossier (unit_id, id desc) include (nominee_search);
drop index dossier_unit_id_idx;
drop index dossier_unit_search_idx;
