-- Certificates of the authorities the administrator trusts to issue signing certificates (chứng thư số): roots are
-- trust anchors, intermediates only help build a path. None is bundled.
create table trust_anchor (
    id           bigint generated always as identity primary key,
    subject      text        not null,
    issuer       text        not null,
    serial       text        not null,
    not_before   timestamptz not null,
    not_after    timestamptz not null,
    is_root      boolean     not null,
    sha256       char(64)    not null unique,
    der          bytea       not null,
    added_by     text        not null,
    added_at     timestamptz not null
);

-- Every upload of a numbered document's signed original, accepted or refused, with its verdict: the document's
-- history of signed originals. Only an accepted upload keeps its file; the newest accepted one is the original.
create table signed_original (
    id               bigint generated always as identity primary key,
    document_kind    text        not null check (document_kind in ('SUBMISSION', 'APPRAISAL_REPORT', 'DECISION')),
    document_id      bigint      not null,
    file_name        text        not null,
    size_bytes       bigint      not null,
    sha256           char(64)    not null,
    content          bytea,
    refusal          text,
    signer_name      text,
    signer_subject   text,
    signed_at        timestamptz,
    time_source      text check (time_source in ('TIMESTAMP', 'CLAIMED')),
    trust_path       text[]      not null default '{}',
    uploaded_by      text        not null,
    uploaded_by_name text        not null,
    uploaded_at      timestamptz not null,
    constraint signed_original_verdict check (
        (refusal is null and content is not null and signer_name is not null and signed_at is not null)
        or (refusal is not null and content is null))
);
create index signed_original_document on signed_original (document_kind, document_id, id desc);

create trigger signed_original_immutable before update or delete on signed_original
    for each row execute function refuse_change_of_issued_record();
create trigger signed_original_no_truncate before truncate on signed_original
    for each statement execute function refuse_change_of_issued_record();
