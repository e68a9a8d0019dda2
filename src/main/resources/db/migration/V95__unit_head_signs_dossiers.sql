-- A unit whose head signs in the system (unit.head_signs): its clerk presents a finished dossier to the head
-- (AT_UNIT_HEAD), who sends it on to the compiling department or returns it to the clerk. The stage is the unit's
-- own: no deadline runs, no copy is frozen, its time is not measured.
alter table dossier drop constraint dossier_status_check;
alter table dossier add constraint dossier_status_check check (status in
    ('DRAFT', 'SUBMITTED', 'RETURNED', 'REJECTED', 'WITHDRAWN', 'ACCEPTED', 'AT_HOME_AFFAIRS', 'APPRAISED',
     'AT_CHAIRMAN', 'APPROVED', 'DECLINED', 'GRANTED', 'PROPOSED_TO_CENTRAL', 'CENTRAL_AWARDED', 'CENTRAL_DECLINED',
     'AT_UNIT_HEAD'));

insert into dossier_stage (status, party, deadline, hand_over, timed, final, position) values
    ('AT_UNIT_HEAD', 'UNIT', 'NONE', false, false, false, 16);
