-- Decree 152/2025/NĐ-CP (in force from 01/07/2025), khoản 1 Điều 54: an individual's Bằng khen of a province is paid
-- 1.5 times the base salary (điểm b) and a Giấy khen 0.3 times (điểm e). A collective is paid twice an individual's
-- amount as under Decree 91/2017/NĐ-CP; the clause of Decree 152/2025 on collectives was not read, and the legal
-- basis recorded says so. New rows from the decree's effective date: decisions issued before it keep
-- the values in force on their day, and decisions already issued keep their frozen amounts.
insert into prize_coefficient (award_form_id, nominee_type, coefficient, effective_from, legal_basis, recorded_at, recorded_by)
select af.id, c.nominee_type, c.coefficient, date '2025-07-01', c.legal_basis, now(), 'flyway'
from award_form af
join (values
    ('CHAIRMAN_CERTIFICATE',   'INDIVIDUAL', 1.5, 'Nghị định 152/2025/NĐ-CP, điểm b khoản 1 Điều 54'),
    ('CHAIRMAN_CERTIFICATE',   'COLLECTIVE', 3.0, 'Nghị định 152/2025/NĐ-CP, Điều 54 (tập thể: gấp đôi cá nhân như Nghị định 91/2017/NĐ-CP, cần đối chiếu)'),
    ('GRASSROOTS_CERTIFICATE', 'INDIVIDUAL', 0.3, 'Nghị định 152/2025/NĐ-CP, điểm e khoản 1 Điều 54'),
    ('GRASSROOTS_CERTIFICATE', 'COLLECTIVE', 0.6, 'Nghị định 152/2025/NĐ-CP, Điều 54 (tập thể: gấp đôi cá nhân như Nghị định 91/2017/NĐ-CP, cần đối chiếu)')
) as c (code, nominee_type, coefficient, legal_basis) on c.code = af.code;
