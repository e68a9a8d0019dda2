-- How many dossiers wait for an office (its home page's first figure) is a sum over the dossier tallies of the stages
-- timed against it: read from this index alone instead of the whole tally table.
create index report_dossier_count_status on report_dossier_count (status, campaign_id) include (n);
