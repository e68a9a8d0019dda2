package vn.gov.sonla.awards.dossier;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.gov.sonla.awards.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The deadline of every stage, as PostgreSQL computes it from {@link StageDeadlines#sql}, for a campaign that sets
 * its review and decision deadlines but not its appraisal one: the campaign's days where it sets them, the configured
 * default where it does not, none at a stage where no deadline runs.
 */
@IntegrationTest
class StageDeadlinesIntegrationTests {

    @Autowired JdbcClient jdbc;

    @Test
    void eachStageIsHeldToItsCampaignsDeadlineOrTheDefault() {
        String code = "H" + UUID.randomUUID().toString().replace("-", "").substring(0, 12).toUpperCase();
        long campaign = jdbc.sql("""
                insert into campaign (code, name, short_name, plan_number, plan_date, compiling_unit_id, active,
                                      review_days, appraisal_days, decision_days)
                values (:code, :code, :code, '1/KH-TEST', date '2026-01-01', (select id from unit where code = 'SYT'),
                        true, 5, null, 3) returning id""").param("code", code).query(Long.class).single();
        StageDeadlines deadlines = new StageDeadlines(7);

        for (DossierStatus stage : DossierStatus.values()) {
            Integer expected = switch (stage.deadline()) {
                case NONE -> null;
                case REVIEW -> 5;
                case APPRAISAL -> 7;
                case DECISION -> 3;
            };
            List<Integer> computed = jdbc.sql("select " + deadlines.sql("cast(:stage as text)", "c")
                            + " from campaign c where c.id = :id")
                    .param("stage", stage.name()).param("id", campaign).query(Integer.class).list();
            assertThat(computed).as(stage.name()).containsExactly(expected);
        }
    }
}
