-- The award line a certificate prints for the dossier ("Đã có thành tích …"), as the chairman's office writes it
-- when preparing the decision (at most two lines); null: the certificate prints the dossier's achievement summary.
alter table dossier add column award_line varchar(300);
