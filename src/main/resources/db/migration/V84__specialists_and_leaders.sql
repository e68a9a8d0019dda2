-- An account of an office is a specialist (chuyên viên), who prepares, or a leader (lãnh đạo), who signs. A leader is
-- the head (thủ trưởng) or a deputy, and has the title printed in the signature block ("Giám đốc", "Phó Chủ tịch").
alter table user_account
    add column office_rank     varchar(16)  not null default 'SPECIALIST'
        check (office_rank in ('SPECIALIST', 'LEADER')),
    add column leader_position varchar(16)
        check (leader_position in ('HEAD', 'DEPUTY')),
    add column signature_title varchar(100),
    add constraint user_account_leader_signs check (
        (office_rank = 'LEADER') = (leader_position is not null and signature_title is not null and signature_title <> ''));

-- A unit whose head signs in the system: its clerk sends a finished dossier to the head, who sends it on.
alter table unit add column head_signs boolean not null default false;
