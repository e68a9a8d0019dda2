-- "A dossier overdue at my stage": the daily job tells the people of the stage once per dossier and stage.
-- A row here means the notice for that dossier and stage was written; the primary key makes it once, even if
-- two instances of the job run at the same moment.
create table overdue_notice_sent (
    dossier_id bigint      not null references dossier (id),
    status     varchar(32) not null,
    sent_at    timestamptz not null,
    primary key (dossier_id, status)
);
