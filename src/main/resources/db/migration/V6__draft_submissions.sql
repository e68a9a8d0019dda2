-- A compiled submission starts as a draft the department can change; it gets its number only when sent.
alter table submission alter column year drop not null;
alter table submission alter column seq drop not null;
alter table submission alter column number drop not null;
alter table submission alter column sent_at drop not null;
alter table submission alter column sent_by drop not null;
alter table submission add column created_at timestamptz;
alter table submission add column created_by varchar(255);
alter table submission drop constraint submission_status_check;
alter table submission add constraint submission_status_check check (status in ('DRAFT', 'AT_HOME_AFFAIRS', 'AT_CHAIRMAN', 'CLOSED'));
alter table submission add constraint submission_sent_is_numbered check (status = 'DRAFT' or (number is not null and sent_at is not null));

-- An accepted dossier placed in a department's draft submission (it is in at most one draft).
alter table dossier add column draft_submission_id bigint references submission (id);
create index dossier_draft_submission_idx on dossier (draft_submission_id);
