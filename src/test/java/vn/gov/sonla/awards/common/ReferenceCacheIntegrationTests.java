package vn.gov.sonla.awards.common;

import static java.util.concurrent.TimeUnit.SECONDS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;

import vn.gov.sonla.awards.support.IntegrationTest;

/**
 * The reference lists are unmodifiable copies, and a list that was being read when a change was committed is not
 * kept: it may have been read before the change.
 */
@IntegrationTest
class ReferenceCacheIntegrationTests {

    @Autowired ReferenceCache cache;
    @Autowired ApplicationEventPublisher events;

    @Test
    void aListIsAnUnmodifiableCopyOfItsSource() {
        List<String> source = new ArrayList<>(List.of("Sở Y tế"));

        List<String> cached = cache.list(aNameNobodyUsed(), () -> source);
        source.add("Sở Nội vụ");

        assertThat(cached).containsExactly("Sở Y tế");
        assertThatThrownBy(() -> cached.add("Sở Tài chính")).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void aListBeingReadWhenAChangeIsCommittedIsNotKept() throws Exception {
        String name = aNameNobodyUsed();
        AtomicInteger reads = new AtomicInteger();
        CountDownLatch reading = new CountDownLatch(1);
        CountDownLatch finish = new CountDownLatch(1);
        Supplier<List<String>> slowly = () -> {
            int read = reads.incrementAndGet();
            reading.countDown();
            try {
                finish.await(30, SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return List.of("read " + read);
        };
        CompletableFuture<List<String>> before = CompletableFuture.supplyAsync(() -> cache.list(name, slowly),
                task -> new Thread(task, "reader").start());
        assertThat(reading.await(10, SECONDS)).isTrue();

        events.publishEvent(new ReferenceDataChanged("test")); // outside a transaction: as if committed now
        finish.countDown();

        assertThat(before.get(10, SECONDS)).containsExactly("read 1");
        assertThat(cache.list(name, () -> List.of("read " + reads.incrementAndGet()))).containsExactly("read 2");
    }

    private static String aNameNobodyUsed() {
        return "test." + UUID.randomUUID();
    }
}
