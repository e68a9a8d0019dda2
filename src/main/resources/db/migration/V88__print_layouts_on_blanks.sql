-- Printing certificates on the province's pre-printed blanks (phôi): for each award form, the paper and where each
-- field is printed (millimetres from the blank's top-left corner, font size, alignment); for each office, its
-- printer's offset; and a record of every print and reprint.
create table print_layout (
    award_form_id bigint primary key references award_form (id),
    paper         text    not null check (paper in ('A3', 'A4')),
    landscape     boolean not null,
    -- a scanned picture of the blank, for the on-screen preview only (never printed)
    blank_scan    bytea,
    updated_by    text    not null,
    updated_at    timestamptz not null
);

create table print_layout_field (
    award_form_id bigint  not null references print_layout (award_form_id) on delete cascade,
    field         text    not null check (field in ('AWARDEE', 'POSITION', 'UNIT', 'AWARD_LINE', 'DECISION',
                                                    'PLACE_DATE', 'SIGNER_TITLE', 'SIGNER_NAME')),
    x_mm          numeric(6, 1) not null check (x_mm between 0 and 420),
    y_mm          numeric(6, 1) not null check (y_mm between 0 and 420),
    font_pt       numeric(4, 1) not null check (font_pt between 8 and 72),
    align         text    not null check (align in ('LEFT', 'CENTER', 'RIGHT')),
    primary key (award_form_id, field)
);

create table printer_calibration (
    unit_id    bigint primary key references unit (id),
    dx_mm      numeric(4, 1) not null check (dx_mm between -20 and 20),
    dy_mm      numeric(4, 1) not null check (dy_mm between -20 and 20),
    updated_by text not null,
    updated_at timestamptz not null
);

create table certificate_print (
    id          bigint generated always as identity primary key,
    decision_id bigint      not null references award_decision (id),
    dossier_ids bigint[]    not null,
    copies      int         not null check (copies > 0),
    reprint     boolean     not null,
    reason      text,
    printed_by  text        not null,
    printed_at  timestamptz not null,
    check (not reprint or reason is not null)
);
create index certificate_print_decision on certificate_print (decision_id);

-- The Sơn La blank of "Bằng khen của Chủ tịch UBND tỉnh": A3 landscape; the administrator adjusts the positions.
insert into print_layout (award_form_id, paper, landscape, updated_by, updated_at)
select id, 'A3', true, 'system', now() from award_form where code = 'CHAIRMAN_CERTIFICATE';

insert into print_layout_field (award_form_id, field, x_mm, y_mm, font_pt, align)
select af.id, f.field, f.x, f.y, f.pt, f.align
  from award_form af
 cross join (values ('AWARDEE', 210.0, 150.0, 26.0, 'CENTER'),
                    ('POSITION', 210.0, 163.0, 15.0, 'CENTER'),
                    ('UNIT', 210.0, 173.0, 15.0, 'CENTER'),
                    ('AWARD_LINE', 210.0, 188.0, 14.0, 'CENTER'),
                    ('DECISION', 95.0, 262.0, 11.0, 'CENTER'),
                    ('PLACE_DATE', 310.0, 232.0, 13.0, 'CENTER'),
                    ('SIGNER_TITLE', 310.0, 241.0, 13.0, 'CENTER'),
                    ('SIGNER_NAME', 310.0, 280.0, 15.0, 'CENTER')) as f (field, x, y, pt, align)
 where af.code = 'CHAIRMAN_CERTIFICATE';

create trigger certificate_print_immutable before update or delete on certificate_print
    for each row execute function refuse_change_of_issued_record();
create trigger certificate_print_no_truncate before truncate on certificate_print
    for each statement execute function refuse_change_of_issued_record();
