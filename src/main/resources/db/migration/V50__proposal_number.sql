-- A state-level award approved by the chairman is proposed to the central level by a numbered letter of the
-- Provincial People's Committee (Tờ trình đề nghị cấp trên, "N/TTr-UBND"), numbered in the approval's transaction.
alter table dossier add column proposal_number varchar(64);
alter table dossier add column proposal_date date;
