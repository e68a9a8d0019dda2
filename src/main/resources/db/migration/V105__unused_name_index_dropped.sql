-- No statement orders or filters dossiers by lower(nominee_name): name searches read nominee_search (the unaccented
-- lower-case name) through the indexes that carry it. This index was kept up on every dossier insert and every
-- update that moves a dossier, and was never read.
drop index if exists dossier_campaign_name_idx;
