-- The compile list counts, up to the lists' cap, the accepted dossiers of the department's campaigns that no draft
-- holds ("add all N matching"): with this index the count reads the index alone instead of the table.
create index dossier_accepted_outside_draft on dossier (campaign_id, id)
    where status = 'ACCEPTED' and draft_submission_id is null;
