-- Queues at national scale (issue 8): Home Affairs' and the chairman's lists of submissions by stage, newest first.
create index submission_status_idx on submission (status, id desc);
-- Dossiers decided in a month, per campaign (home figures, reports by decision date).
create index dossier_campaign_decision_date_idx on dossier (campaign_id, decision_date) where decision_date is not null;
