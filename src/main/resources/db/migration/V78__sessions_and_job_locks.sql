-- Signed-in sessions live in the database, so a restart signs nobody out and every instance serves every session.
-- The tables are Spring Session JDBC's own (its schema-postgresql.sql, which Boot is told never to run); the session
-- table's principal_name index lets the application find and end all sessions of one person on any instance.
create table spring_session (
    primary_id            char(36)     not null,
    session_id            char(36)     not null,
    creation_time         bigint       not null,
    last_access_time      bigint       not null,
    max_inactive_interval int          not null,
    expiry_time           bigint       not null,
    principal_name        varchar(100),
    constraint spring_session_pk primary key (primary_id)
);

create unique index spring_session_ix1 on spring_session (session_id);
create index spring_session_ix2 on spring_session (expiry_time);
create index spring_session_ix3 on spring_session (principal_name);

create table spring_session_attributes (
    session_primary_id char(36)     not null,
    attribute_name     varchar(200) not null,
    attribute_bytes    bytea        not null,
    constraint spring_session_attributes_pk primary key (session_primary_id, attribute_name),
    constraint spring_session_attributes_fk foreign key (session_primary_id)
        references spring_session (primary_id) on delete cascade
);

-- One row per scheduled job: the instance that holds it until lock_until runs the job, the others skip that run
-- (ShedLock's JDBC provider). The times are the database's clock in UTC, written by the provider as timestamps
-- without zone, so neither the instances' clocks nor their time zones need to agree.
create table shedlock (
    name       varchar(64)  not null primary key,
    lock_until timestamp    not null,
    locked_at  timestamp    not null,
    locked_by  varchar(255) not null
);
