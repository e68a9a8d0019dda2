-- Criteria belong to a campaign × award form × nominee type. A criterion without a campaign applies to every
-- campaign (the law's general requirements); one with a campaign only to that campaign's dossiers. A dossier is
-- filed under the general criteria of its award form and nominee type plus its campaign's own, by position.
alter table criterion
    add column campaign_id bigint references campaign (id);

-- Positions are unique within a campaign's own criteria and within the general ones; a general criterion is added
-- after every campaign's last one (Administration), so the two never share a position on a dossier.
alter table criterion drop constraint criterion_award_form_id_nominee_type_position_key;
create unique index criterion_position_key on criterion (award_form_id, nominee_type, coalesce(campaign_id, 0), position);

-- Attributes that belong to one program: whether its individual nominees are marked as frontline forces
-- ("Thuộc lực lượng tuyến đầu chống dịch") and whether its dossiers carry the Covid-19 no-breach declaration.
-- Existing campaigns keep both until the administrator says otherwise; the Sóng program uses neither.
alter table campaign
    add column asks_frontline         boolean not null default true,
    add column asks_covid_declaration boolean not null default true;

update campaign set asks_frontline = false, asks_covid_declaration = false where code = 'SONG_MAY_TINH';

-- The Covid-19 criteria of the Chairman's Certificate of Merit (III.2.2, both lists) and the state level's
-- Covid-19 no-breach criterion are the Covid-19 movement's own.
update criterion set campaign_id = (select id from campaign where code = 'COVID19')
where award_form_id = (select id from award_form where code = 'CHAIRMAN_CERTIFICATE')
   or (award_form_id in (select id from award_form
                         where code in ('LABOUR_ORDER', 'FATHERLAND_DEFENCE_ORDER', 'MILITARY_EXPLOIT_ORDER', 'PM_CERTIFICATE'))
       and text = 'Không bị phê bình, nhắc nhở, vi phạm các quy định về phòng, chống dịch Covid-19');

-- The Sóng program's own criteria of the Chairman's Certificate of Merit: the parts of III.2.2 that concern it,
-- in the plan's words. Collectives: criterion 6 (its contributions) and criterion 5 (no criticism, reminder or
-- breach; the plan's sentence about Covid-19 staff does not concern this program). Individuals: criterion 4 (its
-- contributions, without the Covid-19 part) and criterion 5.
insert into criterion (award_form_id, nominee_type, position, text, required, campaign_id)
select af.id, c.nominee_type, c.position, c.text, true, cp.id
from award_form af
cross join campaign cp
cross join (values
    ('COLLECTIVE', 1, 'Các cơ quan, đơn vị, địa phương, doanh nghiệp có những đóng góp lớn ủng hộ Chương trình “Sóng và máy tính cho em”, kịp thời giúp đỡ tiếp thêm nghị lực cho các em có hoàn cảnh khó khăn có đủ điều kiện tham gia học tập trong mùa đại dịch'),
    ('COLLECTIVE', 2, 'Không bị phê bình, nhắc nhở, vi phạm'),
    ('INDIVIDUAL', 1, 'Có nhiều đóng góp, hỗ trợ, giúp đỡ Chương trình “Sóng và máy tính cho em” trên địa bàn tỉnh bằng tiền, hiện vật, hàng hóa, máy móc...'),
    ('INDIVIDUAL', 2, 'Chấp hành tốt chủ trương, đường lối của Đảng, chính sách, pháp luật tại địa phương')
) as c (nominee_type, position, text)
where af.code = 'CHAIRMAN_CERTIFICATE' and cp.code = 'SONG_MAY_TINH';

-- A dossier moved to another campaign is filed under that campaign's criteria, which reuse the positions of the
-- ones it leaves: the old lines go and the new ones come in one flush, so uniqueness is checked at commit.
alter table dossier_criterion drop constraint dossier_criterion_dossier_id_position_key;
alter table dossier_criterion add constraint dossier_criterion_dossier_id_position_key
    unique (dossier_id, position) deferrable initially deferred;
