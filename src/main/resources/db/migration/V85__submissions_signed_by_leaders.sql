-- A department's submission and Home Affairs' appraisal report are prepared by a specialist and signed by a leader.
-- The submission waits for the department's signature (AWAITING_SIGNATURE, no number yet: the number is taken when
-- the leader signs), then for Home Affairs' director to sign the appraisal report (REPORT_AWAITING_SIGNATURE).
-- Who prepared each is kept by account, so the one who prepared can never sign (four eyes).
alter table submission drop constraint submission_status_check;
alter table submission add constraint submission_status_check check (status in
    ('DRAFT', 'AWAITING_SIGNATURE', 'AT_HOME_AFFAIRS', 'REPORT_AWAITING_SIGNATURE', 'AT_CHAIRMAN', 'CLOSED'));
alter table submission drop constraint submission_sent_is_numbered;
alter table submission add constraint submission_sent_is_numbered check (
    status in ('DRAFT', 'AWAITING_SIGNATURE') or (number is not null and sent_at is not null));

alter table submission
    add column revision                      int           not null default 0,
    add column prepared_by_account_id        bigint        references user_account (id),
    add column presented_at                  timestamptz,
    add column presented_by                  varchar(255),
    add column return_note                   varchar(4000),
    add column returned_at                   timestamptz,
    add column returned_by                   varchar(255),
    add column signed_by_account_id          bigint        references user_account (id),
    add column signed_by                     varchar(255),
    add column signer_authority              varchar(255),
    add column signed_at                     timestamptz,
    add column report_revision               int           not null default 0,
    add column report_prepared_by_account_id bigint        references user_account (id),
    add column report_presented_at           timestamptz,
    add column report_presented_by           varchar(255),
    add column report_return_note            varchar(4000),
    add column report_returned_at            timestamptz,
    add column report_returned_by            varchar(255),
    add column report_signed_by_account_id   bigint        references user_account (id),
    add column report_signed_by              varchar(255),
    add column report_signer_authority       varchar(255),
    add column report_signed_at              timestamptz;

-- a leader's list of what waits for the signature of the office
create index submission_awaiting_signature on submission (department_unit_id, id)
    where status = 'AWAITING_SIGNATURE';
create index submission_report_awaiting_signature on submission (id)
    where status = 'REPORT_AWAITING_SIGNATURE';
