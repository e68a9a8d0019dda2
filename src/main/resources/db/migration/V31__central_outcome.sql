-- The central level's outcome of a state-level award the chairman proposed: awarded (with the central decision's
-- number and date) or declined (the reason in last_reason, as for the other refusals).
alter table dossier drop constraint dossier_status_check;
alter table dossier add constraint dossier_status_check check (status in
    ('DRAFT', 'SUBMITTED', 'RETURNED', 'REJECTED', 'WITHDRAWN', 'ACCEPTED', 'AT_HOME_AFFAIRS', 'APPRAISED',
     'AT_CHAIRMAN', 'APPROVED', 'DECLINED', 'GRANTED', 'PROPOSED_TO_CENTRAL', 'CENTRAL_AWARDED', 'CENTRAL_DECLINED'));

alter table dossier add column central_decision_number varchar(64);
alter table dossier add column central_decision_date date;
