-- What Home Affairs and the chairman's office decide about a dossier belongs to the modules that decide it; the
-- dossier keeps its stage, its history and what its unit filed.
-- * Home Affairs' opinion (endorsed or not, with a remark) is the appraisal module's.
-- * The provincial decision that granted an award is the one its certificate names (the copy of its number and
--   date on the dossier goes); the chairman's letter proposing a state-level award to the central level and the
--   central decision that followed are the decision module's.

create table appraisal_opinion (
    dossier_id bigint  primary key references dossier (id),
    endorsed   boolean not null,
    remark     text
);

insert into appraisal_opinion (dossier_id, endorsed, remark)
select id, appraisal_endorsed, appraisal_remark from dossier where appraisal_endorsed is not null;

create table central_proposal (
    dossier_id              bigint primary key references dossier (id),
    number                  varchar(64),
    proposed_on             date,
    central_decision_number varchar(64),
    central_decision_date   date,
    check ((central_decision_number is null) = (central_decision_date is null))
);

insert into central_proposal (dossier_id, number, proposed_on, central_decision_number, central_decision_date)
select id, proposal_number, proposal_date, central_decision_number, central_decision_date
  from dossier where proposal_number is not null or central_decision_number is not null;

-- every granted dossier has its certificate (the decision step writes both; older data may lack one)
insert into certificate (dossier_id, decision_id, code, created_at)
select d.id, d.decision_id,
       translate(rtrim(encode(decode(replace(gen_random_uuid()::text, '-', ''), 'hex'), 'base64'), '='), '+/', '-_'),
       now()
  from dossier d
 where d.decision_id is not null and not exists (select 1 from certificate c where c.dossier_id = d.id);

-- "decided this month" counts the certificates of the decisions of the month
create index award_decision_issued_on_idx on award_decision (issued_on);

alter table dossier drop column appraisal_endorsed,
                    drop column appraisal_remark,
                    drop column decision_id,
                    drop column decision_number,
                    drop column decision_date,
                    drop column proposal_number,
                    drop column proposal_date,
                    drop column central_decision_number,
                    drop column central_decision_date;
