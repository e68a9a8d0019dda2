-- A signature may carry a timestamp that does not verify (its signature fails, or its authority is not trusted):
-- the claimed signing time is then used, and the verdict says so.
alter table signed_original drop constraint signed_original_time_source_check;
alter table signed_original add constraint signed_original_time_source_check
    check (time_source in ('TIMESTAMP', 'TIMESTAMP_UNVERIFIED', 'CLAIMED'));
