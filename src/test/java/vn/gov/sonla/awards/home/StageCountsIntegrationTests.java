package vn.gov.sonla.awards.home;

import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.gov.sonla.awards.dossier.DossierStatus;
import vn.gov.sonla.awards.dossier.Dossiers;
import vn.gov.sonla.awards.support.Fixtures;
import vn.gov.sonla.awards.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/** The home page's counts per stage are exactly what each person may see. */
@IntegrationTest
class StageCountsIntegrationTests {

    @Autowired Dossiers dossiers;
    @Autowired vn.gov.sonla.awards.report.Reports reports;
    @Autowired Fixtures fixtures;
    @Autowired JdbcClient jdbc;

    @Test
    void aClerkCountsTheUnitsDossiersAndADepartmentItsProgramsSubmittedOnes() {
        fixtures.aSubmittedDossier("vanthu.maison", "COVID19", "CHAIRMAN_CERTIFICATE", "Đếm Một");
        fixtures.aDraft("vanthu.maison", "COVID19", "CHAIRMAN_CERTIFICATE", "Đếm Hai");

        assertThat(dossiers.countByStatus(fixtures.user("vanthu.maison").actor())).isEqualTo(expected("""
                select d.status, count(*) from dossier d join unit u on u.id = d.unit_id
                where u.code = 'MAISON' group by d.status"""));
        assertThat(dossiers.countByStatus(fixtures.user("stttt").actor())).isEqualTo(expected("""
                select d.status, count(*) from dossier d join campaign c on c.id = d.campaign_id
                join unit u on u.id = c.compiling_unit_id
                where u.code = 'STTTT' and d.status <> 'DRAFT' group by d.status"""));
        assertThat(dossiers.countByStatus(fixtures.user("admin").actor())).isEmpty();
        // a department's home page reads the same counts from the report tallies
        assertThat(reports.stageCounts(fixtures.user("stttt").actor())).isEqualTo(dossiers.countByStatus(fixtures.user("stttt").actor()));
        assertThat(reports.stageCounts(fixtures.user("syt").actor())).isEqualTo(dossiers.countByStatus(fixtures.user("syt").actor()));
    }

    private Map<DossierStatus, Long> expected(String sql) {
        Map<DossierStatus, Long> counts = new HashMap<>();
        jdbc.sql(sql).query((rs, n) -> counts.put(DossierStatus.valueOf(rs.getString(1)), rs.getLong(2))).list();
        return counts;
    }
}
