-- Award forms and criteria kept by administrators (issue 7), and optional quotas.
--
-- Which kinds of nominee an award form applies to: both, as the plan has it, until an administrator says
-- otherwise. A dossier cannot be started for a kind the form does not apply to.
alter table award_form
    add column applies_to_individual boolean not null default true,
    add column applies_to_collective boolean not null default true,
    add constraint award_form_applies_to_someone check (applies_to_individual or applies_to_collective);

-- A criterion is retired, never deleted: dossier_criterion keeps its id and its text as it stood at filing.
-- Retired criteria are no longer offered to new dossiers.
alter table criterion
    add column retired boolean not null default false;

-- Optional quota (chỉ tiêu) per campaign × unit × award form: how many dossiers the unit may send. Informative:
-- the clerk sees how many remain and the compiling department sees when a unit exceeds it; nothing is blocked.
create table campaign_quota (
    campaign_id   bigint not null references campaign (id),
    unit_id       bigint not null references unit (id),
    award_form_id bigint not null references award_form (id),
    quota         int    not null check (quota >= 0),
    primary key (campaign_id, unit_id, award_form_id)
);
