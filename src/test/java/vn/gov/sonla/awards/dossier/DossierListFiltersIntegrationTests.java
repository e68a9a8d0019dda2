package vn.gov.sonla.awards.dossier;

import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.gov.sonla.awards.account.CurrentUser;
import vn.gov.sonla.awards.campaign.NomineeType;
import vn.gov.sonla.awards.common.Keyset;
import vn.gov.sonla.awards.support.Fixtures;
import vn.gov.sonla.awards.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The filters of the lists (read by SQL, DossierRows), each on known dossiers: a department's queue narrowed by
 * name, district, the province's own units, unit, award form, kind of nominee and frontline; a clerk's list by
 * campaign and stage; and what a row carries.
 */
@IntegrationTest
class DossierListFiltersIntegrationTests {

    @Autowired Dossiers dossiers;
    @Autowired Fixtures fixtures;
    @Autowired JdbcClient jdbc;

    final String stamp = "Lọc" + System.nanoTime() % 1_000_000;

    @Test
    void eachFilterOfADepartmentsQueueKeepsExactlyTheDossiersItNames() {
        long districtOne = fixtures.aSubmittedDossier("vanthu.maison", "COVID19", "CHAIRMAN_CERTIFICATE", "Lò Thị Một " + stamp).getId();
        long provincial = fixtures.aSubmittedDossier("vanthu.bvdk", "COVID19", "CHAIRMAN_CERTIFICATE", "Cà Văn Hai " + stamp).getId();
        long labourOrder = fixtures.aSubmittedDossier("vanthu.bvdk", "COVID19", "LABOUR_ORDER", "Lường Thị Ba " + stamp).getId();
        long collective = fixtures.aSubmittedDossier("vanthu.maison", "COVID19", "CHAIRMAN_CERTIFICATE",
                Nominee.collective("Tổ Bốn " + stamp, "Trung tâm Y tế Mai Sơn", "Mai Sơn", "Tổ phản ứng nhanh"),
                "Thành tích của tổ").getId();
        long notFrontline = fixtures.aSubmittedDossier("vanthu.maison", "COVID19", "CHAIRMAN_CERTIFICATE",
                Nominee.individual("Quàng Văn Năm " + stamp, "Kế toán", "Trung tâm Y tế", 1979,
                        Gender.MALE, false), "Thành tích").getId();
        CurrentUser health = fixtures.user("syt");
        long maiSon = unit("MAISON");
        long hospital = jdbc.sql("select unit_id from user_account where username = 'vanthu.bvdk'").query(Long.class).single();
        long labourOrderId = jdbc.sql("select id from award_form where code = 'LABOUR_ORDER'").query(Long.class).single();

        assertThat(ids(health, filter(stamp, null, null, null, null, null))).containsExactlyInAnyOrder(
                districtOne, provincial, labourOrder, collective, notFrontline);
        // every word, in any order, without diacritics
        assertThat(ids(health, filter("thi " + stamp.toLowerCase().replace("ọ", "o"), null, null, null, null, null)))
                .containsExactlyInAnyOrder(districtOne, labourOrder);
        assertThat(ids(health, filter(stamp, maiSon, null, null, null, null)))
                .containsExactlyInAnyOrder(districtOne, collective, notFrontline);
        assertThat(ids(health, filter(stamp, DossierFilter.PROVINCIAL_LEVEL, null, null, null, null)))
                .containsExactlyInAnyOrder(provincial, labourOrder);
        assertThat(ids(health, new DossierFilter(stamp, null, DossierStatus.SUBMITTED, null, hospital, null, null, null)))
                .containsExactlyInAnyOrder(provincial, labourOrder);
        assertThat(ids(health, new DossierFilter(stamp, null, DossierStatus.SUBMITTED, labourOrderId, null, null, null, null)))
                .containsExactly(labourOrder);
        assertThat(ids(health, filter(stamp, null, NomineeType.COLLECTIVE, null, null, null))).containsExactly(collective);
        assertThat(ids(health, filter(stamp, null, NomineeType.INDIVIDUAL, false, null, null))).containsExactly(notFrontline);
        assertThat(ids(health, filter(stamp, null, null, true, null, null)))
                .containsExactlyInAnyOrder(districtOne, provincial, labourOrder);
        // the stage: none of them is accepted yet
        assertThat(ids(health, new DossierFilter(stamp, null, DossierStatus.ACCEPTED, null))).isEmpty();
        // another department sees none of them, whatever the filter
        assertThat(ids(fixtures.user("stttt"), filter(stamp, null, null, null, null, null))).isEmpty();
    }

    @Test
    void aClerksListIsFilteredByCampaignAndStage() {
        long draft = fixtures.aDraft("vanthu.maison", "COVID19", "CHAIRMAN_CERTIFICATE", "Điêu Thị Nháp " + stamp).getId();
        long submitted = fixtures.aSubmittedDossier("vanthu.maison", "COVID19", "CHAIRMAN_CERTIFICATE", "Điêu Văn Gửi " + stamp).getId();
        CurrentUser clerk = fixtures.user("vanthu.maison");
        long covid = jdbc.sql("select id from campaign where code = 'COVID19'").query(Long.class).single();
        long other = jdbc.sql("select id from campaign where code <> 'COVID19' order by id limit 1").query(Long.class).single();
        assertThat(ids(clerk, new DossierFilter(stamp, covid, null, null))).containsExactlyInAnyOrder(draft, submitted);
        assertThat(ids(clerk, new DossierFilter(stamp, other, null, null))).isEmpty();
        assertThat(ids(clerk, new DossierFilter(stamp, null, DossierStatus.DRAFT, null))).containsExactly(draft);
        assertThat(ids(fixtures.user("vanthu.bvdk"), new DossierFilter(stamp, null, null, null))).isEmpty();
    }

    /**
     * A row carries its campaign's deadline as set, and none when the campaign sets none (the queue then uses the
     * default): a campaign without a deadline once made every waiting dossier look overdue.
     */
    @Test
    void aRowCarriesItsCampaignsReviewDeadlineOrNone() {
        long id = fixtures.aSubmittedDossier("vanthu.maison", "COVID19", "CHAIRMAN_CERTIFICATE", "Hà Thị Hạn " + stamp).getId();
        Integer original = jdbc.sql("select review_days from campaign where code = 'COVID19'").query(Integer.class).optional().orElse(null);
        try {
            jdbc.sql("update campaign set review_days = null where code = 'COVID19'").update();
            assertThat(row(id).campaignReviewDays()).isNull();
            jdbc.sql("update campaign set review_days = 7 where code = 'COVID19'").update();
            assertThat(row(id).campaignReviewDays()).isEqualTo(7);
            DossierRow row = row(id);
            assertThat(row.nomineeName()).isEqualTo("Hà Thị Hạn " + stamp);
            assertThat(row.unitName()).isNotBlank();
            assertThat(row.status()).isEqualTo(DossierStatus.SUBMITTED);
            assertThat(row.statusChangedAt()).isNotNull();
        } finally {
            jdbc.sql("update campaign set review_days = :days where code = 'COVID19'").param("days", original).update();
        }
    }

    private DossierRow row(long id) {
        return dossiers.list(fixtures.user("syt").actor(), new DossierFilter(stamp, null, DossierStatus.SUBMITTED, null), Keyset.first(100))
                .items().stream().filter(r -> r.id() == id).findFirst().orElseThrow();
    }

    private static DossierFilter filter(String q, Long districtId, NomineeType type, Boolean frontline, Long unitId, Long awardFormId) {
        return new DossierFilter(q, null, DossierStatus.SUBMITTED, awardFormId, unitId, districtId, type, frontline);
    }

    private Set<Long> ids(CurrentUser user, DossierFilter filter) {
        return dossiers.list(user.actor(), filter, Keyset.first(100)).items().stream().map(DossierRow::id).collect(Collectors.toSet());
    }

    private long unit(String code) {
        return jdbc.sql("select id from unit where code = ?").param(code).query(Long.class).single();
    }
}
