package vn.gov.sonla.awards.report;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;

import vn.gov.sonla.awards.common.ProvinceTime;

/**
 * A fresh campaign (compiled by Sở Y tế) with five dossiers whose whole history happened at known times, so
 * every figure of the report can be computed by hand. The history is append-only and stamped with the time of
 * each step, so dossiers walked through the services would all have spent milliseconds at each stage: these are
 * written with SQL instead, as the history of March–April 2026 (the database still chains every event).
 *
 * <pre>
 * D1 Mai Sơn, individual, woman, frontline, Bằng khen (provincial) — GRANTED 11/03/2026
 *    DRAFT 02/03 08:00 → SUBMITTED 02/03 10:00 → ACCEPTED 04/03 → AT_HOME_AFFAIRS 05/03 → APPRAISED 08/03
 *    → AT_CHAIRMAN 09/03 → APPROVED 10/03 → GRANTED 11/03 (all at 10:00)
 * D2 Mai Sơn, individual, man, posthumous, Huân chương Lao động (state) — SUBMITTED since 10/03/2026 10:00
 * D3 Bệnh viện Đa khoa tỉnh (provincial level), collective, Bằng khen — SUBMITTED 01/04 10:00, (viewed 03/04),
 *    RETURNED 05/04, SUBMITTED 06/04, ACCEPTED since 07/04/2026 10:00
 * D4 a school under Thuận Châu, individual, woman, Bằng khen — SUBMITTED 15/04 10:00, REJECTED 18/04 10:00
 * D5 Mai Sơn, collective, Bằng khen — a DRAFT of 20/05/2026 (the clerk's own figures only)
 * Giấy khen: one decision of Mai Sơn of 10/04/2026 commending one individual and one collective.
 * </pre>
 */
final class ReportFixture {

    final long campaignId;
    final String campaignName;

    ReportFixture(JdbcClient jdbc) {
        String code = "R" + UUID.randomUUID().toString().replace("-", "").substring(0, 12).toUpperCase();
        campaignName = "Phong trào thử báo cáo " + code;
        campaignId = jdbc.sql("""
                insert into campaign (code, name, short_name, plan_number, plan_date, compiling_unit_id, active,
                                      review_days, appraisal_days, decision_days)
                values (:code, :name, :name, '1/KH-TEST', date '2026-01-01', (select id from unit where code = 'SYT'),
                        true, 5, null, 3) returning id""")
                .param("code", code).param("name", campaignName).query(Long.class).single();
        long school = jdbc.sql("""
                insert into unit (code, name, unit_type, parent_id, active)
                values (:code, :name, 'SCHOOL', (select id from unit where code = 'THUANCHAU'), true) returning id""")
                .param("code", "S" + code).param("name", "Trường THCS thử " + code).query(Long.class).single();

        long d1 = dossier(jdbc, "MAISON", "INDIVIDUAL", "Lò Thị Hoa", "FEMALE", true, false, "CHAIRMAN_CERTIFICATE",
                "GRANTED", at(3, 2, 8), at(3, 11, 10), LocalDate.of(2026, 3, 11));
        event(jdbc, d1, at(3, 2, 8), "CREATE", null, "DRAFT");
        event(jdbc, d1, at(3, 2, 10), "SUBMIT", "DRAFT", "SUBMITTED");
        event(jdbc, d1, at(3, 4, 10), "ACCEPT", "SUBMITTED", "ACCEPTED");
        event(jdbc, d1, at(3, 5, 10), "SEND_TO_HOME_AFFAIRS", "ACCEPTED", "AT_HOME_AFFAIRS");
        event(jdbc, d1, at(3, 8, 10), "APPRAISE", "AT_HOME_AFFAIRS", "APPRAISED");
        event(jdbc, d1, at(3, 9, 10), "FORWARD_TO_CHAIRMAN", "APPRAISED", "AT_CHAIRMAN");
        event(jdbc, d1, at(3, 10, 10), "APPROVE", "AT_CHAIRMAN", "APPROVED");
        event(jdbc, d1, at(3, 11, 10), "GRANT", "APPROVED", "GRANTED");

        long d2 = dossier(jdbc, "MAISON", "INDIVIDUAL", "Cầm Văn Minh", "MALE", false, true, "LABOUR_ORDER",
                "SUBMITTED", at(3, 10, 8), at(3, 10, 10), null);
        event(jdbc, d2, at(3, 10, 8), "CREATE", null, "DRAFT");
        event(jdbc, d2, at(3, 10, 10), "SUBMIT", "DRAFT", "SUBMITTED");

        long d3 = dossier(jdbc, "BVDK", "COLLECTIVE", "Khoa Truyền nhiễm", null, false, false, "CHAIRMAN_CERTIFICATE",
                "ACCEPTED", at(4, 1, 8), at(4, 7, 10), null);
        event(jdbc, d3, at(4, 1, 8), "CREATE", null, "DRAFT");
        event(jdbc, d3, at(4, 1, 10), "SUBMIT", "DRAFT", "SUBMITTED");
        event(jdbc, d3, at(4, 3, 9), "VIEW", "SUBMITTED", "SUBMITTED");
        event(jdbc, d3, at(4, 5, 10), "RETURN", "SUBMITTED", "RETURNED");
        event(jdbc, d3, at(4, 6, 10), "SUBMIT", "RETURNED", "SUBMITTED");
        event(jdbc, d3, at(4, 7, 10), "ACCEPT", "SUBMITTED", "ACCEPTED");

        long d4 = dossierInUnit(jdbc, school, "INDIVIDUAL", "Quàng Thị Lan", "FEMALE", false, false,
                "CHAIRMAN_CERTIFICATE", "REJECTED", at(4, 15, 8), at(4, 18, 10), null);
        event(jdbc, d4, at(4, 15, 8), "CREATE", null, "DRAFT");
        event(jdbc, d4, at(4, 15, 10), "SUBMIT", "DRAFT", "SUBMITTED");
        event(jdbc, d4, at(4, 18, 10), "REJECT", "SUBMITTED", "REJECTED");

        long d5 = dossier(jdbc, "MAISON", "COLLECTIVE", "Xã Chiềng Mung", null, false, false, "CHAIRMAN_CERTIFICATE",
                "DRAFT", at(5, 20, 8), at(5, 20, 8), null);
        event(jdbc, d5, at(5, 20, 8), "CREATE", null, "DRAFT");

        long decision = jdbc.sql("""
                insert into grassroots_decision (unit_id, campaign_id, number, decided_on, signer, recorded_by, recorded_at)
                values ((select id from unit where code = 'MAISON'), :campaign, :number, date '2026-04-10', 'Chủ tịch UBND huyện',
                        'vanthu.maison', now()) returning id""")
                .param("campaign", campaignId).param("number", "12/QĐ-" + code).query(Long.class).single();
        jdbc.sql("""
                insert into grassroots_awardee (decision_id, position, nominee_type, name) values
                    (:d, 1, 'INDIVIDUAL', 'Lường Văn Tâm'), (:d, 2, 'COLLECTIVE', 'Tổ y tế bản Hìn')""")
                .param("d", decision).update();
    }

    /** A time in Sơn La on a day of 2026. */
    static OffsetDateTime at(int month, int day, int hour) {
        return LocalDateTime.of(2026, month, day, hour, 0).atZone(ProvinceTime.ZONE).toOffsetDateTime();
    }

    private long dossier(JdbcClient jdbc, String unitCode, String type, String name, String gender, boolean frontline,
                         boolean posthumous, String award, String status, OffsetDateTime created,
                         OffsetDateTime changed, LocalDate decisionDate) {
        long unit = jdbc.sql("select id from unit where code = ?").param(unitCode).query(Long.class).single();
        return dossierInUnit(jdbc, unit, type, name, gender, frontline, posthumous, award, status, created, changed,
                decisionDate);
    }

    private long dossierInUnit(JdbcClient jdbc, long unit, String type, String name, String gender, boolean frontline,
                               boolean posthumous, String award, String status, OffsetDateTime created,
                               OffsetDateTime changed, LocalDate decisionDate) {
        long id = jdbc.sql("""
                insert into dossier (campaign_id, award_form_id, unit_id, nominee_type, nominee_name, nominee_gender,
                                     frontline, posthumous, achievement_summary, status, created_at, created_by,
                                     status_changed_at)
                values (:campaign, (select id from award_form where code = :award), :unit, :type, :name, :gender,
                        :frontline, :posthumous, 'Thành tích', :status, :created, 'fixture', :changed)
                returning id""")
                .param("campaign", campaignId).param("award", award).param("unit", unit).param("type", type)
                .param("name", name).param("gender", gender, java.sql.Types.VARCHAR).param("frontline", frontline)
                .param("posthumous", posthumous).param("status", status).param("created", created)
                .param("changed", changed)
                .query(Long.class).single();
        if (decisionDate != null) {
            // granted by a decision of that date on a submission of the compiling department: its certificate names it
            // (numbered far beyond the real series)
            jdbc.sql("""
                    with decision as (
                        insert into award_decision (year, seq, number, issued_on, signer_name, submission_id, created_at, created_by)
                        select :year, greatest(max(seq), 1000000) + 1, 'fixture/QĐ-UBND', :issuedOn, 'Dữ liệu thử',
                               (select min(s.id) from submission s join campaign c on c.compiling_unit_id = s.department_unit_id
                                 where c.id = :campaign), now(), 'fixture'
                          from award_decision where year = :year
                        returning id)
                    insert into certificate (dossier_id, decision_id, code, created_at)
                    select :dossier, decision.id, substr(md5(random()::text), 1, 22), now() from decision""")
                    .param("year", decisionDate.getYear()).param("issuedOn", decisionDate).param("dossier", id)
                    .param("campaign", campaignId).update();
        }
        return id;
    }

    private static void event(JdbcClient jdbc, long dossier, OffsetDateTime at, String action, String from, String to) {
        jdbc.sql("""
                insert into dossier_event (dossier_id, occurred_at, actor_username, actor_name, actor_unit_name,
                                           action, from_status, to_status)
                values (?, ?, 'fixture', 'Dữ liệu thử', 'Đơn vị thử', ?, ?, ?)""")
                .params(dossier, at, action, from, to).update();
    }

}
