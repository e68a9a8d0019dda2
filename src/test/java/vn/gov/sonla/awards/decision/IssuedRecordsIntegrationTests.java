package vn.gov.sonla.awards.decision;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.gov.sonla.awards.account.Actor;
import vn.gov.sonla.awards.support.DecidedChain;
import vn.gov.sonla.awards.support.DecidedChains;
import vn.gov.sonla.awards.support.Fixtures;
import vn.gov.sonla.awards.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** An issued decision, its certificates and its publication cannot be changed or deleted, even with plain SQL. */
@IntegrationTest
class IssuedRecordsIntegrationTests {

    @Autowired Fixtures fixtures;

    @Autowired DecidedChains chains;
    @Autowired Decisions decisions;
    @Autowired JdbcClient jdbc;

    @Test
    void issuedRecordsRefuseUpdatesAndDeletes() {
        DecidedChain chain = chains.start().decided();
        long id = chain.decision.id();
        Actor office = fixtures.actor(DecidedChain.OFFICE);
        decisions.publish(id, office);

        assertThatThrownBy(() -> jdbc.sql("update award_decision set signer_name = 'Người khác' where id = ?").param(id).update())
                .isInstanceOf(DataAccessException.class).hasMessageContaining("immutable");
        assertThatThrownBy(() -> jdbc.sql("delete from award_decision where id = ?").param(id).update())
                .isInstanceOf(DataAccessException.class);
        assertThatThrownBy(() -> jdbc.sql("update certificate set code = 'AAAAAAAAAAAAAAAAAAAAAA' where decision_id = ?").param(id).update())
                .isInstanceOf(DataAccessException.class).hasMessageContaining("immutable");
        assertThatThrownBy(() -> jdbc.sql("delete from decision_publication where decision_id = ?").param(id).update())
                .isInstanceOf(DataAccessException.class).hasMessageContaining("immutable");

        assertThat(decisions.get(id, office).signerName()).isEqualTo("Hoàng Quốc Khánh");
        assertThat(decisions.publication(id)).isPresent();
    }
}
