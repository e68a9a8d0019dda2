package vn.gov.sonla.awards.song;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.util.HtmlUtils;

import vn.gov.sonla.awards.account.Actor;
import vn.gov.sonla.awards.demo.DemoFiling;
import vn.gov.sonla.awards.dossier.Nominee;
import vn.gov.sonla.awards.support.Fixtures;
import vn.gov.sonla.awards.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * On a dossier of the program, the reviewers see the nominee's confirmed contributions beside the criteria, and the
 * clerk cites them as evidence of the program's criterion while the dossier is with the unit.
 */
@IntegrationTest
@AutoConfigureMockMvc
class SongEvidenceIntegrationTests {

    static final String VIETTEL = "Viettel Sơn La - Chi nhánh Tập đoàn Công nghiệp - Viễn thông Quân đội";

    @Autowired SongLedger ledger;
    @Autowired Fixtures fixtures;
    @Autowired JdbcClient jdbc;
    @Autowired MockMvc mvc;
    @Autowired DemoFiling filing;

    long viettel() {
        return jdbc.sql("select id from unit where code = 'VIETTEL'").query(Long.class).single();
    }

    long recordViettelGift(long money) {
        Actor keeper = fixtures.actor("stttt");
        return ledger.record(new Contribution(ContributorType.UNIT, viettel(), null, true, LocalDate.now().minusDays(5),
                money, null, 0, 0, 0, null, null, null, null, null), keeper);
    }

    String page(long dossierId, String username) throws Exception {
        return HtmlUtils.htmlUnescape(mvc.perform(get("/dossiers/" + dossierId).with(user(fixtures.user(username))))
                .andReturn().getResponse().getContentAsString());
    }

    @Test
    void reviewersSeeTheNomineesConfirmedContributionsBesideTheCriteria() throws Exception {
        long entry = recordViettelGift(31_415_000);
        long waiting = ledger.record(new Contribution(ContributorType.UNIT, viettel(), null, true, LocalDate.now().minusDays(4),
                27_182_000, null, 0, 0, 0, null, null, null, null, null), fixtures.actor("vanthu.viettel"));
        long atHomeAffairs = fixtures.demoDossierId(VIETTEL);

        String seen = page(atHomeAffairs, "snv");
        assertThat(seen).contains("id=\"song-evidence\"").contains("song-evidence-" + entry).contains("31.415.000")
                .as("a gift not yet confirmed is not evidence").doesNotContain("song-evidence-" + waiting);
        assertThat(seen.indexOf("id=\"song-evidence\"")).as("beside the criteria, before the files")
                .isLessThan(seen.indexOf("id=\"history\""));

        long covid = fixtures.demoDossierId("Phạm Thị Mai");
        assertThat(page(covid, "vpubnd")).doesNotContain("song-evidence");
    }

    @Test
    void reportsShowTheProgramsTotalsToSoTTTTHomeAffairsAndTheChairmansOffice() throws Exception {
        for (String reader : new String[] {"stttt", "snv", "vpubnd"}) {
            assertThat(mvc.perform(get("/reports").with(user(fixtures.user(reader)))).andReturn().getResponse()
                    .getContentAsString()).as(reader).contains("id=\"song-program\"");
        }
        for (String other : new String[] {"syt", "vanthu.viettel"}) {
            assertThat(mvc.perform(get("/reports").with(user(fixtures.user(other)))).andReturn().getResponse()
                    .getContentAsString()).as(other).doesNotContain("song-program");
        }
    }

    @Test
    void theClerkCitesTheUnitsContributionsWhileTheDossierIsWithTheUnit() throws Exception {
        long entry = recordViettelGift(1_618_000);
        long draft = filing.start(fixtures.actor("vanthu.viettel"), "SONG_MAY_TINH", "CHAIRMAN_CERTIFICATE",
                Nominee.collective(VIETTEL, null, "Tỉnh Sơn La", "Chi nhánh của Tập đoàn tại tỉnh")).id();
        assertThat(jdbc.sql("select nominee_type from dossier where id = ?").param(draft).query(String.class).single())
                .isEqualTo("COLLECTIVE");

        assertThat(mvc.perform(post("/song/dossiers/" + draft + "/cite").param("entryIds", String.valueOf(entry))
                .with(user(fixtures.user("vanthu.maison"))).with(csrf())).andReturn().getResponse().getStatus())
                .as("another unit's clerk").isIn(403, 404);
        mvc.perform(post("/song/dossiers/" + draft + "/cite").param("entryIds", String.valueOf(entry))
                .with(user(fixtures.user("vanthu.viettel"))).with(csrf()));
        assertThat(jdbc.sql("select count(*) from song_citation where dossier_id = ? and entry_id = ?").params(draft, entry)
                .query(Long.class).single()).isEqualTo(1);
        assertThat(page(draft, "vanthu.viettel")).contains("Minh chứng tiêu chuẩn 6");

        long submitted = fixtures.demoDossierId("Lê Văn Dũng");
        assertThat(mvc.perform(post("/song/dossiers/" + submitted + "/cite").param("entryIds", String.valueOf(entry))
                .with(user(fixtures.user("vanthu.viettel"))).with(csrf())).andReturn().getResponse().getStatus())
                .as("a dossier no longer with the unit").isEqualTo(409);
    }
}
