-- The compiling department's review (issue "Compiling departments: review queue and numbered submissions"):
-- who holds a dossier, what a return asks to supplement, a different award form proposed on acceptance.

alter table dossier
    add column claimed_by             varchar(64),
    add column claimed_by_name        varchar(255),
    add column claimed_at             timestamptz,
    add column returned_sections      varchar(100),
    add column proposed_award_form_id bigint references award_form (id),
    add column proposal_reason        text;

-- (the queue's index on status and status_changed_at comes with the report indexes, V40)
