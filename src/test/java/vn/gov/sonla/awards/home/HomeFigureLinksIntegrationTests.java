package vn.gov.sonla.awards.home;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

import vn.gov.sonla.awards.account.CurrentUser;
import vn.gov.sonla.awards.review.SubmissionView;
import vn.gov.sonla.awards.support.Fixtures;
import vn.gov.sonla.awards.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/** The home page's figures link to the lists they count, and each list shows the same number. */
@IntegrationTest
@AutoConfigureMockMvc
class HomeFigureLinksIntegrationTests {

    static final Pattern LIST_COUNT = Pattern.compile("Tìm thấy (\\d+) hồ sơ");

    @Autowired MockMvc mvc;
    @Autowired Fixtures fixtures;
    @Autowired vn.gov.sonla.awards.dossier.DepartmentSteps departmentSteps;
    @Autowired vn.gov.sonla.awards.support.DecidedChains chains;

    @Test
    void aClerksFiguresAndStageCountsOpenTheListsWithTheSameNumbers() throws Exception {
        fixtures.aSubmittedDossier("vanthu.bvdk", "COVID19", "CHAIRMAN_CERTIFICATE", "Đếm Liên Kết Một");
        fixtures.aDraft("vanthu.bvdk", "COVID19", "CHAIRMAN_CERTIFICATE", "Đếm Liên Kết Hai");
        var returned = fixtures.aSubmittedDossier("vanthu.bvdk", "COVID19", "CHAIRMAN_CERTIFICATE", "Đếm Liên Kết Ba");
        departmentSteps.returnForSupplementation(returned.getId(), returned.getVersion(), "Bổ sung", fixtures.actor("syt"));
        CurrentUser clerk = fixtures.user("vanthu.bvdk");
        String home = page("/", clerk);

        assertLinkedListCounts(home, "figure-queue-link", "figure-queue", clerk);
        for (String stage : new String[] {"DRAFT", "SUBMITTED", "RETURNED"}) {
            assertLinkedListCounts(home, "count-" + stage, null, clerk);
        }
    }

    @Test
    void aDepartmentsFigureAndStageCountsOpenItsQueueWithTheSameNumbers() throws Exception {
        fixtures.aSubmittedDossier("vanthu.viettel", "SONG_MAY_TINH", "CHAIRMAN_CERTIFICATE", "Đếm Sở Một");
        fixtures.anAcceptedDossier("vanthu.viettel", "stttt", "SONG_MAY_TINH", "Đếm Sở Hai");
        CurrentUser ict = fixtures.user("stttt");
        String home = page("/", ict);
        assertLinkedListCounts(home, "figure-queue-link", "figure-queue", ict);
        for (String stage : new String[] {"SUBMITTED", "ACCEPTED"}) {
            assertLinkedListCounts(home, "count-" + stage, null, ict);
        }
    }

    @Test
    void homeAffairsAndTheChairmansOfficeOpenTheListsOfTheSubmissionsHoldingWhatWaits() throws Exception {
        SubmissionView sent = fixtures.sent("syt", fixtures.anAcceptedDossier("vanthu.maison", "syt", "COVID19", "Đếm Nội Vụ Một"));
        CurrentUser homeAffairs = fixtures.user("snv");
        String href = href(page("/", homeAffairs), "figure-queue-link");
        assertThat(href).isEqualTo("/appraisal");
        assertThat(page(href, homeAffairs)).contains("href=\"/appraisal/submissions/" + sent.id() + "\"");
        assertThat(href(page("/", fixtures.user("vpubnd")), "figure-queue-link")).isEqualTo("/decisions");
    }

    @Test
    void theOverdueFigureOpensTheReportsOverdueTableWithTheSameTotal() throws Exception {
        CurrentUser health = fixtures.user("syt");
        String home = page("/", health);
        String figure = text(home, "figure-overdue");
        String href = href(home, "figure-overdue-link");
        assertThat(href).isEqualTo("/reports#overdue");
        String report = page("/reports", health);
        assertThat(text(report, "overdue-total").replace(".", "").replace(",", "")).isEqualTo(figure);
    }

    @Test
    void theDecidedFigureCountsTodaysDecisionInItsScopeAndOpensThisMonthsReportWithTheSameCount() throws Exception {
        java.time.LocalDate today = java.time.LocalDate.now(vn.gov.sonla.awards.common.ProvinceTime.ZONE);
        String month = java.time.YearMonth.from(today).toString();
        // the chain's unit (vanthu.bvdk), its department (syt) and the province's roles; another unit, another department
        String[] inScope = {"syt", "snv", "vpubnd", vn.gov.sonla.awards.support.DecidedChain.CLERK};
        String[] outOfScope = {"vanthu.maison", "stttt"};
        java.util.Map<String, Long> before = new java.util.HashMap<>();
        for (String who : concat(inScope, outOfScope)) {
            before.put(who, Long.parseLong(text(page("/", fixtures.user(who)), "figure-decided")));
        }
        var chain = chains.start().decidedOn(today);
        long granted = chain.filed.size() - 1; // one of the four was declined

        for (String who : concat(inScope, outOfScope)) {
            CurrentUser user = fixtures.user(who);
            String home = page("/", user);
            long figure = Long.parseLong(text(home, "figure-decided"));
            boolean counts = java.util.Arrays.asList(inScope).contains(who);
            assertThat(figure).as(who).isEqualTo(before.get(who) + (counts ? granted : 0));
            String href = href(home, "figure-decided-link");
            assertThat(href).isEqualTo("/reports?from=" + month + "&to=" + month + "#decided");
            String report = page(href.substring(0, href.indexOf('#')), user);
            assertThat(Long.parseLong(text(report, "total-decided").replace(".", "").replace(",", ""))).as(who)
                    .isEqualTo(figure);
        }
    }

    private static String[] concat(String[] a, String[] b) {
        return java.util.stream.Stream.concat(java.util.Arrays.stream(a), java.util.Arrays.stream(b)).toArray(String[]::new);
    }

    /** The number shown at the link (its own figure, or the strong inside it) equals the count of the list it opens. */
    private void assertLinkedListCounts(String home, String linkId, String figureId, CurrentUser who) throws Exception {
        String href = href(home, linkId);
        String figure = figureId != null ? text(home, figureId) : strongInside(home, linkId);
        Matcher count = LIST_COUNT.matcher(page(href, who));
        assertThat(count.find()).as("the list at " + href + " states its count").isTrue();
        assertThat(count.group(1)).as(linkId + " → " + href).isEqualTo(figure);
    }

    private String page(String path, CurrentUser who) throws Exception {
        return mvc.perform(get(path.replace("&amp;", "&")).with(user(who))).andReturn().getResponse().getContentAsString();
    }

    private static String href(String html, String id) {
        Matcher m = Pattern.compile("id=\"" + id + "\"[^>]*?href=\"([^\"]+)\"").matcher(html);
        assertThat(m.find()).as("a link " + id).isTrue();
        return m.group(1).replace("&amp;", "&");
    }

    private static String text(String html, String id) {
        Matcher m = Pattern.compile("id=\"" + id + "\"[^>]*>([^<]*)<").matcher(html);
        assertThat(m.find()).as("an element " + id).isTrue();
        return m.group(1).strip();
    }

    private static String strongInside(String html, String id) {
        Matcher m = Pattern.compile("id=\"" + id + "\"[^>]*><strong>([^<]*)</strong>").matcher(html);
        assertThat(m.find()).as("a figure in " + id).isTrue();
        return m.group(1).strip();
    }
}
