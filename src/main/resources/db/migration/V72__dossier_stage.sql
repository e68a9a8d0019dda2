-- The stages of a dossier's path and what each means, as the database's own reference data: the same facts as the
-- Java enum DossierStatus, one row per constant, held equal to it by DossierStageIntegrationTests (a stage added to
-- the enum without its row here fails the build). The report tallies' functions (R__report_tallies.sql) read their
-- stage lists from this table instead of repeating them, so a new stage is described once in Java and once here.
--
--   party      who acts on a dossier at the stage (DossierStatus.Party): UNIT, COMPILING_DEPARTMENT, HOME_AFFAIRS,
--              CHAIRMAN_OFFICE or NOBODY (the path has ended);
--   deadline   which of the campaign's deadlines runs while a dossier waits there (DossierStatus.Deadline): NONE,
--              REVIEW (campaign.review_days), APPRAISAL (appraisal_days) or DECISION (decision_days);
--   hand_over  entering the stage hands the dossier to another party (a copy is frozen);
--   timed      the time spent there is measured and counts as waiting on its party;
--   final      no step leaves the stage;
--   position   the order of the path (the order of the enum's constants, from 1).

create table dossier_stage (
    status    text    primary key,
    party     text    not null,
    deadline  text    not null,
    hand_over boolean not null,
    timed     boolean not null,
    final     boolean not null,
    position  int     not null unique
);

insert into dossier_stage (status, party, deadline, hand_over, timed, final, position) values
    ('DRAFT',               'UNIT',                 'NONE',      false, false, false,  1),
    ('SUBMITTED',           'COMPILING_DEPARTMENT', 'REVIEW',    true,  true,  false,  2),
    ('RETURNED',            'UNIT',                 'NONE',      true,  true,  false,  3),
    ('REJECTED',            'NOBODY',               'NONE',      false, false, true,   4),
    ('WITHDRAWN',           'NOBODY',               'NONE',      false, false, true,   5),
    ('ACCEPTED',            'COMPILING_DEPARTMENT', 'REVIEW',    false, true,  false,  6),
    ('AT_HOME_AFFAIRS',     'HOME_AFFAIRS',         'APPRAISAL', true,  true,  false,  7),
    ('APPRAISED',           'HOME_AFFAIRS',         'APPRAISAL', false, true,  false,  8),
    ('AT_CHAIRMAN',         'CHAIRMAN_OFFICE',      'DECISION',  true,  true,  false,  9),
    ('APPROVED',            'CHAIRMAN_OFFICE',      'DECISION',  true,  true,  false, 10),
    ('DECLINED',            'NOBODY',               'NONE',      true,  false, true,  11),
    ('GRANTED',             'NOBODY',               'NONE',      true,  false, true,  12),
    ('PROPOSED_TO_CENTRAL', 'CHAIRMAN_OFFICE',      'NONE',      true,  false, false, 13),
    ('CENTRAL_AWARDED',     'NOBODY',               'NONE',      false, false, true,  14),
    ('CENTRAL_DECLINED',    'NOBODY',               'NONE',      false, false, true,  15);

-- The runtime role reads this table (the tallies' trigger functions run as whoever moves a dossier) and must not
-- change it: see awards_read_only_tables in R__runtime_grants.sql.
