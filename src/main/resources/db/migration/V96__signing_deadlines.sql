-- How many working days a document of the campaign may wait for a leader's signature (the department's Tờ trình,
-- Home Affairs' report, the chairman's decision, a unit's dossier at its head); awards.deadline.signing-working-days
-- (3) when the campaign sets none. A document past it is flagged in the signing list and its leaders are told once.
alter table campaign add column signing_days int check (signing_days > 0);
