-- A decision correcting an issued one (đính chính) is prepared by the chairman's office and signed by the chairman or
-- a vice-chairman like the decision: the request waits for the signature, and the correction takes its number, its
-- signer and the signature block when the leader signs it. The same form sent twice is one request (request_key).
create table correction_request (
    id                     bigint generated always as identity primary key,
    corrects_decision_id   bigint        not null references award_decision (id),
    issued_on              date          not null,
    reason                 varchar(4000) not null,
    signer_account_id      bigint        not null references user_account (id),
    request_key            uuid          not null unique,
    prepared_by_account_id bigint        not null references user_account (id),
    presented_by           varchar(255)  not null,
    presented_at           timestamptz   not null,
    status                 varchar(32)   not null check (status in ('AWAITING_SIGNATURE', 'SIGNED', 'RETURNED')),
    return_note            varchar(4000),
    returned_by            varchar(255),
    returned_at            timestamptz,
    decision_id            bigint        references award_decision (id),
    check ((status = 'SIGNED') = (decision_id is not null))
);
create index correction_request_awaiting on correction_request (id) where status = 'AWAITING_SIGNATURE';
create index correction_request_decision on correction_request (corrects_decision_id);
