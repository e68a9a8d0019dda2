package vn.gov.sonla.awards.database;

import java.util.Arrays;
import java.util.List;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.gov.sonla.awards.dossier.internal.Dossier;
import vn.gov.sonla.awards.dossier.DossierStatus;
import vn.gov.sonla.awards.support.Fixtures;
import vn.gov.sonla.awards.support.IntegrationTest;
import vn.gov.sonla.awards.support.RuntimeRole;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The table {@code dossier_stage} is the database's copy of {@link DossierStatus}: the same stages in the same order,
 * fact for fact, so that a stage added to the enum without its row (or a fact changed on one side only) fails the
 * build. The report tallies' functions read their stages from it, as whoever moves a dossier — the runtime role too,
 * which may read it but not change it.
 */
@IntegrationTest
class DossierStageIntegrationTests {

    @Autowired JdbcClient jdbc;
    @Autowired DataSource dataSource;
    @Autowired Fixtures fixtures;

    record Stage(String status, String party, String deadline, boolean handOver, boolean timed, boolean isFinal,
                 int position) {
    }

    @Test
    void theTableHoldsEveryStageOfTheEnumWithTheSameFacts() {
        List<Stage> table = jdbc.sql("""
                select status, party, deadline, hand_over, timed, final, position from dossier_stage order by position""")
                .query((rs, n) -> new Stage(rs.getString("status"), rs.getString("party"), rs.getString("deadline"),
                        rs.getBoolean("hand_over"), rs.getBoolean("timed"), rs.getBoolean("final"), rs.getInt("position")))
                .list();
        List<Stage> enumerated = Arrays.stream(DossierStatus.values())
                .map(s -> new Stage(s.name(), s.party().name(), s.deadline().name(), s.isHandOver(), s.isTimed(),
                        s.isFinal(), s.ordinal() + 1))
                .toList();
        assertThat(table).containsExactlyElementsOf(enumerated);
    }

    @Test
    void theTallyFunctionsReadTheirStagesFromTheTable() {
        // the live definitions are those of R__report_tallies.sql, not the earlier copies with their lists of stages
        for (String function : List.of("awards_tally_dossier_rows", "awards_rebuild_report_tallies")) {
            String definition = jdbc.sql("select pg_get_functiondef(?::regproc)").param(function)
                    .query(String.class).single();
            assertThat(definition).as(function).contains("from dossier_stage").doesNotContain("'SUBMITTED'");
        }
    }

    @Test
    void theRuntimeRoleReadsTheStagesAndMovesDossiersButCannotChangeTheStages() throws Exception {
        Dossier submitted = fixtures.aSubmittedDossier("vanthu.maison", "COVID19", "CHAIRMAN_CERTIFICATE", "Lò Văn Giai Đoạn");
        JdbcClient runtime = RuntimeRole.connect(jdbc, dataSource);
        assertThat(runtime.sql("select current_user").query(String.class).single()).isEqualTo(RuntimeRole.NAME);

        assertThat(runtime.sql("select count(*) from dossier_stage").query(Integer.class).single())
                .isEqualTo(DossierStatus.values().length);
        // the tally trigger, run as the runtime role, reads the stages with a deadline
        assertThat(runtime.sql("update dossier set status_changed_at = status_changed_at where id = ?")
                .param(submitted.getId()).update()).isEqualTo(1);

        assertThatThrownBy(() -> runtime.sql("update dossier_stage set deadline = 'NONE'").update())
                .rootCause().hasMessageContaining("permission denied");
        assertThatThrownBy(() -> runtime.sql("delete from dossier_stage where status = 'DRAFT'").update())
                .rootCause().hasMessageContaining("permission denied");
        assertThatThrownBy(() -> runtime.sql("""
                insert into dossier_stage (status, party, deadline, hand_over, timed, final, position)
                values ('LOST', 'NOBODY', 'NONE', false, false, true, 99)""").update())
                .rootCause().hasMessageContaining("permission denied");
        assertThatThrownBy(() -> runtime.sql("truncate dossier_stage").update())
                .rootCause().hasMessageContaining("permission denied");
    }
}
