package vn.gov.sonla.awards.support;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.RequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The same request sent several times at the same moment, as a double-click or an impatient user sends it: every
 * copy waits at one gate and all are released together. Each copy's HTTP status is returned; an exception that
 * escaped the application (what a real server answers with 500) fails the test.
 */
public final class AtOnce {

    private AtOnce() {
    }

    /** The answers to {@code times} copies of the request, sent at once. */
    public static List<MvcResult> results(MockMvc mvc, int times, Supplier<RequestBuilder> request) throws Exception {
        return run(times, () -> mvc.perform(request.get()).andReturn());
    }

    /** The flash notice of an answer (a message key), or null. */
    public static Object notice(MvcResult result) {
        return result.getFlashMap().get("notice");
    }

    /** Runs {@code times} copies of the task at once; the results in no particular order. */
    public static <T> List<T> run(int times, Callable<T> task) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(times);
        try {
            CountDownLatch ready = new CountDownLatch(times);
            CountDownLatch go = new CountDownLatch(1);
            List<Future<T>> futures = new ArrayList<>();
            for (int i = 0; i < times; i++) {
                futures.add(pool.submit(() -> {
                    ready.countDown();
                    go.await();
                    return task.call();
                }));
            }
            assertThat(ready.await(30, TimeUnit.SECONDS)).as("every copy is ready").isTrue();
            go.countDown();
            List<T> results = new ArrayList<>();
            for (Future<T> f : futures) {
                results.add(f.get(60, TimeUnit.SECONDS));
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }
}
