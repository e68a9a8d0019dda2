package vn.gov.sonla.awards.notification;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.PlatformTransactionManager;

import vn.gov.sonla.awards.calendar.CalendarDays;
import vn.gov.sonla.awards.dossier.DepartmentSteps;
import vn.gov.sonla.awards.dossier.internal.Dossier;
import vn.gov.sonla.awards.dossier.Dossiers;
import vn.gov.sonla.awards.support.CalendarEntries;
import vn.gov.sonla.awards.support.Fixtures;
import vn.gov.sonla.awards.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

/**
 * The daily job tells the people of a stage about dossiers that waited there past their campaign's deadline:
 * the compiling department's staff, then Home Affairs — once per dossier and stage, nobody else. "Today" is
 * given to the job, so four days ahead is a test, not a wait.
 */
@IntegrationTest
@AutoConfigureMockMvc
class OverdueNoticesIntegrationTests {

    @Autowired OverdueNotices job;
    @Autowired Fixtures fixtures;
    @Autowired Dossiers dossiers;
    @Autowired JdbcClient jdbc;
    @Autowired MockMvc mvc;
    @Autowired DepartmentSteps departmentSteps;
    @Autowired CalendarDays calendarDays;
    @Autowired PlatformTransactionManager transactions;

    @Test
    void aDossierPastItsCampaignsDeadlineIsNoticedOnceByThePeopleOfItsStage() throws Exception {
        String code = "OD_" + Long.toString(System.nanoTime() % 1_000_000_000L, 36).toUpperCase();
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));
        long syt = jdbc.sql("select id from unit where code = 'SYT'").query(Long.class).single();
        long merit = jdbc.sql("select id from award_form where code = 'CHAIRMAN_CERTIFICATE'").query(Long.class).single();
        mvc.perform(post("/admin/campaigns").with(user(fixtures.user("admin"))).with(csrf())
                        .param("code", code).param("name", "Phong trào kiểm thử hạn xử lý " + code).param("shortName", "Hạn " + code)
                        .param("planNumber", "1/KH-UBND").param("planDate", "2025-01-02").param("compilingUnitId", "" + syt)
                        .param("opensOn", today.minusDays(5).toString()).param("closesOn", today.plusDays(60).toString())
                        .param("reviewDays", "1").param("appraisalDays", "1").param("decisionDays", "1")
                        .param("awardFormIds", "" + merit))
                .andExpect(redirectedUrl("/admin/campaigns"));

        Dossier urgent = fixtures.aSubmittedDossier("vanthu.maison", code, "CHAIRMAN_CERTIFICATE", "Lò Văn Quá Hạn " + code);
        // the same wait under the default deadline (10 working days) is not overdue
        Dossier patient = fixtures.aSubmittedDossier("vanthu.maison", "COVID19", "CHAIRMAN_CERTIFICATE", "Lò Văn Còn Hạn " + code);

        job.run(today);
        assertThat(recipients(urgent)).as("not overdue yet on the day it arrived").isEmpty();

        // four calendar days hold at least two working days: past a one-day deadline
        job.run(today.plusDays(4));
        assertThat(recipients(urgent)).containsExactlyInAnyOrderElementsOf(enabled("DEPARTMENT", "SYT"))
                .contains("syt").doesNotContain("stttt", "snv", "vpubnd", "vanthu.maison");
        assertThat(recipients(patient)).isEmpty();
        assertThat(jdbc.sql("select detail from notice n join user_account u on u.id = n.recipient_id "
                        + "where n.kind = 'OVERDUE' and n.dossier_id = ? and u.username = 'syt'")
                .param(urgent.getId()).query(String.class).single()).contains("quá thời hạn 1 ngày làm việc");

        // never twice for the same dossier and stage
        int before = recipients(urgent).size();
        job.run(today.plusDays(4));
        job.run(today.plusDays(30));
        assertThat(recipients(urgent)).hasSize(before);

        // at the next stage, Home Affairs is told, still nobody else
        var health = fixtures.user("syt");
        departmentSteps.accept(urgent.getId(), fixtures.reload(urgent, "syt").getVersion(), health.actor());
        fixtures.sent("syt", fixtures.reload(urgent, "syt"));
        job.run(today.plusDays(4));
        assertThat(recipientsAt(urgent, "APPRAISER")).containsExactlyInAnyOrderElementsOf(enabled("APPRAISER", null));
        assertThat(recipients(urgent)).doesNotContain("vpubnd", "stttt", "vanthu.maison");
    }

    @Test
    void aDossierSubmittedTheDayBeforeTetIsNotOverdueDuringTet() throws Exception {
        String code = "TET_" + Long.toString(System.nanoTime() % 1_000_000_000L, 36).toUpperCase();
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));
        long syt = jdbc.sql("select id from unit where code = 'SYT'").query(Long.class).single();
        long merit = jdbc.sql("select id from award_form where code = 'CHAIRMAN_CERTIFICATE'").query(Long.class).single();
        mvc.perform(post("/admin/campaigns").with(user(fixtures.user("admin"))).with(csrf())
                        .param("code", code).param("name", "Phong trào kiểm thử Tết " + code).param("shortName", "Tết " + code)
                        .param("planNumber", "1/KH-UBND").param("planDate", "2025-01-02").param("compilingUnitId", "" + syt)
                        .param("opensOn", today.minusDays(5).toString()).param("closesOn", today.plusDays(60).toString())
                        .param("reviewDays", "1").param("appraisalDays", "1").param("decisionDays", "1")
                        .param("awardFormIds", "" + merit))
                .andExpect(redirectedUrl("/admin/campaigns"));
        Dossier beforeTet = fixtures.aSubmittedDossier("vanthu.maison", code, "CHAIRMAN_CERTIFICATE", "Lò Thị Trước Tết " + code);

        CalendarEntries entries = new CalendarEntries(calendarDays, transactions);
        try {
            // Tết begins the day after it was submitted and lasts nine days: no working day waited yet
            entries.daysOff(today.plusDays(1), today.plusDays(9), "Tết Nguyên đán");
            job.run(today.plusDays(9));
            assertThat(recipients(beforeTet)).isEmpty();
        } finally {
            entries.restore();
        }
        // the same nine days without Tết hold more than the one working day allowed
        job.run(today.plusDays(9));
        assertThat(recipients(beforeTet)).contains("syt");
    }

    private List<String> recipients(Dossier d) {
        return jdbc.sql("""
                select u.username from notice n join user_account u on u.id = n.recipient_id
                 where n.kind = 'OVERDUE' and n.dossier_id = ?""").param(d.getId()).query(String.class).list();
    }

    private List<String> recipientsAt(Dossier d, String role) {
        return jdbc.sql("""
                select u.username from notice n join user_account u on u.id = n.recipient_id
                 where n.kind = 'OVERDUE' and n.dossier_id = ? and u.role = ?""").param(d.getId()).param(role)
                .query(String.class).list();
    }

    /** The enabled specialists of the role (and unit): the people who work on dossiers, whom notices reach. */
    private List<String> enabled(String role, String unitCode) {
        return jdbc.sql("""
                select a.username from user_account a join unit u on u.id = a.unit_id
                 where a.enabled and a.role = :role and (cast(:unit as varchar) is null or u.code = :unit)
                   and a.office_rank = 'SPECIALIST'""")
                .param("role", role).param("unit", unitCode).query(String.class).list();
    }
}
