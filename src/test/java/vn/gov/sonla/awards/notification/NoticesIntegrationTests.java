package vn.gov.sonla.awards.notification;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import vn.gov.sonla.awards.account.Accounts;
import vn.gov.sonla.awards.account.CurrentUser;
import vn.gov.sonla.awards.account.Role;
import vn.gov.sonla.awards.appraisal.Appraisals;
import vn.gov.sonla.awards.decision.Approvals;
import vn.gov.sonla.awards.decision.Decisions;
import vn.gov.sonla.awards.dossier.DepartmentSteps;
import vn.gov.sonla.awards.dossier.internal.Dossier;
import vn.gov.sonla.awards.dossier.Dossiers;
import vn.gov.sonla.awards.dossier.UnitSteps;
import vn.gov.sonla.awards.organisation.UnitRepository;
import vn.gov.sonla.awards.review.SubmissionView;
import vn.gov.sonla.awards.review.Submissions;
import vn.gov.sonla.awards.support.Fixtures;
import vn.gov.sonla.awards.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Notices reach the people whose turn it is, and nobody else: a second clerk of the hospital and a second
 * Health officer exist to show "all of them", the other units and departments to show "no others"; each
 * inbox shows only its owner's notices.
 */
@IntegrationTest
@AutoConfigureMockMvc
class NoticesIntegrationTests {

    @Autowired Dossiers dossiers;
    @Autowired Submissions submissions;
    @Autowired Appraisals appraisals;
    @Autowired Decisions decisions;
    @Autowired Fixtures fixtures;
    @Autowired Accounts accounts;
    @Autowired UnitRepository units;
    @Autowired JdbcClient jdbc;
    @Autowired MockMvc mvc;
    @Autowired DepartmentSteps departmentSteps;
    @Autowired UnitSteps unitSteps;
    @Autowired Approvals approvals;

    @BeforeEach
    void secondPeopleInTheSameUnits() {
        if (!accounts.exists("vanthu.bvdk2")) {
            accounts.create("vanthu.bvdk2", "khac-mat-khau", "Lê Thị Hai", Role.CLERK, units.findByCode("BVDK").orElseThrow());
        }
        if (!accounts.exists("syt2")) {
            accounts.create("syt2", "khac-mat-khau", "Phan Văn Hai", Role.DEPARTMENT, units.findByCode("SYT").orElseThrow());
        }
    }

    @Test
    void eachStepNotifiesExactlyThePeopleWhoseTurnItIs() {
        CurrentUser clerk = fixtures.user("vanthu.bvdk");
        CurrentUser health = fixtures.user("syt");
        CurrentUser homeAffairs = fixtures.user("snv");
        CurrentUser office = fixtures.user("vpubnd");

        Dossier d = fixtures.aCompleteDraft("vanthu.bvdk", "COVID19", "CHAIRMAN_CERTIFICATE", "Bạc Thị Được Báo");
        long id = d.getId();
        assertThat(noticesOf(id)).isEmpty();

        unitSteps.submit(id, d.getVersion(), null, clerk.actor());
        assertThat(newNotices(id)).containsExactlyInAnyOrder("DOSSIER_ARRIVED syt", "DOSSIER_ARRIVED syt2");

        departmentSteps.returnForSupplementation(id, version(id, health), "Thiếu xác nhận", health.actor());
        assertThat(newNotices(id)).containsExactlyInAnyOrder("RETURNED vanthu.bvdk", "RETURNED vanthu.bvdk2");

        unitSteps.submit(id, version(id, clerk), null, clerk.actor());
        assertThat(newNotices(id)).containsExactlyInAnyOrder("DOSSIER_ARRIVED syt", "DOSSIER_ARRIVED syt2");

        departmentSteps.accept(id, version(id, health), health.actor());
        assertThat(newNotices(id)).isEmpty();

        // a submission of two dossiers is one notice per appraiser, not two
        Dossier other = fixtures.anAcceptedDossier("vanthu.maison", "syt", "COVID19", "Lò Văn Cùng Tờ Trình");
        SubmissionView submission = submissions.compileAndSign(List.of(id, other.getId()), health.actor(), fixtures.leaderOf(health.actor()));
        assertThat(submissionNotices(submission.id())).containsExactly("SUBMISSION_ARRIVED snv");

        appraisals.appraise(id, version(id, homeAffairs), true, null, homeAffairs.actor());
        appraisals.appraise(other.getId(), version(other.getId(), homeAffairs), true, null, homeAffairs.actor());
        appraisals.forward(submission.id(), homeAffairs.actor(), fixtures.leaderOf(homeAffairs.actor()));
        assertThat(submissionNotices(submission.id()))
                .containsExactlyInAnyOrder("SUBMISSION_ARRIVED snv", "SUBMISSION_FORWARDED vpubnd");
        newNotices(id);

        approvals.approve(id, version(id, office), null, office.actor());
        assertThat(newNotices(id)).containsExactlyInAnyOrder("APPROVED vanthu.bvdk", "APPROVED vanthu.bvdk2");
        approvals.decline(other.getId(), version(other.getId(), office), "Chưa đủ tiêu chuẩn", office.actor());
        decisions.issue(submission.id(), LocalDate.of(2021, 11, 2), office.actor(), fixtures.actor("ct.ubnd"));
        assertThat(newNotices(id)).containsExactlyInAnyOrder("GRANTED vanthu.bvdk", "GRANTED vanthu.bvdk2");
        // every active clerk of Mai Sơn is told (other tests may have added some), nobody else
        List<String> expected = new java.util.ArrayList<>(List.of("DOSSIER_ARRIVED syt", "DOSSIER_ARRIVED syt2"));
        jdbc.sql("""
                select a.username from user_account a join unit u on u.id = a.unit_id
                where u.code = 'MAISON' and a.role = 'CLERK' and a.enabled and a.office_rank = 'SPECIALIST'""")
                .query(String.class).list().forEach(clerkName -> expected.add("DECLINED " + clerkName));
        assertThat(expected).contains("DECLINED vanthu.maison");
        assertThat(noticesOf(other.getId())).containsExactlyInAnyOrderElementsOf(expected);
    }

    @Test
    void myInboxShowsMyNoticesOnlyAndOpeningOneMarksItRead() throws Exception {
        Dossier d = fixtures.aSubmittedDossier("vanthu.viettel", "SONG_MAY_TINH", "CHAIRMAN_CERTIFICATE", "Vì Văn Hộp Thư");
        long noticeId = jdbc.sql("select n.id from notice n join user_account u on u.id = n.recipient_id "
                        + "where n.dossier_id = ? and u.username = 'stttt'").param(d.getId()).query(Long.class).single();
        var stttt = user(fixtures.user("stttt"));

        long unread = jdbc.sql("select count(*) from notice n join user_account u on u.id = n.recipient_id "
                + "where u.username = 'stttt' and n.read_at is null").query(Long.class).single();
        mvc.perform(get("/inbox").with(stttt))
                .andExpect(status().isOk())
                .andExpect(model().attribute("inboxUnread", unread))
                .andExpect(content().string(containsString("Hồ sơ mới chờ xét duyệt: Vì Văn Hộp Thư")))
                .andExpect(content().string(containsString("class=\"inbox-count\"")));
        mvc.perform(get("/inbox").with(user(fixtures.user("syt"))))
                .andExpect(content().string(not(containsString("Vì Văn Hộp Thư"))));

        // someone else's notice is not found, even by POST
        mvc.perform(post("/inbox/{id}/open", noticeId).with(user(fixtures.user("syt"))).with(csrf()))
                .andExpect(status().isNotFound());
        mvc.perform(post("/inbox/{id}/open", noticeId).with(stttt)).andExpect(status().isForbidden()); // no CSRF token

        mvc.perform(post("/inbox/{id}/open", noticeId).with(stttt).with(csrf()))
                .andExpect(redirectedUrl("/dossiers/" + d.getId()));
        assertThat(jdbc.sql("select read_at is not null from notice where id = ?").param(noticeId).query(Boolean.class).single())
                .isTrue();
        mvc.perform(get("/").with(stttt)).andExpect(model().attribute("inboxUnread", unread - 1));

        mvc.perform(post("/inbox/read-all").with(stttt).with(csrf())).andExpect(redirectedUrl("/inbox"));
        mvc.perform(get("/").with(stttt)).andExpect(model().attribute("inboxUnread", 0L));
    }

    @Test
    void settingsKeepWhatWasTypedWhenTheAddressIsWrong() throws Exception {
        var clerk = user(fixtures.user("vanthu.bvdk2"));
        mvc.perform(post("/inbox/settings").with(clerk).with(csrf()).param("email", "khong-phai-dia-chi")
                        .param("topics", "RETURNS"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Địa chỉ thư điện tử không hợp lệ")))
                .andExpect(content().string(containsString("value=\"khong-phai-dia-chi\"")));
        mvc.perform(post("/inbox/settings").with(clerk).with(csrf()).param("email", "").param("topics", "RETURNS"))
                .andExpect(content().string(containsString("Nhập địa chỉ thư điện tử để nhận thông báo qua thư")));
        mvc.perform(post("/inbox/settings").with(clerk).with(csrf()).param("email", "le.thi.hai@bvdk.sonla.gov.vn")
                        .param("topics", "RETURNS", "DECISIONS"))
                .andExpect(redirectedUrl("/inbox/settings"));
        mvc.perform(get("/inbox/settings").with(clerk))
                .andExpect(content().string(containsString("value=\"le.thi.hai@bvdk.sonla.gov.vn\"")));
        assertThat(jdbc.sql("select p.kind from notice_mail_preference p join user_account u on u.id = p.user_id "
                + "where u.username = 'vanthu.bvdk2'").query(String.class).set()).isEqualTo(Set.of("RETURNS", "DECISIONS"));
        // mail is off in this configuration: no outbox, whatever the wishes
        Dossier d = fixtures.aSubmittedDossier("vanthu.bvdk", "COVID19", "CHAIRMAN_CERTIFICATE", "Không Gửi Thư");
        departmentSteps.returnForSupplementation(d.getId(), version(d.getId(), fixtures.user("syt")), "Bổ sung", fixtures.user("syt").actor());
        assertThat(jdbc.sql("select count(*) from mail_outbox o join notice n on n.id = o.notice_id where n.dossier_id = ?")
                .param(d.getId()).query(Long.class).single()).isZero();
    }

    private long lastSeen;

    private List<String> newNotices(long dossierId) {
        List<String> found = jdbc.sql("""
                select n.id, n.kind || ' ' || u.username as line from notice n join user_account u on u.id = n.recipient_id
                 where n.dossier_id = ? and n.id > ? order by n.id""")
                .param(dossierId).param(lastSeen)
                .query((rs, i) -> {
                    lastSeen = Math.max(lastSeen, rs.getLong("id"));
                    return rs.getString("line");
                }).list();
        return found;
    }

    private List<String> noticesOf(long dossierId) {
        return jdbc.sql("""
                select n.kind || ' ' || u.username from notice n join user_account u on u.id = n.recipient_id
                 where n.dossier_id = ? order by n.id""").param(dossierId).query(String.class).list();
    }

    private List<String> submissionNotices(long submissionId) {
        return jdbc.sql("""
                select n.kind || ' ' || u.username from notice n join user_account u on u.id = n.recipient_id
                 where n.submission_id = ? and n.kind like 'SUBMISSION%' order by n.id""")
                .param(submissionId).query(String.class).list();
    }

    private long version(long id, CurrentUser user) {
        return dossiers.get(id, user.actor()).getVersion();
    }
}
