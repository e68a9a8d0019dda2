package vn.gov.sonla.awards.numbering;

import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.IllegalTransactionStateException;
import org.springframework.transaction.support.TransactionTemplate;

import vn.gov.sonla.awards.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Document numbers are gap-free and unique per series and year, even when issued at the same moment. */
@IntegrationTest
class DocumentNumbersIntegrationTests {

    @Autowired DocumentNumbers numbers;
    @Autowired TransactionTemplate tx;

    @Test
    void numbersAreConsecutivePerSeriesAndRestartEachYear() {
        String series = series();
        assertThat(next(series, 2021)).isEqualTo(1);
        assertThat(next(series, 2021)).isEqualTo(2);
        assertThat(next(series, 2022)).isEqualTo(1);
        assertThat(next(series() , 2021)).isEqualTo(1);
    }

    @Test
    void aRolledBackIssueGivesItsNumberBack() {
        String series = series();
        next(series, 2021);
        tx.executeWithoutResult(status -> {
            assertThat(numbers.next(series, 2021)).isEqualTo(2);
            status.setRollbackOnly();
        });
        assertThat(next(series, 2021)).isEqualTo(2);
    }

    @Test
    void concurrentIssuesGetDistinctConsecutiveNumbers() throws Exception {
        String series = series();
        List<CompletableFuture<Integer>> issued = IntStream.range(0, 8)
                .mapToObj(i -> CompletableFuture.supplyAsync(() -> next(series, 2021)))
                .toList();
        List<Integer> got = issued.stream().map(f -> f.orTimeout(30, TimeUnit.SECONDS).join()).toList();
        assertThat(got).containsExactlyInAnyOrder(1, 2, 3, 4, 5, 6, 7, 8);
    }

    @Test
    void numbersAreOnlyIssuedInsideTheIssuingTransaction() {
        assertThatThrownBy(() -> numbers.next(series(), 2021)).isInstanceOf(IllegalTransactionStateException.class);
    }

    @Test
    void theNumberIsWrittenTheOfficialWay() {
        assertThat(DocumentNumbers.format(12, "TTr-SYT")).isEqualTo("12/TTr-SYT");
    }

    private int next(String series, int year) {
        return tx.execute(status -> numbers.next(series, year));
    }

    private static String series() {
        return "T-" + UUID.randomUUID().toString().substring(0, 8);
    }
}
