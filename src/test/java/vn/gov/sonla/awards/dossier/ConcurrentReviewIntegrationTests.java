package vn.gov.sonla.awards.dossier;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.transaction.support.TransactionTemplate;

import vn.gov.sonla.awards.account.Actor;
import vn.gov.sonla.awards.account.CurrentUser;
import vn.gov.sonla.awards.support.Fixtures;
import vn.gov.sonla.awards.support.IntegrationTest;
import vn.gov.sonla.awards.dossier.internal.Dossier;

import static org.assertj.core.api.Assertions.assertThat;

/** Two people of the department act on the same dossier at the same moment: exactly one outcome. */
@IntegrationTest
class ConcurrentReviewIntegrationTests {

    @Autowired Dossiers dossiers;
    @Autowired Fixtures fixtures;
    @Autowired TransactionTemplate tx;
    @Autowired EntityManager entityManager;
    @Autowired JdbcClient jdbc;
    @Autowired DepartmentSteps departmentSteps;

    @Test
    void acceptingAndReturningAtOnceEndsWithOneOutcome() throws Exception {
        Dossier dossier = fixtures.aSubmittedDossier("vanthu.maison", "COVID19", "CHAIRMAN_CERTIFICATE", "Điêu Chính Đồng Thời");
        long id = dossier.getId();
        long version = dossier.getVersion();
        Actor first = fixtures.actor("syt");
        CurrentUser second = fixtures.user("syt");
        CountDownLatch firstWritten = new CountDownLatch(1);
        CountDownLatch secondRead = new CountDownLatch(1);

        CompletableFuture<Void> accepting = CompletableFuture.runAsync(() -> tx.executeWithoutResult(status -> {
            departmentSteps.accept(id, version, first);
            entityManager.flush(); // the row is now updated and locked, not yet committed
            firstWritten.countDown();
            await(secondRead);
        }));
        CompletableFuture<Void> returning = CompletableFuture.runAsync(() -> tx.executeWithoutResult(status -> {
            await(firstWritten);
            // reads the last committed version, the same the second person saw on the page
            departmentSteps.returnForSupplementation(id, version, "Thiếu hồ sơ", second.actor());
            secondRead.countDown();
        }));

        accepting.get(30, TimeUnit.SECONDS);
        Throwable loser = returning.handle((ok, e) -> e).get(30, TimeUnit.SECONDS);

        assertThat(loser).isNotNull().hasCauseInstanceOf(ObjectOptimisticLockingFailureException.class);
        assertThat(dossiers.get(id, first).getStatus()).isEqualTo(DossierStatus.ACCEPTED);
        List<String> actions = jdbc.sql("select action from dossier_event where dossier_id = ? order by id")
                .param(id).query(String.class).list();
        assertThat(actions).endsWith("SUBMIT", "ACCEPT").doesNotContain("RETURN");
    }

    private static void await(CountDownLatch latch) {
        try {
            assertThat(latch.await(20, TimeUnit.SECONDS)).as("the other transaction got there").isTrue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
