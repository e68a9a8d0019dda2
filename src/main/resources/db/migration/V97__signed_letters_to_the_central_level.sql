-- The chairman's letter proposing a submission's state-level awards to the central level ("N/TTr-UBND") has a signed
-- original too, uploaded by the chairman's office like the decision.
alter table signed_original drop constraint signed_original_document_kind_check;
alter table signed_original add constraint signed_original_document_kind_check
    check (document_kind in ('SUBMISSION', 'APPRAISAL_REPORT', 'DECISION', 'LETTER'));
