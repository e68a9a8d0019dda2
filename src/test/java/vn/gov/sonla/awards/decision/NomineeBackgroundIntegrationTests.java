package vn.gov.sonla.awards.decision;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.util.HtmlUtils;

import vn.gov.sonla.awards.account.Actor;
import vn.gov.sonla.awards.account.CurrentUser;
import vn.gov.sonla.awards.appraisal.Appraisals;
import vn.gov.sonla.awards.dossier.DepartmentSteps;
import vn.gov.sonla.awards.dossier.internal.Dossier;
import vn.gov.sonla.awards.dossier.DossierAction;
import vn.gov.sonla.awards.dossier.Dossiers;
import vn.gov.sonla.awards.dossier.internal.EarlierAward;
import vn.gov.sonla.awards.review.SubmissionView;
import vn.gov.sonla.awards.review.Submissions;
import vn.gov.sonla.awards.support.Fixtures;
import vn.gov.sonla.awards.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * What the reviewers and decision makers weigh beside a dossier: the nominee's earlier awards and proposals
 * (this system's decisions in any campaign, the unit's recorded Giấy khen) and duplicates; and the numbered
 * letter ("N/TTr-UBND") by which the chairman proposes a state-level award to the central level.
 */
@IntegrationTest
@AutoConfigureMockMvc
class NomineeBackgroundIntegrationTests {

    @Autowired MockMvc mvc;
    @Autowired Fixtures fixtures;
    @Autowired Dossiers dossiers;
    @Autowired Submissions submissions;
    @Autowired Appraisals appraisals;
    @Autowired Approvals approvals;
    @Autowired vn.gov.sonla.awards.decision.Decisions decisions;
    @Autowired JdbcClient jdbc;
    @Autowired DepartmentSteps departmentSteps;

    @Test
    void theSignedLetterProposesTheSubmissionsStateAwardsUnderOneNumberOfTheYearsSeries() throws Exception {
        int year = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")).getYear();
        List<Dossier> atChairman = atChairman("LABOUR_ORDER", "Lò Văn Đề Nghị " + System.nanoTime(), "Lò Thị Đề Nghị " + System.nanoTime());
        Actor office = fixtures.actor("vpubnd");
        int before = lastNumber(year);

        for (Dossier d : atChairman) {
            approvals.approve(d.getId(), fixtures.reload(d, "vpubnd").getVersion(), "Trình Thủ tướng Chính phủ", office);
        }
        // approving takes no number: the letter is numbered when the chairman signs it
        assertThat(lastNumber(year)).isEqualTo(before);
        decisions.issue(fixtures.reload(atChairman.get(0), "vpubnd").getSubmissionId(), LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")),
                office, fixtures.actor("ct.ubnd"));

        Dossier first = fixtures.reload(atChairman.get(0), "vpubnd");
        Dossier second = fixtures.reload(atChairman.get(1), "vpubnd");
        assertThat(proposalNumber(first)).isEqualTo((before + 1) + "/TTr-UBND");
        assertThat(proposalNumber(second)).isEqualTo((before + 1) + "/TTr-UBND");
        assertThat(lastNumber(year)).isEqualTo(before + 1);
        assertThat(first.getHistory()).filteredOn(e -> e.getAction() == DossierAction.PROPOSE_TO_CENTRAL).singleElement()
                .satisfies(e -> assertThat(e.getNote()).isEqualTo(proposalNumber(first)));
        String page = HtmlUtils.htmlUnescape(mvc.perform(get("/dossiers/{id}", first.getId()).with(user(fixtures.user("vanthu.maison"))))
                .andReturn().getResponse().getContentAsString());
        assertThat(page).contains("id=\"proposal-number\"", "Tờ trình số " + proposalNumber(first));

        // a provincial award is granted by the decision: no proposal letter, no letter number taken
        Dossier provincial = atChairman("CHAIRMAN_CERTIFICATE", "Lò Văn Tỉnh " + System.nanoTime()).get(0);
        approvals.approve(provincial.getId(), fixtures.reload(provincial, "vpubnd").getVersion(), null, office);
        decisions.issue(fixtures.reload(provincial, "vpubnd").getSubmissionId(), LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")),
                office, fixtures.actor("ct.ubnd"));
        assertThat(proposalNumber(provincial)).isNull();
        assertThat(lastNumber(year)).isEqualTo(before + 1);
    }

    @Test
    void theNomineesEarlierAwardsAndDuplicatesAreShownToTheDepartmentHomeAffairsAndTheOffice() throws Exception {
        String tag = Long.toString(System.nanoTime() % 1_000_000_000L, 36).toUpperCase();
        String name = "Lù Thị Bông " + tag;
        Dossier proposed = atChairman("LABOUR_ORDER", name).get(0);
        approvals.approve(proposed.getId(), fixtures.reload(proposed, "vpubnd").getVersion(), null, fixtures.user("vpubnd").actor());
        decisions.issue(fixtures.reload(proposed, "vpubnd").getSubmissionId(), LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")),
                fixtures.actor("vpubnd"), fixtures.actor("ct.ubnd"));
        String proposalNumber = proposalNumber(proposed);
        // a Giấy khen the same unit recorded for her
        mvc.perform(post("/grassroots").with(user(fixtures.user("vanthu.maison"))).with(csrf())
                .param("campaignId", jdbc.sql("select id from campaign where code = 'COVID19'").query(Long.class).single().toString())
                .param("number", "GK-" + tag).param("decidedOn", "2021-10-20").param("signer", "Cầm Văn Ơn")
                .param("individuals", name + "; Y sĩ").param("collectives", ""));

        // now the same nominee is filed again, in the other program, written without diacritics
        Dossier again = fixtures.aSubmittedDossier("vanthu.maison", "SONG_MAY_TINH", "CHAIRMAN_CERTIFICATE",
                fixtures.individual("Lu Thi Bong " + tag), "Ủng hộ máy tính cho học sinh");
        List<EarlierAward> earlier = dossiers.earlierAwardsOf(fixtures.reload(again, "stttt"));
        assertThat(earlier).extracting(EarlierAward::decisionNumber).containsExactlyInAnyOrder(proposalNumber, "GK-" + tag);

        String page = HtmlUtils.htmlUnescape(mvc.perform(get("/dossiers/{id}", again.getId()).with(user(fixtures.user("stttt"))))
                .andReturn().getResponse().getContentAsString());
        assertThat(page).contains("id=\"earlier-awards\"", name, proposalNumber, "GK-" + tag + " ngày 20/10/2021",
                "Đã trình cấp trên khen thưởng", "Giấy khen đã ghi nhận");
        // only what the appraisal needs: never the ID number or birth date of the other dossier's nominee
        assertThat(page.substring(page.indexOf("id=\"background\""), page.indexOf("id=\"background\"") + 3000))
                .doesNotContain("1980");

        // a duplicate in the same campaign is shown to the department too
        Dossier twin = fixtures.aSubmittedDossier("vanthu.bvdk", "SONG_MAY_TINH", "CHAIRMAN_CERTIFICATE",
                fixtures.individual("LU THI BONG " + tag), "Ủng hộ");
        String twinPage = HtmlUtils.htmlUnescape(mvc.perform(get("/dossiers/{id}", twin.getId()).with(user(fixtures.user("stttt"))))
                .andReturn().getResponse().getContentAsString());
        assertThat(twinPage).contains("id=\"duplicate-warnings\"", "/dossiers/" + again.getId());

        // the clerk's own page does not carry it
        String clerkPage = mvc.perform(get("/dossiers/{id}", again.getId()).with(user(fixtures.user("vanthu.maison"))))
                .andReturn().getResponse().getContentAsString();
        assertThat(clerkPage).doesNotContain("id=\"background\"");
    }

    private List<Dossier> atChairman(String awardCode, String... names) {
        Actor health = fixtures.actor("syt");
        CurrentUser snv = fixtures.user("snv");
        List<Dossier> filed = java.util.Arrays.stream(names).map(n -> {
            Dossier d = fixtures.aSubmittedDossier("vanthu.maison", "COVID19", awardCode, n);
            departmentSteps.accept(d.getId(), d.getVersion(), health);
            return d;
        }).toList();
        SubmissionView s = submissions.compileAndSign(filed.stream().map(Dossier::getId).toList(), health, fixtures.leaderOf(health));
        filed.forEach(d -> appraisals.appraise(d.getId(), fixtures.reload(d, "snv").getVersion(), true, null, snv.actor()));
        appraisals.forward(s.id(), snv.actor(), fixtures.leaderOf(snv.actor()));
        return filed;
    }

    private int lastNumber(int year) {
        return jdbc.sql("select coalesce(max(last_number), 0) from document_counter where series = 'TTr-UBND' and year = ?")
                .param(year).query(Integer.class).single();
    }

    /** The number of the letter proposing the dossier's award to the central level, if there is one. */
    String proposalNumber(Dossier d) {
        return approvals.proposalOf(d.getId()).map(Proposal::number).orElse(null);
    }
}
