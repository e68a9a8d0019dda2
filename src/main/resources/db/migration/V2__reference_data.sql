-- Reference data (units, award forms, criteria, campaigns) of plan 215/KH-UBND of 16/9/2021 of the Sơn La Provincial People's Committee; criteria texts quote the plan (section III.2).

-- ---------------------------------------------------------------------------------------------
-- Units (cơ quan, đơn vị, địa phương)
-- ---------------------------------------------------------------------------------------------

-- Departments and provincial agencies (sở, ban, ngành)
insert into unit (code, name, unit_type, parent_id, active) values
    ('SYT',      'Sở Y tế',                                       'DEPARTMENT', null, true),
    ('STTTT',    'Sở Thông tin và Truyền thông',                  'DEPARTMENT', null, true),
    ('SNV',      'Sở Nội vụ',                                     'DEPARTMENT', null, true),
    ('SGDDT',    'Sở Giáo dục và Đào tạo',                        'DEPARTMENT', null, true),
    ('VPUBND',   'Văn phòng UBND tỉnh',                           'DEPARTMENT', null, true),
    ('SKHDT',    'Sở Kế hoạch và Đầu tư',                         'DEPARTMENT', null, true),
    ('STC',      'Sở Tài chính',                                  'DEPARTMENT', null, true),
    ('SLDTBXH',  'Sở Lao động - Thương binh và Xã hội',           'DEPARTMENT', null, true),
    ('SVHTTDL',  'Sở Văn hóa, Thể thao và Du lịch',               'DEPARTMENT', null, true),
    ('SNNPTNT',  'Sở Nông nghiệp và Phát triển nông thôn',        'DEPARTMENT', null, true),
    ('SCT',      'Sở Công Thương',                                'DEPARTMENT', null, true),
    ('STNMT',    'Sở Tài nguyên và Môi trường',                   'DEPARTMENT', null, true),
    ('SXD',      'Sở Xây dựng',                                   'DEPARTMENT', null, true),
    ('SGTVT',    'Sở Giao thông vận tải',                         'DEPARTMENT', null, true),
    ('STP',      'Sở Tư pháp',                                    'DEPARTMENT', null, true),
    ('SKHCN',    'Sở Khoa học và Công nghệ',                      'DEPARTMENT', null, true),
    ('TTT',      'Thanh tra tỉnh',                                'DEPARTMENT', null, true),
    ('BDT',      'Ban Dân tộc tỉnh',                              'DEPARTMENT', null, true);

-- Central agencies based in the province
insert into unit (code, name, unit_type, parent_id, active) values
    ('CAT',      'Công an tỉnh',                                  'CENTRAL_AGENCY', null, true),
    ('BCHQS',    'Bộ Chỉ huy Quân sự tỉnh',                       'CENTRAL_AGENCY', null, true);

-- The city and the 11 districts: Sơn La's 12 district-level units in 2021
insert into unit (code, name, unit_type, parent_id, active) values
    ('TPSONLA',   'UBND thành phố Sơn La',                        'DISTRICT', null, true),
    ('QUYNHNHAI', 'UBND huyện Quỳnh Nhai',                        'DISTRICT', null, true),
    ('THUANCHAU', 'UBND huyện Thuận Châu',                        'DISTRICT', null, true),
    ('MUONGLA',   'UBND huyện Mường La',                          'DISTRICT', null, true),
    ('BACYEN',    'UBND huyện Bắc Yên',                           'DISTRICT', null, true),
    ('PHUYEN',    'UBND huyện Phù Yên',                           'DISTRICT', null, true),
    ('MOCCHAU',   'UBND huyện Mộc Châu',                          'DISTRICT', null, true),
    ('VANHO',     'UBND huyện Vân Hồ',                            'DISTRICT', null, true),
    ('YENCHAU',   'UBND huyện Yên Châu',                          'DISTRICT', null, true),
    ('MAISON',    'UBND huyện Mai Sơn',                           'DISTRICT', null, true),
    ('SONGMA',    'UBND huyện Sông Mã',                           'DISTRICT', null, true),
    ('SOPCOP',    'UBND huyện Sốp Cộp',                           'DISTRICT', null, true);

-- Hospitals and health centres under the Department of Health
insert into unit (code, name, unit_type, parent_id, active) values
    ('BVDK', 'Bệnh viện Đa khoa tỉnh Sơn La',             'HOSPITAL', (select id from unit where code = 'SYT'), true),
    ('CDC',  'Trung tâm Kiểm soát bệnh tật tỉnh Sơn La',  'HOSPITAL', (select id from unit where code = 'SYT'), true);

-- Enterprises, mass organisations, schools
insert into unit (code, name, unit_type, parent_id, active) values
    ('VIETTEL', 'Viettel Sơn La - Chi nhánh Tập đoàn Công nghiệp - Viễn thông Quân đội', 'ENTERPRISE',        null, true),
    ('VNPT',    'VNPT Sơn La',                                                          'ENTERPRISE',        null, true),
    ('DTN',     'Tỉnh đoàn Sơn La',                                                     'MASS_ORGANISATION', null, true),
    ('MTTQ',    'Ủy ban MTTQ Việt Nam tỉnh Sơn La',                                     'MASS_ORGANISATION', null, true),
    ('DHTB',    'Trường Đại học Tây Bắc',                                               'SCHOOL',            null, true);

-- ---------------------------------------------------------------------------------------------
-- Award forms (section III.1 of the plan: "Hình thức khen thưởng")
-- ---------------------------------------------------------------------------------------------
insert into award_form (code, name, name_en, award_level, decided_by, sort_order) values
    ('LABOUR_ORDER',             'Huân chương Lao động',
                                 'Labour Order',
                                 'STATE',      'Chủ tịch nước / Thủ tướng Chính phủ (Chủ tịch UBND tỉnh đề nghị)', 10),
    ('FATHERLAND_DEFENCE_ORDER', 'Huân chương Bảo vệ Tổ quốc',
                                 'Fatherland Defence Order',
                                 'STATE',      'Chủ tịch nước / Thủ tướng Chính phủ (Chủ tịch UBND tỉnh đề nghị)', 20),
    ('MILITARY_EXPLOIT_ORDER',   'Huân chương Chiến công',
                                 'Military Exploit Order',
                                 'STATE',      'Chủ tịch nước / Thủ tướng Chính phủ (Chủ tịch UBND tỉnh đề nghị)', 30),
    ('PM_CERTIFICATE',           'Bằng khen của Thủ tướng Chính phủ',
                                 'Prime Minister''s Certificate of Merit',
                                 'STATE',      'Thủ tướng Chính phủ (Chủ tịch UBND tỉnh đề nghị)',                 40),
    ('CHAIRMAN_CERTIFICATE',     'Bằng khen của Chủ tịch UBND tỉnh',
                                 'Certificate of Merit of the Provincial Chairman',
                                 'PROVINCIAL', 'Chủ tịch UBND tỉnh',                                               50),
    ('GRASSROOTS_CERTIFICATE',   'Giấy khen của Thủ trưởng cơ quan, đơn vị, địa phương',
                                 'Certificate of Commendation of the unit head',
                                 'GRASSROOTS', 'Thủ trưởng cơ quan, đơn vị, địa phương',                           60);

-- ---------------------------------------------------------------------------------------------
-- Criteria
-- ---------------------------------------------------------------------------------------------

-- Provincial level, collectives (III.2.2.a). The plan lists the six criteria under "Đối với tập thể"
-- without saying that every one of them must be met; criterion 6 in particular concerns only units
-- that supported "Sóng và máy tính cho em". So only the basic ones are required: 1 (tasks completed)
-- and 5 (no criticism or breach); 2, 3, 4 and 6 are achievements the clerk ticks when they apply.
insert into criterion (award_form_id, nominee_type, position, text, required) values
    ((select id from award_form where code = 'CHAIRMAN_CERTIFICATE'), 'COLLECTIVE', 1,
     'Hoàn thành 100% nhiệm vụ được giao theo chức năng, nhiệm vụ về công tác phòng, chống dịch Covid-19, có tác động tích cực đến kết quả thực hiện công tác phòng, chống dịch Covid-19 của tỉnh',
     true),
    ((select id from award_form where code = 'CHAIRMAN_CERTIFICATE'), 'COLLECTIVE', 2,
     'Chủ động theo dõi, dự báo diễn biến tình hình dịch bệnh để tham mưu kịp thời kiểm soát tốt nguy cơ lây bệnh từ bên ngoài, dập dịch triệt để bên trong; thần tốc trong xét nghiệm và tiêm chủng vắc xin phòng Covid-19 cho nhân dân; thực hiện tốt biện pháp 5K, đảm bảo an sinh xã hội, chăm lo sức khỏe và đời sống nhân dân; hỗ trợ, tháo gỡ khó khăn trong công tác phòng, chống dịch cho người dân và doanh nghiệp',
     false),
    ((select id from award_form where code = 'CHAIRMAN_CERTIFICATE'), 'COLLECTIVE', 3,
     'Có biện pháp chỉ đạo quyết liệt, có giải pháp, mô hình, cách làm mới, sáng tạo mang lại hiệu quả cao trong công tác phòng, chống dịch không để tình trạng dịch bệnh lây lan trong cộng đồng',
     false),
    ((select id from award_form where code = 'CHAIRMAN_CERTIFICATE'), 'COLLECTIVE', 4,
     'Tích cực vận động, thuyết phục, tuyên truyền nhân dân tại địa phương đồng thuận, thực hiện tốt đường lối, chủ trương của Đảng, chính sách, pháp luật của Nhà nước trong công tác phòng, chống dịch',
     false),
    ((select id from award_form where code = 'CHAIRMAN_CERTIFICATE'), 'COLLECTIVE', 5,
     'Không bị phê bình, nhắc nhở, vi phạm trong công tác phòng, chống dịch; không có cán bộ, công chức, viên chức, người lao động vi phạm trong công tác phòng, chống dịch Covid-19',
     true),
    ((select id from award_form where code = 'CHAIRMAN_CERTIFICATE'), 'COLLECTIVE', 6,
     'Các cơ quan, đơn vị, địa phương, doanh nghiệp có những đóng góp lớn ủng hộ Chương trình "Sóng và máy tính cho em", kịp thời giúp đỡ tiếp thêm nghị lực cho các em có hoàn cảnh khó khăn có đủ điều kiện tham gia học tập trong mùa đại dịch',
     false);

-- Provincial level, individuals (III.2.2.b). As for collectives, the plan does not say all five must
-- be met: 1 (direct participation, recognised by a competent authority) and 5 (observing the Party's
-- guidelines and the State's policies and laws) are required; 2, 3 and 4 are alternatives.
insert into criterion (award_form_id, nominee_type, position, text, required) values
    ((select id from award_form where code = 'CHAIRMAN_CERTIFICATE'), 'INDIVIDUAL', 1,
     'Trực tiếp tham gia, hoàn thành xuất sắc nhiệm vụ góp phần tích cực vào phòng, chống dịch và cứu chữa bệnh nhân, được cấp có thẩm quyền ghi nhận và đánh giá cao',
     true),
    ((select id from award_form where code = 'CHAIRMAN_CERTIFICATE'), 'INDIVIDUAL', 2,
     'Tích cực, tự nguyện tham gia công tác phòng, chống dịch một cách nhiệt tình, không ngại khó, ngại khổ; tận tâm, tận lực với công việc, phục vụ nhân dân, đồng thời đảm bảo an toàn chống dịch, thực hiện tốt biện pháp 5K, có ý tưởng, giải pháp mới, sáng tạo được áp dụng thành công, hiệu quả trong công tác phòng, chống dịch',
     false),
    ((select id from award_form where code = 'CHAIRMAN_CERTIFICATE'), 'INDIVIDUAL', 3,
     'Đoàn kết, thể hiện ý chí, bản lĩnh, trí tuệ, nỗ lực vượt qua các khó khăn, thách thức; tích cực thi đua vừa chống dịch vừa duy trì và ổn định sản xuất kinh doanh, cùng đồng hành phòng, chống dịch; chăm lo việc làm, đảm bảo thu nhập và đời sống cho người lao động',
     false),
    ((select id from award_form where code = 'CHAIRMAN_CERTIFICATE'), 'INDIVIDUAL', 4,
     'Có nhiều đóng góp, hỗ trợ, giúp đỡ trong công tác phòng, chống dịch Covid-19 và Chương trình "Sóng và máy tính cho em" trên địa bàn tỉnh bằng tiền, hiện vật, hàng hóa, máy móc...',
     false),
    ((select id from award_form where code = 'CHAIRMAN_CERTIFICATE'), 'INDIVIDUAL', 5,
     'Chấp hành tốt chủ trương, đường lối của Đảng, chính sách, pháp luật tại địa phương',
     true);

-- Grassroots level (III.2.3): one criterion for collectives and individuals alike.
insert into criterion (award_form_id, nominee_type, position, text, required)
select af.id, nt.nominee_type, 1,
       'Có thành tích xuất sắc trong công tác phòng, chống dịch và Chương trình "Sóng và máy tính cho em" có phạm vi ảnh hưởng và nêu gương, lan tỏa ở cơ sở',
       true
from award_form af
cross join (values ('COLLECTIVE'), ('INDIVIDUAL')) as nt (nominee_type)
where af.code = 'GRASSROOTS_CERTIFICATE';

-- State level (III.2.1): "thực hiện theo quy định của pháp luật về thi đua khen thưởng", plus the
-- plan's general requirement of no breach of the Covid-19 rules. Both required, for each state award form.
insert into criterion (award_form_id, nominee_type, position, text, required)
select af.id, nt.nominee_type, c.position, c.text, true
from award_form af
cross join (values ('COLLECTIVE'), ('INDIVIDUAL')) as nt (nominee_type)
cross join (values
    (1, 'Đạt tiêu chuẩn theo quy định của Luật Thi đua, khen thưởng và các văn bản hướng dẫn'),
    (2, 'Không bị phê bình, nhắc nhở, vi phạm các quy định về phòng, chống dịch Covid-19')
) as c (position, text)
where af.code in ('LABOUR_ORDER', 'FATHERLAND_DEFENCE_ORDER', 'MILITARY_EXPLOIT_ORDER', 'PM_CERTIFICATE');

-- ---------------------------------------------------------------------------------------------
-- Campaigns (the two programmes launched by the plan; section III.3.1 names the compiling department)
-- ---------------------------------------------------------------------------------------------
insert into campaign (code, name, short_name, plan_number, plan_date, compiling_unit_id, active) values
    ('COVID19',
     'Phong trào thi đua đặc biệt "Sơn La đoàn kết, chung sức, đồng lòng thi đua phòng, chống và chiến thắng đại dịch Covid-19"',
     'Phong trào thi đua phòng, chống Covid-19',
     '215/KH-UBND', date '2021-09-16',
     (select id from unit where code = 'SYT'), true),
    ('SONG_MAY_TINH',
     'Chương trình "Sóng và máy tính cho em"',
     'Sóng và máy tính cho em',
     '215/KH-UBND', date '2021-09-16',
     (select id from unit where code = 'STTTT'), true);
