-- An issued decision never changes; a correction is a new decision (the next "N/QĐ-UBND") that names the
-- decision it corrects and why. Both are immutable (the V32 triggers cover the new rows too).
alter table award_decision add column corrects_decision_id bigint references award_decision (id);
alter table award_decision add column correction_reason text;
alter table award_decision add constraint award_decision_correction_check
    check ((corrects_decision_id is null) = (correction_reason is null));
create index award_decision_corrects_idx on award_decision (corrects_decision_id);
