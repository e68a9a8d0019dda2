-- Campaigns created by administrators (issue 7): open and close dates, a deadline per stage in working days,
-- and the award forms a campaign allows. The two campaigns of plan 215 allow every routed award form.

alter table campaign
    add column opens_on        date,
    add column closes_on       date,
    add column review_days     int check (review_days > 0),
    add column appraisal_days  int check (appraisal_days > 0),
    add column decision_days   int check (decision_days > 0),
    add constraint campaign_dates_ordered check (closes_on is null or opens_on is null or closes_on >= opens_on);

create table campaign_award_form (
    campaign_id   bigint not null references campaign (id),
    award_form_id bigint not null references award_form (id),
    primary key (campaign_id, award_form_id)
);

insert into campaign_award_form (campaign_id, award_form_id)
select c.id, a.id from campaign c cross join award_form a where a.award_level in ('STATE', 'PROVINCIAL');
