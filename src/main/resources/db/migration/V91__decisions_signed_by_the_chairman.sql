-- The chairman's office prepares the chairman's answer on a submission (the rows to grant and to decline, the date,
-- who is to sign) and presents it; the chairman or a vice-chairman signs it (DECISION_AWAITING_SIGNATURE). The
-- decision "N/QĐ-UBND" and the letter proposing state-level awards "N/TTr-UBND" take their numbers at signature,
-- and carry the signer and the signature block from the account that signed.
alter table submission drop constraint submission_status_check;
alter table submission add constraint submission_status_check check (status in
    ('DRAFT', 'AWAITING_SIGNATURE', 'AT_HOME_AFFAIRS', 'REPORT_AWAITING_SIGNATURE', 'AT_CHAIRMAN',
     'DECISION_AWAITING_SIGNATURE', 'CLOSED'));

alter table submission
    add column decision_revision                int           not null default 0,
    add column decision_prepared_by_account_id  bigint        references user_account (id),
    add column decision_presented_at            timestamptz,
    add column decision_presented_by            varchar(255),
    add column decision_return_note             varchar(4000),
    add column decision_returned_at             timestamptz,
    add column decision_returned_by             varchar(255),
    add column decision_signed_by_account_id    bigint        references user_account (id),
    add column decision_signed_by               varchar(255),
    add column decision_signer_authority        varchar(255),
    add column decision_signed_at               timestamptz,
    -- what the specialist prepared: the date the decision is to bear, and the leader asked to sign it
    add column decision_date                    date,
    add column decision_signer_account_id       bigint        references user_account (id),
    add column proposal_letter_number           varchar(64);

create index submission_decision_awaiting_signature on submission (id)
    where status = 'DECISION_AWAITING_SIGNATURE';

-- the signer of a decision from the account that signed it; decisions issued before keep the name they were issued
-- under, with the chairman's title
alter table award_decision
    add column signer_authority     varchar(255),
    add column signed_by_account_id bigint references user_account (id);
